import Foundation
import LatihTestSupport
import Testing

@testable import LatihData
@testable import LatihReport

/// The workbook writer on its own: the ZIP container, the parts and their XML, text
/// safety, sheet names.
@Suite struct XLSXWorkbookTests {
  static let parts = [
    "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
    "xl/styles.xml", "xl/sharedStrings.xml",
  ]

  static func workbook(_ texts: [String]) -> XLSXWorkbook {
    XLSXWorkbook(sheets: [
      XLSXSheet(
        name: "Teks", titles: ["No", "Teks"],
        rows: texts.enumerated().map { [.integer($0.offset + 1), .text($0.element)] }),
      XLSXSheet(name: "Kosong", titles: [], rows: []),
    ])
  }

  @Test func zipEntriesReadBackWithOffsetsAndChecksums() throws {
    var writer = ZipWriter()
    let binary = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
    writer.add("a.txt", Array("halo".utf8))
    writer.add("empty", [])
    writer.add("folder/binary.bin", binary)
    let bytes = writer.finish()
    let zip = try ZipReader(bytes)
    #expect(zip.entries.map(\.name) == ["a.txt", "empty", "folder/binary.bin"])
    #expect(zip.data("folder/binary.bin") == binary)
    #expect(zip.data("empty") == [])
    #expect(zip.entries.allSatisfy { $0.date == 0x21 && $0.time == 0 && $0.method == 0 })
    #expect(ZipReader.crc32(binary) == CRC32.checksum(binary))
    #expect(ZipReader.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    // The reader is strict: one flipped data byte or offset is found.
    var damaged = bytes
    damaged[31 + 5] ^= 1
    #expect(throws: ZipReader.Failure.self) { try ZipReader(damaged) }
    #expect(throws: ZipReader.Failure.self) { try ZipReader(Array(bytes.dropLast())) }
    #expect(try ZipReader(ZipWriter().finish()).entries.isEmpty)
  }

