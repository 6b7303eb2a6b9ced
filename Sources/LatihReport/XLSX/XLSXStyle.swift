/// The cell formats of a workbook (`cellXfs` of `xl/styles.xml`, by position).
package enum XLSXStyle: Int, CaseIterable, Sendable {
  case normal = 0
  /// Column titles: bold.
  case header = 1
  /// Built-in number format 9, `0%`.
  case percent = 2
  /// Custom number format 164, `0.0` (means).
  case oneDecimal = 3
  /// Built-in number format 2, `0.00` (the normalised gain).
  case twoDecimals = 4
  /// Text that starts like a formula (`=`, `+`, `-`, `@`), marked with a quote prefix so
  /// that editing the cell in Excel or LibreOffice keeps it text.
  case literalText = 5

  /// Whether a spreadsheet would read `text`, typed in, as a formula.
  package static func looksLikeFormula(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return ["=", "+", "-", "@"].contains(first)
  }

  /// `xl/styles.xml`: two fonts (regular, bold), the two fills Excel requires, one empty
  /// border, and one cell format per case, in order.
  package static let stylesheet: String = {
    let formats = allCases.map { style -> String in
      switch style {
      case .normal: return #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
      case .header:
        return #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
      case .percent:
        return
          #"<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
      case .oneDecimal:
        return
          #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
      case .twoDecimals:
        return
          #"<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
      case .literalText:
        return #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>"#
      }
    }
    return XLSXWorkbook.declaration
      + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
      + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>"#
      + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
      + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
      + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
      + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
      + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
      + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
      + #"<cellXfs count="\#(formats.count)">"# + formats.joined() + "</cellXfs>"
      + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
      + "</styleSheet>"
  }()
}
