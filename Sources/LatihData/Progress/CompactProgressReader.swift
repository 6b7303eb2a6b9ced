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
    var decoder = EventDecoder()
    decoder.identifiersOnly = true
    decoder.identifierRangeOnly = true
    var ids = Set<Int>(minimumCapacity: buffer.count / 200 + 1)
    var previous: (time: Int64, id: Range<Int>)?
    var inOrder = true
    var lastSequence = 0
    var lines: [(time: Int64, id: Range<Int>, line: Range<Int>)] = []
    var lineStart = 0
    var lineNumber = 1
    while lineStart < buffer.count {
      let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: lineStart, to: buffer.count)
      if newline == buffer.count {
        state.progress.tornTail = TornTail(line: lineNumber, bytes: buffer.count - lineStart)
        break
      }
      let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<newline])
      if case .success(let (sequence, event)) = JournalLine.decode(line, using: &decoder),
        sequence > lastSequence
      {
        lastSequence = sequence
        let id = (lineStart + decoder.identifier.range.lowerBound)..<(lineStart
          + decoder.identifier.range.upperBound)
        let idBytes = UnsafeBufferPointer(rebasing: buffer[id])
        if decoder.identifier.escaped || !isASCII(idBytes)
          || !ids.insert(ByteTable.hash(idBytes)).inserted
        {
          state.progress.isExact = false
        }
        if let previous, inOrder,
          !follows(
            (event.time, idBytes), (previous.time, UnsafeBufferPointer(rebasing: buffer[previous.id])))
        {
          inOrder = false
        }
        previous = (event.time, id)
        if State.counts(event.body) {
          lines.append((event.time, id, lineStart..<newline))
          if inOrder { state.add(event, line: line, decoder: &decoder) }
        }
      } else {
        state.progress.skippedLines.append(lineNumber)
      }
      lineStart = newline + 1
      lineNumber += 1
    }
    guard state.progress.isExact, !inOrder else { return state.finished() }
    // Out of time order (a merge appended older events): the counted lines again, sorted
    // as ``Event/chronological`` sorts them.
    lines.sort { lhs, rhs in
      if lhs.time != rhs.time { return lhs.time < rhs.time }
      return compare(
        UnsafeBufferPointer(rebasing: buffer[lhs.id]),
        UnsafeBufferPointer(rebasing: buffer[rhs.id])) < 0
    }
    var sorted = State(vocabulary: vocabulary)
    sorted.progress.skippedLines = state.progress.skippedLines
    sorted.progress.tornTail = state.progress.tornTail
    for entry in lines {
      let line = UnsafeBufferPointer(rebasing: buffer[entry.line])
      if case .success(let (_, event)) = JournalLine.decode(line, using: &decoder) {
        sorted.add(event, line: line, decoder: &decoder)
      }
    }
    return sorted.finished()
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

  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var all: UInt8 = 0
    for byte in bytes { all |= byte }
    return all < 0x80
  }
}
