/// One worksheet: a table whose first row holds the column titles.
///
/// Written with column widths from the content, the title row frozen (it stays in view
/// while scrolling), an autofilter on it, so every column can be filtered and sorted, and
/// printed on A4 with all columns across the page.
package struct XLSXSheet: Hashable, Sendable {
  /// The tab's name (made acceptable by ``XLSXSheetName`` when the workbook is written).
  package var name: String
  /// Rows, the column titles first; missing trailing cells are empty.
  package var rows: [[XLSXCell]]

  package init(name: String, titles: [String], rows: [[XLSXCell]]) {
    self.name = name
    self.rows = [titles.map { .header($0) }] + rows
  }

  /// The most column width (in characters) printed on A4 portrait at full size; wider
  /// sheets print landscape. Either way every column fits the page's width (`fitToWidth`).
  static let portraitWidth = 95

  /// The widest row's number of cells.
  package var columnCount: Int { rows.map(\.count).max() ?? 0 }

  /// The range the table covers, `A1:F12`.
  package var range: String {
    "A1:" + Self.column(max(columnCount, 1) - 1) + String(max(rows.count, 1))
  }

  /// Column widths in characters: the widest cell (title included), between 6 and 60.
  package var widths: [Int] {
    (0..<columnCount).map { column in
      let widest = rows.map { column < $0.count ? $0[column].displayWidth : 0 }.max() ?? 0
      return min(max(widest + 2, 6), 60)
    }
  }

  /// The letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
  package static func column(_ index: Int) -> String {
    var number = index + 1
    var letters = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters
  }

  /// `xl/worksheets/sheetN.xml`, adding its text to `strings`.
  package func xml(strings: inout XLSXSharedStrings, selected: Bool) -> String {
    var xml =
      XLSXWorkbook.declaration
      + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
      + #" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
      + #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="\#(range)"/>"#
      + #"<sheetViews><sheetView \#(selected ? #"tabSelected="1" "# : "")workbookViewId="0">"#
      + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
      + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
      + #"<sheetFormatPr defaultRowHeight="15"/>"#
    if columnCount > 0 {
      xml += "<cols>"
      for (index, width) in widths.enumerated() {
        xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    for (rowIndex, row) in rows.enumerated() {
      xml += #"<row r="\#(rowIndex + 1)">"#
      for (columnIndex, cell) in row.enumerated() {
        xml += Self.cell(cell, at: Self.column(columnIndex) + String(rowIndex + 1), &strings)
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    if columnCount > 0 { xml += #"<autoFilter ref="\#(range)"/>"# }
    let orientation = widths.reduce(0, +) > Self.portraitWidth ? "landscape" : "portrait"
    return xml
      + #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
      + #"<pageSetup paperSize="9" orientation="\#(orientation)" fitToWidth="1" fitToHeight="0"/>"#
      + "</worksheet>"
  }

  /// One `<c>`: numbers with `<v>`, text as a shared string (`t="s"`), never `<f>`.
  private static func cell(
    _ cell: XLSXCell, at reference: String, _ strings: inout XLSXSharedStrings
  ) -> String {
    let style = cell.style == .normal ? "" : #" s="\#(cell.style.rawValue)""#
    switch cell {
    case .empty: return ""
    case .text(let value), .header(let value):
      let index = strings.index(of: SpreadsheetXML.cellText(value))
      return #"<c r="\#(reference)"\#(style) t="s"><v>\#(index)</v></c>"#
    case .boolean(let value):
      return #"<c r="\#(reference)"\#(style) t="b"><v>\#(value ? 1 : 0)</v></c>"#
    case .integer, .decimal, .percent:
      return #"<c r="\#(reference)"\#(style)><v>\#(cell.numberText ?? "0")</v></c>"#
    }
  }
}
