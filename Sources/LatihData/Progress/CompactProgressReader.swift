/// Reads a journal's bytes into ``CompactProgress``: the lines accepted are exactly
/// ``JournalReader/read(_:)-(UnsafeBufferPointer<UInt8>)``'s (checksum, decoding,
/// increasing sequence numbers), and the runs and indicator records come out as
/// ``ParticipantProgress`` would hold them, but ids are looked up as bytes
/// (``ByteTable``) and no `String` is made for an event the report does not count.
package enum CompactProgressReader {
  /// The compact progress in `buffer` (one journal) for `vocabulary`.
  package static func read(_ buffer: UnsafeBufferPointer<UInt8>, _ vocabulary: CompactVocabulary)
    -> CompactProgress
  {
    var state = State(vocabulary: vocabulary)
    var reader = LineReader()
    var ids = Hashes(capacity: buffer.count / 200 + 1)
    var previous: (time: Int64, id: Range<Int>)?
    var inOrder = true
    var lastSequence = 0
    var lineStart = 0
    var lineNumber = 1
    var compact = CompactLine()
    while lineStart < buffer.count {
      let (accepted, newline) = reader.nextLine(buffer, from: lineStart, into: &compact)
      let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<newline])
      if accepted, compact.isRosterEvent { state.progress.rosterLines.append(lineStart..<newline) }
      if newline == buffer.count {
        state.progress.tornTail = TornTail(line: lineNumber, bytes: buffer.count - lineStart)
        break
      }
      if accepted, compact.sequence > lastSequence {
        lastSequence = compact.sequence
        let id = compact.id.range.shifted(by: lineStart)
        let idBytes = UnsafeBufferPointer(rebasing: buffer[id])
        if compact.id.escaped || !ByteSearch.isASCII(idBytes)
          || !ids.insert(ByteTable.hash(idBytes))
        {
          state.progress.isExact = false
        }
        if let previous, inOrder,
          !follows(
            (compact.time, idBytes),
            (previous.time, UnsafeBufferPointer(rebasing: buffer[previous.id])))
        {
          inOrder = false
        }
        previous = (compact.time, id)
        if compact.kind != .other, inOrder { state.add(compact, line: line) }
      } else {
        state.progress.skippedLines.append(lineNumber)
      }
      lineStart = newline + 1
      lineNumber += 1
    }
    guard state.progress.isExact, !inOrder else { return state.progress }
    // Out of time order (a merge appended older events): the counted lines again, sorted
    // as ``Event/chronological`` sorts them (gathered only now: most journals are in
    // order, and gathering them on the way cost every journal a growing array).
    var lines = countedLines(buffer, &reader)
    lines.sort { lhs, rhs in
      if lhs.time != rhs.time { return lhs.time < rhs.time }
      return compare(
        UnsafeBufferPointer(rebasing: buffer[lhs.id]),
        UnsafeBufferPointer(rebasing: buffer[rhs.id])) < 0
    }
    var sorted = State(vocabulary: vocabulary)
    sorted.progress.skippedLines = state.progress.skippedLines
    sorted.progress.tornTail = state.progress.tornTail
    sorted.progress.rosterLines = state.progress.rosterLines
    for entry in lines {
      let line = UnsafeBufferPointer(rebasing: buffer[entry.line])
      if let compact = reader.read(line) { sorted.add(compact, line: line) }
    }
    return sorted.progress
  }

  /// The lines a report counts, accepted as ``read(_:_:)`` accepts them (checksum,
  /// decoding, increasing sequence numbers), each with its time and id.
  private static func countedLines(_ buffer: UnsafeBufferPointer<UInt8>, _ reader: inout LineReader)
    -> [(time: Int64, id: Range<Int>, line: Range<Int>)]
  {
    var lines: [(time: Int64, id: Range<Int>, line: Range<Int>)] = []
    var lastSequence = 0
    var lineStart = 0
    var compact = CompactLine()
    while lineStart < buffer.count {
      let (accepted, newline) = reader.nextLine(buffer, from: lineStart, into: &compact)
      guard newline < buffer.count else { break }
      if accepted, compact.sequence > lastSequence {
        lastSequence = compact.sequence
        if compact.kind != .other {
          lines.append((compact.time, compact.id.range.shifted(by: lineStart), lineStart..<newline))
        }
      }
      lineStart = newline + 1
    }
    return lines
  }

  /// Reads lines: as written by Latih with ``CanonicalLineParser``, else with
  /// ``EventDecoder`` (the lines accepted and their values are the same either way).
  struct LineReader {
    private var parser = CanonicalLineParser()
    private var decoder = EventDecoder()

    init() {
      decoder.identifiersOnly = true
      decoder.identifierRangeOnly = true
    }

    /// Reads the line that starts at `start` in `buffer` into `line`: whether it is
    /// taken, and the index of its newline (`buffer.count` when it has none). A line as
    /// Latih writes it is read to its trailer, which says where it ends; others are
    /// found by their newline and read the long way.
    mutating func nextLine(
      _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, into line: inout CompactLine
    ) -> (accepted: Bool, newline: Int) {
      if let canonical = readCanonical(buffer, from: start, into: &line) { return canonical }
      let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start, to: buffer.count)
      guard let read = read(UnsafeBufferPointer(rebasing: buffer[start..<newline])) else {
        return (false, newline)
      }
      line = read
      return (true, newline)
    }

    /// Reads the line that starts at `start` in `buffer` into `line` when it is written
    /// as Latih writes it (``CanonicalLineParser``), up to its trailer: whether its
    /// checksum matches (else `line` is undefined), and the index of the newline after
    /// the trailer. Nil when the line is not canonical or its trailer is not followed by
    /// a newline: then find its end and ``read(_:)`` it. Either way, the line is taken
    /// or refused as ``read(_:)`` takes or refuses it (no byte before the trailer of a
    /// canonical line can be a newline).
    mutating func readCanonical(
      _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, into line: inout CompactLine
    ) -> (accepted: Bool, newline: Int)? {
      let rest = UnsafeBufferPointer(rebasing: buffer[start...])
      guard let end = parser.parse(upToTrailer: rest, into: &line),
        end + JournalLine.trailerLength < rest.count,
        rest[end + JournalLine.trailerLength] == 0x0A,
        let stored = JournalLine.storedChecksum(rest, trailerAt: end)
      else { return nil }
      let body = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: rest[..<end]))
      return (CRC32.checksum(body) == stored, start + end + JournalLine.trailerLength)
    }

    /// The line (without its newline), if its checksum matches and it decodes.
    mutating func read(_ line: UnsafeBufferPointer<UInt8>) -> CompactLine? {
      guard let end = JournalLine.checkedEnd(line) else { return nil }
      if let compact = parser.parse(UnsafeBufferPointer(rebasing: line[..<end])) {
        return compact
      }
      guard let (sequence, event) = decoder.read(line, end: end) else { return nil }
      return CompactLine(sequence: sequence, event: event, decoder: decoder)
    }
  }

  /// Whether an event (time, id) comes after `previous` in ``Event/chronological``
  /// order, for ASCII ids (which order as their bytes do).
  private static func follows(
    _ current: (Int64, UnsafeBufferPointer<UInt8>), _ previous: (Int64, UnsafeBufferPointer<UInt8>)
  ) -> Bool {
    if current.0 != previous.0 { return current.0 > previous.0 }
    return compare(current.1, previous.1) > 0
  }

  /// The order of two byte strings: negative, zero or positive (as `memcmp`, then length).
  static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    let common = min(lhs.count, rhs.count)
    for index in 0..<common where lhs[index] != rhs[index] {
      return Int(lhs[index]) - Int(rhs[index])
    }
    return lhs.count - rhs.count
  }
}

extension Range<Int> {
  /// This range moved by `offset`.
  fileprivate func shifted(by offset: Int) -> Range<Int> {
    (lowerBound + offset)..<(upperBound + offset)
  }
}
