/// The file `latih export` writes for a USB stick: self-describing and checksummed.
///
/// ```
/// {"format":"latih-export","version":1,"course":…,"device":…,"host":…,"created":…,"from":…,"to":…,"events":N,"participants":P}
/// <N journal lines, seq 1…N, each with its CRC-32>
/// {"end":"latih-export","events":N,"crc":"<CRC-32 of the N lines>"}
/// ```
/// Events are in a canonical order (sessions first, then by participant id, then time and
/// id), so the same data always exports to the same lines.
public enum ExportFile {
  /// The largest export file merged, in bytes (checked before reading).
  public static let maximumBytes = 256 * 1024 * 1024

  /// The header line's facts.
  public struct Header: Hashable, Sendable {
    public var course: String
    public var device: String
    public var host: String
    public var created: Int64
    public var events: Int
  }

  /// What a file holds.
  public struct Contents: Sendable {
    public var header: Header
    /// Intact event lines with their line numbers.
    public var events: [(line: Int, event: Event)]
    /// Line numbers that are damaged (bad checksum, wrong sequence, bad participant id),
    /// plus the end line if the trailer is missing or does not match.
    public var damagedLines: [Int]

    public var isIntact: Bool { damagedLines.isEmpty }
  }

  /// Events in canonical order.
  public static func canonicalOrder(_ events: [Event]) -> [Event] {
    events.sorted { lhs, rhs in
      let left = lhs.participant ?? ""
      let right = rhs.participant ?? ""
      if left != right { return left < right }
      return Event.chronological(lhs, rhs)
    }
  }

  /// The bytes of an export of `events` (deduplicated by id).
  public static func encode(_ events: [Event], course: String, device: String, host: String, created: Int64)
    -> [UInt8]
  {
    var seen: Set<String> = []
    let ordered = canonicalOrder(events.filter { seen.insert($0.id).inserted })
    var header = JSONWriter()
    header.beginObject()
    header.field("format", "latih-export")
    header.field("version", 1)
    header.field("course", course)
    header.field("device", device)
    header.field("host", host)
    header.field("created", Timestamp.format(created))
    header.key("from")
    if let first = ordered.map(\.time).min() { header.string(Timestamp.format(first)) } else { header.null() }
    header.key("to")
    if let last = ordered.map(\.time).max() { header.string(Timestamp.format(last)) } else { header.null() }
    header.field("events", ordered.count)
    header.field("participants", Set(ordered.compactMap(\.participant)).count)
    header.endObject()
    var bytes = header.bytes + [0x0A]
    var body: [UInt8] = []
    for (index, event) in ordered.enumerated() {
      body.append(contentsOf: JournalLine.encode(event, sequence: index + 1))
    }
    bytes += body
    var trailer = JSONWriter()
    trailer.beginObject()
    trailer.field("end", "latih-export")
    trailer.field("events", ordered.count)
    trailer.field("crc", CRC32.hex(CRC32.checksum(body)))
    trailer.endObject()
    return bytes + trailer.bytes + [0x0A]
  }

  /// Reads an export; nil when the first line is not an export header.
  public static func decode(_ bytes: [UInt8]) -> Contents? {
    bytes.withUnsafeBufferPointer { decode(SharedBytes(buffer: $0)) }
  }

  private static func decode(_ shared: SharedBytes) -> Contents? {
    let buffer = shared.buffer
    var lines: [Range<Int>] = []
    var start = 0
    while start <= buffer.count {
      let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start, to: buffer.count)
      lines.append(start..<newline)
      start = newline + 1
    }
    if lines.last?.isEmpty == true { lines.removeLast() }
    func line(_ index: Int) -> ArraySlice<UInt8> { ArraySlice(buffer[lines[index]]) }
    guard !lines.isEmpty, let json = JSONValue.parse(line(0)),
      json["format"]?.stringValue == "latih-export", let course = json["course"]?.stringValue
    else { return nil }
    let header = Header(
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
    // Lines are checked on all cores (a province's merge has a million).
    var checked = ConcurrentMap.map(count: max(0, bodyEnd - 1), state: EventDecoder.init) {
      [lines] decoder, index -> Event? in
      let offset = index + 1
      let decoded = JournalLine.decode(
        UnsafeBufferPointer(rebasing: shared.buffer[lines[offset]]), using: &decoder)
      guard case .success(let (sequence, event)) = decoded, sequence == offset,
        event.participant.map(DataStore.isIdentifier) ?? true, DataStore.isIdentifier(event.id)
      else { return nil }
      return event
    }
    var events: [(line: Int, event: Event)] = []
    events.reserveCapacity(checked.count)
    var damaged: [Int] = []
    for index in checked.indices {
      // Moved out, not copied: a copy would retain every string of a million events.
      if let event = checked[index].take() {
        events.append((index + 2, event))
      } else {
        damaged.append(index + 2)
      }
    }
    // The body: every line between the header and the trailer, newlines included.
    let bodyStart = lines.count > 1 ? lines[1].lowerBound : buffer.count
    let bodyStop = bodyEnd < lines.count ? lines[bodyEnd].lowerBound : buffer.count
    let body = UnsafeRawBufferPointer(
      UnsafeBufferPointer(rebasing: buffer[min(bodyStart, bodyStop)..<bodyStop]))
    let trailerOK =
      trailer?["events"]?.intValue == lines.count - 2 && header.events == lines.count - 2
      && trailer?["crc"]?.stringValue == CRC32.hex(CRC32.checksum(body))
    if !trailerOK { damaged.append(lines.count + (trailer == nil ? 1 : 0)) }
    return Contents(header: header, events: events, damagedLines: damaged)
  }

  /// The file's bytes, read (never written) by the threads checking its lines while
  /// ``decode(_:)`` holds them.
  private struct SharedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
  }
}
