import LatihData

/// libFuzzer target: the journal reader (and so the line decoder) on arbitrary bytes.
/// Crashes when it accepts something inconsistent: an intact length past the end, an
/// event that does not survive re-encoding, sequence numbers that do not rise.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournalLine(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let contents = JournalReader.read(bytes)
  precondition(contents.intactLength <= bytes.count, "intact length past the end")
  precondition(contents.events.count <= bytes.filter { $0 == 0x0A }.count, "too many events")
  for event in contents.events {
    let line = JournalLine.encode(event, sequence: 1).dropLast()
    guard case .success(let (sequence, decoded)) = JournalLine.decode(line) else {
      preconditionFailure("an accepted event does not decode after re-encoding")
    }
    precondition(sequence == 1 && decoded == event, "an accepted event changed")
  }
  // The intact prefix reads back to the same events with no damage.
  let prefix = JournalReader.read(Array(bytes[..<contents.intactLength]))
  precondition(prefix.events == contents.events && prefix.tornTail == nil, "prefix differs")
  return 0
}
