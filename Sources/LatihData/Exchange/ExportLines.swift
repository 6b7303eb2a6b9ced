import LatihBase

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An export file checked line by line (checksums, sequence, ids, every field) without
/// keeping its events: the header, the damaged lines and, for each intact line, where it
/// is and a few fixed-size facts (id, time, participant, digest; a problem or a role for
/// the few lines that have one). ``events(_:)`` reads the lines asked for again and makes
/// their events.
///
/// A file is read as a stream (``ExportScanner``), so checking it needs a few MiB
/// whatever its size; merging makes only the events a data folder lacks, so merging the
/// same files again makes none. ``ExportFile/decode(_:)`` makes them all.
///
/// A copy given a byte-order mark or CRLF line endings (an editor, a mail client, a
/// Windows copy tool) is read as Latih wrote it: the mark is dropped and each CR directly
/// before a LF (or at the very end) removed. A valid line never holds a raw CR (JSON
/// escapes it), so nothing real is lost, and the checksums then match again.
package struct ExportLines: Sendable {
  /// An intact event line.
  package struct Entry: Sendable {
    /// 1-based line number in the file.
    package var line: Int
    /// The line's bytes in the file (without its newline or a CR before it).
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

  /// What is kept of an intact line: 48 bytes (a merge of 10 exports keeps 1.67 M).
  struct Stored: Sendable {
    var time: Int64
    /// The line's ``LineDigest`` (0 for a line refused unread).
    var digest: Int
    private var keyHigh: UInt64
    private var keyLow: UInt64
    private var start: UInt32
    /// The length (low 24 bits), the id's digit count (6 bits; 0: no generated id),
    /// readable (bit 30) and canonical (bit 31).
    private var packed: UInt32
    var line: Int32
    /// Index into ``Builder/participants``, -1 for none.
    var participant: Int32

    init(
      offset: Int, length: Int32, line: Int32, participant: Int32, readable: Bool,
      canonical: Bool, time: Int64, key: CompactID?, digest: Int
    ) {
      self.time = time
      self.digest = digest
      (keyHigh, keyLow) = (key?.high ?? 0, key?.low ?? 0)
      start = UInt32(offset)
      packed =
        UInt32(length) & 0xFF_FFFF | UInt32(key?.count ?? 0) << 24
        | (readable ? 1 << 30 : 0) | (canonical ? 1 << 31 : 0)
      self.line = line
      self.participant = participant
    }

    /// Where the line starts in the file.
    var offset: Int { Int(start) }
    /// The line's length in bytes (0 for a line refused unread).
    var length: Int32 { Int32(packed & 0xFF_FFFF) }
    /// Whether the line was read (not refused unread for its length).
    var readable: Bool { packed & 1 << 30 != 0 }
    /// Whether the line is what Latih writes for its event (``ExportLines/check(_:in:using:)``):
    /// a merge then copies it renumbered instead of decoding and encoding it again.
    var canonical: Bool { packed & 1 << 31 != 0 }
    /// The id; for one that is no generated id, see ``Builder/otherIDs``.
    var key: CompactID? {
      let count = UInt8(packed >> 24 & 0x3F)
      return count == 0 ? nil : CompactID(high: keyHigh, low: keyLow, count: count)
    }
  }

  /// What a checked line gave.
  struct Checked: Sendable {
    var id: String
    var time: Int64
    var participant: String?
    var problem: EventRules.Problem?
    var role: MergeRole
    var digest: Int?
    var length: Int
    var canonical = false
  }

  /// The facts gathered while a file is read.
  struct Builder: Sendable {
    var stored: [Stored] = []
    var participants: [String] = []
    var participantIndex: [String: Int32] = [:]
    var otherIDs: [Int: String] = [:]
    var problems: [Int: EventRules.Problem] = [:]
    var roles: [Int: MergeRole] = [:]
    var damaged: [Int] = []

    mutating func add(_ line: ExportScanner.Line, _ checked: Checked?) {
      let number: Int
      let offset: Int
      switch line {
      case .text(let n, let o, _), .overlong(let n, let o, _):
        (number, offset) = (n, o)
      }
      guard let checked else {
        damaged.append(number)
        return
      }
      let index = stored.count
      var person: Int32 = -1
      if let participant = checked.participant {
        if let known = participantIndex[participant] {
          person = known
        } else {
          person = Int32(participants.count)
          participantIndex[participant] = person
          participants.append(participant)
        }
      }
      let key = CompactID(checked.id)
      if key == nil { otherIDs[index] = checked.id }
      if let problem = checked.problem { problems[index] = problem }
      if checked.role != .other { roles[index] = checked.role }
      stored.append(
        Stored(
          offset: offset, length: Int32(checked.length), line: Int32(number),
          participant: person, readable: checked.digest != nil,
          canonical: checked.canonical, time: checked.time, key: key,
          digest: checked.digest ?? 0))
    }
  }

  package let header: ExportFile.Header
  let built: Builder
  /// As ``ExportFile/Contents/damagedLines``.
  package var damagedLines: [Int] { built.damaged }
  let source: ExportSource

  package var isIntact: Bool { damagedLines.isEmpty }

  init(header: ExportFile.Header, built: Builder, source: ExportSource) {
    self.header = header
    self.built = built
    self.source = source
  }

  /// Checks an export held in memory; nil when the first line is not an export header.
  package init?(_ bytes: [UInt8]) {
    guard let lines = try? ExportScanner.scan(.bytes(bytes), limit: Int.max) else { return nil }
    self = lines
  }

  /// Checks the export at `path`, reading it as a stream; nil when it is not an export.
  /// Throws for a file that cannot be read or is over ``ExportFile/maximumBytes``.
  package static func read(_ path: String, fileSystem: any FileSystem) throws(SystemError)
    -> ExportLines?
  {
    try ExportScanner.scan(
      .file(path: path, fileSystem: fileSystem), limit: ExportFile.maximumBytes)
  }

  /// The intact lines, as values (made on demand: a merge reads the compact facts).
  package var entries: [Entry] {
    built.stored.indices.map { index in
      Entry(
        line: line(index) ?? 0, range: range(index), id: id(index), time: time(index),
        participant: participant(index), problem: problem(index), role: role(index),
        digest: digest(index))
    }
  }

  /// The bytes of the entry at `index` in the file.
  func range(_ index: Int) -> Range<Int> {
    let stored = built.stored[index]
    return stored.offset..<(stored.offset + Int(stored.length))
  }

  /// The id of the entry at `index` as a fixed-size value (nil for one that is no
  /// generated id: such a line is refused by its problem).
  package func key(_ index: Int) -> CompactID? { built.stored[index].key }

  /// The participants' ids of the file, each once.
  package var participants: [String] { built.participants }

  /// Checks one line: nil when it is damaged (bad checksum, wrong sequence, no event).
  static func check(
    _ line: ExportScanner.Line, in bytes: [UInt8], using decoder: inout EventDecoder
  ) -> Checked? {
    switch line {
    case .overlong(_, _, let id):
      // A line no event can fill is refused unread (a 100 MB note is not decoded).
      return Checked(
        id: id, time: 0, participant: nil,
        problem: .tooLong(field: "line", limit: EventRules.maximumLineBytes), role: .other,
        digest: nil, length: 0)
    case .text(let number, _, let range):
      // Each line is decoded in full: every field is checked against ``EventRules``, so
      // a forged value is found before anything is written.
      let (decoded, digest) = bytes.withUnsafeBufferPointer { buffer in
        let line = UnsafeBufferPointer(rebasing: buffer[range])
        return (JournalLine.decode(line, using: &decoder), LineDigest.of(line))
      }
      guard case .success(let (sequence, event)) = decoded, sequence == number - 1 else {
        return nil
      }
      // Whether the line is the one Latih writes for this event: encoded again and
      // compared byte for byte (a line with unknown keys, another key order or spacing is
      // not, and is decoded and encoded again when merged).
      let canonical = bytes.withUnsafeBufferPointer { buffer in
        JournalLine.isEncoding(
          UnsafeBufferPointer(rebasing: buffer[range]), of: event, sequence: sequence,
          capacity: range.count + 64)  // one allocation, not one per doubling
      }
      return Checked(
        id: event.id, time: event.time, participant: event.participant,
        problem: EventRules.problem(event), role: MergeRole(event), digest: digest ?? 0,
        length: range.count, canonical: canonical)
    }
  }
}
