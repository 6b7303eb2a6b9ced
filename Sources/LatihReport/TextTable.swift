import LatihBase

/// A plain-text table for the terminal: the first column holds words and wraps, the
/// other columns hold numbers and are right-aligned, widths counted with
/// ``DisplayWidth`` so accents and emoji line up.
struct TextTable {
  /// Column titles; the first is the wrapping text column.
  var titles: [String]
  /// Rows of cells (as many as titles); a first cell starting with spaces stays indented
  /// when wrapped.
  var rows: [[String]] = []
  /// The widest the table may be.
  var width: Int

  init(titles: [String], width: Int) {
    self.titles = titles
    self.width = width
  }

  /// Adds a row; missing cells are empty.
  mutating func add(_ cells: [String]) {
    rows.append(cells + Array(repeating: "", count: max(0, titles.count - cells.count)))
  }

  /// The table's lines; the title line is passed through `styleTitle`.
  func lines(styleTitle: (String) -> String = { $0 }) -> [String] {
    let gap = 2
    var widths = titles.indices.map { column in
      ([titles[column]] + rows.map { $0[column] }).map { DisplayWidth.of($0) }.max() ?? 0
    }
    let fixed = widths.dropFirst().reduce(0) { $0 + $1 + gap }
    widths[0] = max(12, min(widths[0], width - fixed))
    var result = [styleTitle(render(titles, widths: widths, gap: gap)[0])]
    for row in rows { result += render(row, widths: widths, gap: gap) }
    return result
  }

  private func render(_ cells: [String], widths: [Int], gap: Int) -> [String] {
    let indent = String(cells[0].prefix { $0 == " " })
    let text = String(cells[0].dropFirst(indent.count))
    var wrapped = TextWrapper.wrap(
      text, width: widths[0], firstPrefix: indent, restPrefix: indent + "  ")
    if wrapped.isEmpty { wrapped = [""] }
    var line = pad(wrapped[0], to: widths[0])
    for column in cells.indices.dropFirst() {
      line += String(repeating: " ", count: gap) + leftPad(cells[column], to: widths[column])
    }
    let rest = wrapped.dropFirst().map { $0 }
    return [trimTrailing(line)] + rest.map(trimTrailing)
  }

  private func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
  }

  private func leftPad(_ text: String, to width: Int) -> String {
    String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
  }

  private func trimTrailing(_ text: String) -> String {
    var result = text
    while result.last == " " { result.removeLast() }
    return result
  }
}
