/// An Office Open XML workbook (`.xlsx`): worksheets, their shared strings and styles in
/// a ZIP container, written without any library.
///
/// Parts, in archive order: `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`,
/// `xl/_rels/workbook.xml.rels`, `xl/styles.xml`, `xl/sharedStrings.xml`, then
/// `xl/worksheets/sheet1.xml` … in sheet order. The first sheet is the one shown on
/// opening. The same sheets always give the same bytes.
package struct XLSXWorkbook: Hashable, Sendable {
  package static let declaration =
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let package = "http://schemas.openxmlformats.org/package/2006"
  private static let types = "application/vnd.openxmlformats-officedocument.spreadsheetml"

  package var sheets: [XLSXSheet]

  package init(sheets: [XLSXSheet]) { self.sheets = sheets }

  /// The `.xlsx` file.
  package func bytes() -> [UInt8] {
    var zip = ZipWriter()
    for (name, text) in parts() { zip.add(name, Array(text.utf8)) }
    return zip.finish()
  }

  /// Every part's name and XML, in archive order.
  package func parts() -> [(name: String, xml: String)] {
    var named: [XLSXSheet] = []
    for sheet in sheets {
      var sheet = sheet
      sheet.name = XLSXSheetName.make(sheet.name, taken: named.map(\.name))
      named.append(sheet)
    }
    var strings = XLSXSharedStrings()
    let worksheets = named.enumerated().map { index, sheet in
      (
        name: "xl/worksheets/sheet\(index + 1).xml",
        xml: sheet.xml(strings: &strings, selected: index == 0)
      )
    }
    return [
      ("[Content_Types].xml", contentTypes()), ("_rels/.rels", packageRelationships()),
      ("xl/workbook.xml", workbook(named)), ("xl/_rels/workbook.xml.rels", workbookRelationships()),
      ("xl/styles.xml", XLSXStyle.stylesheet), ("xl/sharedStrings.xml", strings.xml),
    ] + worksheets
  }

  private func contentTypes() -> String {
    var xml =
      Self.declaration + #"<Types xmlns="\#(Self.package)/content-types">"#
      + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
      + #"<Default Extension="xml" ContentType="application/xml"/>"#
      + #"<Override PartName="/xl/workbook.xml" ContentType="\#(Self.types).sheet.main+xml"/>"#
      + #"<Override PartName="/xl/styles.xml" ContentType="\#(Self.types).styles+xml"/>"#
      + #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(Self.types).sharedStrings+xml"/>"#
    for index in sheets.indices {
      xml +=
        #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml""#
        + #" ContentType="\#(Self.types).worksheet+xml"/>"#
    }
    return xml + "</Types>"
  }

  private func packageRelationships() -> String {
    Self.declaration + #"<Relationships xmlns="\#(Self.package)/relationships">"#
      + #"<Relationship Id="rId1" Type="\#(Self.relationships)/officeDocument" Target="xl/workbook.xml"/>"#
      + "</Relationships>"
  }

  /// Relationships `rId1` … are the sheets; the styles and shared strings follow.
  private func workbookRelationships() -> String {
    var xml = Self.declaration + #"<Relationships xmlns="\#(Self.package)/relationships">"#
    for index in sheets.indices {
      xml +=
        #"<Relationship Id="rId\#(index + 1)" Type="\#(Self.relationships)/worksheet""#
        + #" Target="worksheets/sheet\#(index + 1).xml"/>"#
    }
    xml +=
      #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(Self.relationships)/styles" Target="styles.xml"/>"#
      + #"<Relationship Id="rId\#(sheets.count + 2)" Type="\#(Self.relationships)/sharedStrings""#
      + #" Target="sharedStrings.xml"/>"#
    return xml + "</Relationships>"
  }

  /// The sheet list, and each sheet's autofilter range as Excel names it
  /// (`_xlnm._FilterDatabase`, hidden).
  private func workbook(_ named: [XLSXSheet]) -> String {
    var xml =
      Self.declaration + #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)">"#
      + #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
    for (index, sheet) in named.enumerated() {
      xml +=
        #"<sheet name="\#(SpreadsheetXML.escape(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    xml += "</sheets>"
    let filtered = named.enumerated().filter { $0.element.columnCount > 0 }
    if !filtered.isEmpty { xml += "<definedNames>" }
    for (index, sheet) in filtered {
      let quoted =
        "'"
        + sheet.name.split(separator: "'", omittingEmptySubsequences: false)
        .joined(separator: "''") + "'"
      let absolute = sheet.range.split(separator: ":").map { Self.absolute(String($0)) }
      xml +=
        #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">"#
        + SpreadsheetXML.escape(quoted + "!" + absolute.joined(separator: ":")) + "</definedName>"
    }
    return xml + (filtered.isEmpty ? "" : "</definedNames>") + "</workbook>"
  }

  /// `B12` → `$B$12`.
  private static func absolute(_ reference: String) -> String {
    let letters = reference.prefix { $0.isLetter }
    return "$" + letters + "$" + reference.dropFirst(letters.count)
  }
}
