import LatihBase

/// An export file checked line by line (checksums, sequence, ids) without making its
/// events: the header, the damaged lines and, for each intact line, where it is and which
/// event it holds (id, time, participant). ``events(_:)`` makes the events asked for.
///
/// Merging makes only the events a data folder lacks, so merging the same files again
/// makes none; ``ExportFile/decode(_:)`` makes them all.
package struct ExportLines: Sendable {
  /// An intact event line.
  package struct Entry: Sendable {
    /// 1-based line number in the file.
    package var line: Int
    /// The line's bytes in the file (without its newline).
    package var range: Range<Int>
    package var id: String
    package var time: Int64
    package var participant: String?
    /// The first rule the event breaks (``EventRules``), if any.
    package var problem: EventRules.Problem?
    package var role: MergeRole
    /// ``LineDigest`` of the line.
    package var digest: Int?
  }

  package let header: ExportFile.Header
  package let entries: [Entry]
  /// As ``ExportFile/Contents/damagedLines``.
  package let damagedLines: [Int]
  private let bytes: [UInt8]

  package var isIntact: Bool { damagedLines.isEmpty }

  /// Checks an export; nil when the first line is not an export header. The lines are
  /// checked on all cores (a province's merge has a million).
  package init?(_ bytes: [UInt8]) {
    let bytes = Self.normalized(bytes)
    let lines = bytes.withUnsafeBufferPointer { Self.lineRanges($0) }
    func line(_ index: Int) -> ArraySlice<UInt8> { bytes[lines[index]] }
    guard !lines.isEmpty, let json = JSONValue.parse(line(0)),
      json["format"]?.stringValue == "latih-export", let course = json["course"]?.stringValue
    else { return nil }
    header = ExportFile.Header(
      course: course, device: json["device"]?.stringValue ?? "?",
      host: json["host"]?.stringValue ?? "?",
      created: json["created"]?.stringValue.flatMap { Timestamp.parse(Array($0.utf8)) } ?? 0,
      events: json["events"]?.intValue ?? -1)
    var trailer: JSONValue?
    var bodyEnd = lines.count
    if lines.count > 1, let end = JSONValue.parse(line(lines.count - 1)), end["end"] != nil {
      trailer = end
      bodyEnd = lines.count - 1
    }
    // Each line is decoded in full: every field is checked against ``EventRules``, so a
    // forged value is found before anything is written. Copies of one id are compared
    // by their lines' digests, decoded again only when those differ.
    let checked = ConcurrentMap.map(count: max(0, bodyEnd - 1), state: Self.decoder) {
      [bytes, lines] decoder, index -> Entry? in
      let offset = index + 1
      // A line no event can fill is refused unread (a 100 MB note is not decoded).
      if lines[offset].count > EventRules.maximumLineBytes {
        return Entry(
          line: offset + 1, range: lines[offset], id: Self.leadingID(bytes, lines[offset]),
          time: 0, participant: nil,
          problem: .tooLong(field: "line", limit: EventRules.maximumLineBytes),
          role: .other, digest: nil)
      }
      let (decoded, digest) = bytes.withUnsafeBufferPointer { buffer in
        let line = UnsafeBufferPointer(rebasing: buffer[lines[offset]])
        return (JournalLine.decode(line, using: &decoder), LineDigest.of(line))
      }
      guard case .success(let (sequence, event)) = decoded, sequence == offset else {
        return nil
      }
      return Entry(
        line: offset + 1, range: lines[offset], id: event.id, time: event.time,
        participant: event.participant, problem: EventRules.problem(event),
        role: MergeRole(event), digest: digest)
    }
    var damaged = checked.indices.filter { checked[$0] == nil }.map { $0 + 2 }
    entries = checked.compactMap { $0 }
    // The body: every line between the header and the trailer, newlines included.
    let bodyStart = lines.count > 1 ? lines[1].lowerBound : bytes.count
    let bodyStop = bodyEnd < lines.count ? lines[bodyEnd].lowerBound : bytes.count
    let crc = CRC32.checksum(bytes[min(bodyStart, bodyStop)..<bodyStop])
    let trailerOK =
      trailer?["events"]?.intValue == lines.count - 2 && header.events == lines.count - 2
      && trailer?["crc"]?.stringValue == CRC32.hex(crc)
    if !trailerOK { damaged.append(lines.count + (trailer == nil ? 1 : 0)) }
    damagedLines = damaged
    self.bytes = bytes
  }

  /// The events of the entries at `indices`, in that order (each line decoded again, in
  /// full: it was checked already, so it decodes to the same event).
  package func events(_ indices: [Int]) -> [Event] {
    var decoder = EventDecoder()
    return bytes.withUnsafeBufferPointer { buffer in
      indices.map { index in
        let line = UnsafeBufferPointer(rebasing: buffer[entries[index].range])
        guard case .success(let (_, event)) = JournalLine.decode(line, using: &decoder) else {
          preconditionFailure("line \(entries[index].line) decoded when checked, not now")
        }
        return event
      }
    }
  }

  /// What a copy of the event at `index` is compared by (its line decoded again); a
  /// line refused unread agrees with nothing.
  package func fingerprint(_ index: Int) -> EventFingerprint {
    guard entries[index].digest != nil else { return EventFingerprint(unreadable: index) }
    return EventFingerprint(events([index])[0])
  }

  /// Whether the events at `lhs` in `self` and `rhs` in `other` are copies that agree:
  /// the same line content, or decoded and compared.
  func agrees(_ lhs: Int, with other: ExportLines, _ rhs: Int) -> Bool {
    guard entries[lhs].participant == other.entries[rhs].participant else { return false }
    if let digest = entries[lhs].digest, digest == other.entries[rhs].digest { return true }
    return fingerprint(lhs).agrees(with: other.fingerprint(rhs))
  }

  /// The id at the start of the line at `range`, or `?`.
  private static func leadingID(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer {
      LineDigest.leadingID(UnsafeBufferPointer(rebasing: $0[range]))
    }.flatMap { DataStore.isIdentifier($0) ? $0 : nil } ?? "?"
  }

  /// A decoder for one thread's lines.
  private static let decoder: @Sendable () -> EventDecoder = { EventDecoder() }

  /// `bytes` as Latih wrote them when a copy was given a byte-order mark or CRLF line
  /// endings (an editor, a mail client, a Windows copy tool): the mark is dropped and
  /// each CR directly before a LF (or at the very end) removed. A valid line never holds
  /// a raw CR (JSON escapes it), so nothing real is lost, and the checksums then match
  /// again. Anything else is left for the checks to judge.
  static func normalized(_ bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard bytes.contains(0x0D) else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    for index in bytes.indices {
      let byte = bytes[index]
      if byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] == 0x0A) { continue }
      result.append(byte)
    }
    return result
  }

  /// Every line's byte range (split at newlines; a final newline ends the last line).
  private static func lineRanges(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    while start <= buffer.count {
      let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start, to: buffer.count)
      lines.append(start..<newline)
      start = newline + 1
    }
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }
}
