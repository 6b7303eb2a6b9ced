import LatihBase

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A checked export merges without making the events already present: the lines a
/// journal lacks are read again, checked to be the lines that were checked, and copied
/// (or made into events).
extension ExportLines: MergeInput {
  package var count: Int { built.stored.count }
  package func participant(_ index: Int) -> String? {
    let person = built.stored[index].participant
    return person < 0 ? nil : built.participants[Int(person)]
  }
  package func id(_ index: Int) -> String {
    built.stored[index].key?.text ?? built.otherIDs[index] ?? "?"
  }
  package func time(_ index: Int) -> Int64 { built.stored[index].time }
  package func line(_ index: Int) -> Int? { Int(built.stored[index].line) }
  package func problem(_ index: Int) -> EventRules.Problem? { built.problems[index] }
  package func digest(_ index: Int) -> Int? {
    built.stored[index].readable ? built.stored[index].digest : nil
  }
  package func role(_ index: Int) -> MergeRole { built.roles[index] ?? .other }

  /// The events of the entries at `indices`, in that order: their lines read again and
  /// decoded in full. Throws when the file changed since it was checked (a line no
  /// longer decodes to what was checked).
  package func events(_ indices: [Int]) throws(SystemError) -> [Event] {
    guard !indices.isEmpty else { return [] }
    let read = try reread(indices)
    return try zip(indices, read.ranges).map { index, range throws(SystemError) in
      try event(index, Array(read.bytes[range]), path: read.path)
    }
  }

  /// The journal lines of the entries at `indices`, in that order, numbered after
  /// `sequence`, appended to `output`; returns the last number used. A line that is what
  /// Latih writes for its event is copied with its number and checksum replaced
  /// (``JournalLine/renumber(_:sequence:into:)``); any other is decoded and encoded
  /// again. Either way the bytes are those ``JournalLine/encode(_:sequence:into:)``
  /// writes for the event. Throws when the file changed since it was checked.
  package func journalLines(_ indices: [Int], after sequence: Int, into output: inout [UInt8])
    throws(SystemError) -> Int
  {
    guard !indices.isEmpty else { return sequence }
    let read = try reread(indices)
    var sequence = sequence
    for (index, range) in zip(indices, read.ranges) {
      sequence += 1
      let stored = built.stored[index]
      let number = sequence
      // nil: not the line that was checked.
      let copied = read.bytes.withUnsafeBufferPointer { buffer -> Bool? in
        let line = UnsafeBufferPointer(rebasing: buffer[range])
        guard stored.readable, line.count == Int(stored.length),
          LineDigest.of(line) == stored.digest
        else { return nil }
        return stored.canonical && JournalLine.renumber(line, sequence: number, into: &output)
      }
      guard let copied else { throw changed(read.path) }
      if !copied {
        let event = try event(index, Array(read.bytes[range]), path: read.path)
        JournalLine.encode(event, sequence: sequence, into: &output)
      }
    }
    return sequence
  }

  /// The lines of the entries at `indices` read again: one buffer, each line's bytes in
  /// it, and the file's path ("" for bytes in memory).
  private func reread(_ indices: [Int]) throws(SystemError)
    -> (bytes: [UInt8], ranges: [Range<Int>], path: String)
  {
    let ranges = indices.map(range)
    switch source {
    case .bytes(let bytes):
      return (bytes, ranges, "")
    case .file(let path, let fileSystem):
      let file = try fileSystem.open(path, [], permissions: 0)
      defer { try? fileSystem.close(file) }
      let low = ranges.map(\.lowerBound).min() ?? 0
      let high = ranges.map(\.upperBound).max() ?? 0
      // One read for lines close together (one person's lines are), else one each.
      if high - low <= Self.spanBytes {
        let span = try fileSystem.read(file, at: low, count: high - low)
        guard high - low <= span.count else { throw changed(path) }
        return (span, ranges.map { ($0.lowerBound - low)..<($0.upperBound - low) }, path)
      }
      var bytes: [UInt8] = []
      var found: [Range<Int>] = []
      for range in ranges {
        let line = try fileSystem.read(file, at: range.lowerBound, count: range.count)
        guard line.count == range.count else { throw changed(path) }
        found.append(bytes.count..<(bytes.count + line.count))
        bytes += line
      }
      return (bytes, found, path)
    }
  }

  /// Bytes read at once for the lines of one journal.
  static let spanBytes = 8 << 20

  private func changed(_ path: String) -> SystemError {
    SystemError(code: EIO, operation: .read, path: path)
  }

  /// The event on `line` (the entry at `index` read again), checked to be the same line.
  private func event(_ index: Int, _ line: [UInt8], path: String) throws(SystemError) -> Event {
    let stored = built.stored[index]
    var decoder = EventDecoder()
    let result = line.withUnsafeBufferPointer { buffer in
      (JournalLine.decode(buffer, using: &decoder), LineDigest.of(buffer) ?? 0)
    }
    guard stored.readable, line.count == Int(stored.length), result.1 == stored.digest,
      case .success(let (_, event)) = result.0
    else { throw changed(path) }
    return event
  }

  /// What a copy of the event at `index` is compared by (its line read again); a line
  /// refused unread, or no longer readable, agrees with nothing.
  package func fingerprint(_ index: Int) -> EventFingerprint {
    guard built.stored[index].readable, let event = try? events([index]).first else {
      return EventFingerprint(unreadable: index)
    }
    return EventFingerprint(event)
  }

  /// Whether the events at `lhs` in `self` and `rhs` in `other` are copies that agree:
  /// the same line content, or decoded and compared.
  func agrees(_ lhs: Int, with other: ExportLines, _ rhs: Int) -> Bool {
    guard participant(lhs) == other.participant(rhs) else { return false }
    if let digest = digest(lhs), digest == other.digest(rhs) { return true }
    return fingerprint(lhs).agrees(with: other.fingerprint(rhs))
  }
}
