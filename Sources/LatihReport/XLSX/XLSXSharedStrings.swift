/// The workbook's shared string table (`xl/sharedStrings.xml`): every text cell refers to
/// its string by index, each distinct string stored once.
package struct XLSXSharedStrings: Sendable {
  private var indexes: [String: Int] = [:]
  /// Distinct strings in order of first use.
  package private(set) var strings: [String] = []
  /// Text cells that refer to a string (the `count` attribute).
  package private(set) var references = 0

  package init() {}

  /// The index of `text` (already cleaned with ``SpreadsheetXML/cellText(_:)``), added
  /// if new.
  package mutating func index(of text: String) -> Int {
    references += 1
    if let index = indexes[text] { return index }
    indexes[text] = strings.count
    strings.append(text)
    return strings.count - 1
  }

  /// The part's XML. Text with leading or trailing white space keeps it
  /// (`xml:space="preserve"`).
  package var xml: String {
    var result =
      XLSXWorkbook.declaration
      + #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
      + #" count="\#(references)" uniqueCount="\#(strings.count)">"#
    for text in strings {
      let keepsSpace =
        text.first.map { $0.isWhitespace } == true || text.last.map { $0.isWhitespace } == true
      result += keepsSpace ? #"<si><t xml:space="preserve">"# : "<si><t>"
      result += SpreadsheetXML.escape(text) + "</t></si>"
    }
    return result + "</sst>"
  }
}