  @Test func everyPartIsWellFormedAndDeclared() throws {
    let document = try XLSXDocument(Self.workbook(["satu", "dua"]).bytes())
    let names = document.zip.entries.map(\.name)
    #expect(
      names == Self.parts + ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
    let types = document.parts["[Content_Types].xml"]?.attributes["Override"] ?? []
    let declared = Set(types.compactMap { $0["PartName"] })
    for name in names where name.hasSuffix(".xml") && !name.hasPrefix("[") {
      #expect(declared.contains("/" + name), "\(name) has no content type")
    }
    let relationships = document.parts["xl/_rels/workbook.xml.rels"]?.attributes["Relationship"]
    let targets = Set((relationships ?? []).compactMap { $0["Target"] }.map { "xl/" + $0 })
    #expect(
      targets.isSuperset(
        of: names.filter { $0.hasPrefix("xl/worksheets/") || $0.hasPrefix("xl/s") }))
    #expect(document.sheets.map(\.name) == ["Teks", "Kosong"])
    for sheet in document.sheets {
      let views = sheet.attributes["pane"] ?? []
      #expect(views.first?["ySplit"] == "1" && views.first?["state"] == "frozen", "\(sheet.name)")
      #expect(views.first?["topLeftCell"] == "A2")
    }
    let text = try #require(document.sheet("Teks"))
    #expect(text.attributes["col"]?.count == 2)
    #expect(text.attributes["autoFilter"]?.first?["ref"] == "A1:B3")
    let styles = document.parts["xl/styles.xml"]?.attributes["xf"] ?? []
    #expect(styles.count == XLSXStyle.allCases.count + 1, "cellStyleXfs and cellXfs")
    #expect(styles[1 + XLSXStyle.percent.rawValue]["numFmtId"] == "9")
    #expect(document.parts["xl/styles.xml"]?.attributes["b"]?.count == 1, "the bold font")
  }

  @Test func sameSheetsSameBytes() {
    #expect(Self.workbook(["x"]).bytes() == Self.workbook(["x"]).bytes())
    #expect(Self.workbook(["x"]).bytes() != Self.workbook(["y"]).bytes())
  }

  @Test func textIsKeptEscapedAndNeverAFormula() throws {
    let texts = [
      "=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-2+3", "@SUM(A1)", "Bu <Ani> & \"Ida\" 'x'",
      "Évi Ñoño 日本 🙂", "_x0041_ tetap", "bel\u{07}\u{1B}[2J\u{0}akhir\u{FFFE}", " spasi ",
      "baris\r\nbaru", String(repeating: "panjang ", count: 5000),
    ]
    let document = try XLSXDocument(Self.workbook(texts).bytes())
    let sheet = try #require(document.sheet("Teks"))
    #expect(!sheet.elements.contains("f"))
    let expected = [
      texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], "_x005F_x0041_ tetap",
      "bel[2Jakhir", " spasi ", "baris\r\nbaru",
    ]
    for (index, text) in expected.enumerated() {
      let cell = sheet.cell("B\(index + 2)")
      #expect(cell?.type == "s")
      #expect(document.text(cell) == text, "\(index)")
      #expect(cell?.formula == false)
    }
    for index in 0..<4 {
      #expect(sheet.cell("B\(index + 2)")?.style == XLSXStyle.literalText.rawValue)
    }
    #expect(sheet.cell("B6")?.style == XLSXStyle.normal.rawValue)
    let long = try #require(document.text(sheet.cell("B12")))
    #expect(long.utf16.count == SpreadsheetXML.cellLimit && long.hasSuffix("…"))
    #expect(
      sheet.cell("A2")
        == XLSXDocument.Cell(reference: "A2", type: nil, style: 0, value: "1", formula: false))
    #expect(sheet.cell("B1")?.style == XLSXStyle.header.rawValue)
  }

  @Test func sheetNamesAreAcceptedByExcel() {
    #expect(XLSXSheetName.make("Ringkasan", taken: []) == "Ringkasan")
    #expect(XLSXSheetName.make("a[b]c:d*e?f/g\\h", taken: []) == "abcdefgh")
    #expect(XLSXSheetName.make("'kutip'", taken: []) == "kutip")
    #expect(XLSXSheetName.make("???", taken: []) == "Sheet")
    let long = XLSXSheetName.make(String(repeating: "Kelompok Wanita Tani ", count: 3), taken: [])
    #expect(long.utf16.count == 31)
    #expect(XLSXSheetName.make("soal", taken: ["Soal"]) == "soal (2)")
    let second = XLSXSheetName.make(long, taken: [long])
    #expect(second.utf16.count <= 31 && second.hasSuffix(" (2)") && second != long)
    #expect(XLSXSheetName.make("🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", taken: []).utf16.count == 30)
    #expect(XLSXSheet.column(0) == "A" && XLSXSheet.column(25) == "Z")
    #expect(XLSXSheet.column(26) == "AA" && XLSXSheet.column(701) == "ZZ")
    #expect(XLSXSheet.column(702) == "AAA")
  }

  @Test func duplicateAndHostileSheetNamesInAWorkbook() throws {
    let workbook = XLSXWorkbook(sheets: [
      XLSXSheet(name: "Data", titles: ["a"], rows: []),
      XLSXSheet(name: "data", titles: ["a"], rows: []),
      XLSXSheet(name: "O'Brien & <Co>", titles: ["a"], rows: [[.text("x")]]),
    ])
    let document = try XLSXDocument(workbook.bytes())
    #expect(document.sheets.map(\.name) == ["Data", "data (2)", "O'Brien & <Co>"])
    let names = document.parts["xl/workbook.xml"]?.attributes["definedName"] ?? []
    #expect(names.count == 3 && names.allSatisfy { $0["name"] == "_xlnm._FilterDatabase" })
  }
}
