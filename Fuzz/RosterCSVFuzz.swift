import LatihData

/// libFuzzer target: the CSV roster reader on arbitrary bytes. Crashes when a row it keeps
/// has an empty or unclean name, a cell over the limit, too many rows, or a line number
/// outside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRosterCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard case .success(let contents) = RosterCSV.parse(bytes) else { return 0 }
  let (rows, problems) = (contents.rows, contents.problems)
  let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
  precondition(rows.count <= RosterCSV.maximumRows, "too many rows")
  for row in rows {
    precondition(!row.name.isEmpty && NameKey.clean(row.name) == row.name, "unclean name")
    for cell in [row.name, row.group ?? "", row.code ?? "", row.phone ?? ""] {
      precondition(cell.count <= RosterCSV.maximumCell, "cell over the limit")
    }
    precondition(row.line >= 2 && row.line <= lines, "row line outside the file")
  }
  for problem in problems {
    precondition(problem.line >= 1 && problem.line <= lines, "problem line outside the file")
  }
  return 0
}
