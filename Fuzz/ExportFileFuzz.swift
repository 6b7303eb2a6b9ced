import LatihData

/// libFuzzer target: the merge reader (`latih export` files) on arbitrary bytes. Crashes
/// when it accepts an event whose id or participant could name a file outside the data
/// folder, reports a line outside the file, or calls a file intact that is not whole.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExportFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let contents = ExportFile.decode(bytes) else { return 0 }
  let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
  for (line, event) in contents.events {
    precondition(DataStore.isIdentifier(event.id), "event id is not an identifier")
    precondition(
      event.participant.map(DataStore.isIdentifier) ?? true, "participant is not an identifier")
    precondition(line >= 2 && line <= lines, "event line outside the file")
  }
  for line in contents.damagedLines {
    precondition(line >= 1 && line <= lines + 1, "damaged line outside the file")
  }
  if contents.isIntact {
    precondition(contents.events.count == contents.header.events, "intact but incomplete")
  }
  return 0
}
