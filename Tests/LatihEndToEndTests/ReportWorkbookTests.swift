import Foundation
import FoundationXML
import LatihTestSupport
import Testing

/// `latih report --format xlsx` on the built binary: a 30-person roster imported, outcomes
/// recorded, the workbook written and read back (ZIP, XML, cells) against the JSON report.
@Suite struct ReportWorkbookTests {
  /// Collects the cells (`r`, `t`, `s`, `<v>`) of a worksheet, or the shared strings.
  final class Cells: NSObject, XMLParserDelegate {
    var cells: [String: (type: String?, style: String?, value: String)] = [:]
    var strings: [String] = []
    var formulas = 0
    private var current: (reference: String, type: String?, style: String?)?
    private var text = ""

    static func parse(_ bytes: [UInt8]) throws -> Cells {
      let cells = Cells()
      let parser = XMLParser(data: Data(bytes))
      parser.delegate = cells
      #expect(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
      return cells
    }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      text = ""
      if name == "c" { current = (attributes["r"] ?? "", attributes["t"], attributes["s"]) }
      if name == "f" { formulas += 1 }
      if name == "si" { strings.append("") }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      if name == "v", let current { cells[current.reference] = (current.type, current.style, text) }
      if name == "t", !strings.isEmpty { strings[strings.count - 1] += text }
      if name == "c" { current = nil }
    }
  }

  @Test func aThirtyPersonWorkbookHoldsTheReportsFigures() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let folder = data.deletingLastPathComponent()
    let roster = folder.appendingPathComponent("peserta.csv")
    try Data(PKKRoster.csv.utf8).write(to: roster)
    let formula = "=HYPERLINK(\"http://x\",\"klik\")"
    for arguments in [
      ["session", "new", "Pelatihan TikTok Affiliate", "--date", "2023-08-05"],
      ["participants", "import", roster.path], ["participants", "add", formula],
    ] {
      let run = try LatihProcess.run(arguments, data: data)
      #expect(run.status == 0, "\(arguments): \(run.errors)")
    }
    // The check figure's second indicator: 9 of 20 achieved, 11 not yet (documents).
    for (index, name) in PKKRoster.names.prefix(20).enumerated() {
      let outcome = index < 9 ? ["yes"] : ["no", "--reason", "documents"]
      let run = try LatihProcess.run(["record", name, "affiliate-account"] + outcome, data: data)
      #expect(run.status == 0, "\(run.errors)")
    }
    let formulaRun = try LatihProcess.run(
      ["record", formula, "installed-app", "no", "--reason", "age"], data: data)
    #expect(formulaRun.status == 0, "\(formulaRun.errors)")
    let out = folder.appendingPathComponent("laporan.xlsx")
    let written = try LatihProcess.run(
      ["report", "--format", "xlsx", "--out", out.path], data: data)
    #expect(written.status == 0 && written.output.contains("Laporan (xlsx) disimpan di"))
    let refused = try LatihProcess.run(["report", "--format", "xlsx"], data: data)
    #expect(refused.status == 64 && refused.output.isEmpty)
    #expect(refused.errors.contains("--out BERKAS.xlsx"), "\(refused.errors)")
    let json = try LatihProcess.run(["report", "--format", "json"], data: data)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])

    let zip = try ZipReader(Array(try Data(contentsOf: out)))
    let strings = try Cells.parse(try #require(zip.data("xl/sharedStrings.xml"))).strings
    let summary = try Cells.parse(try #require(zip.data("xl/worksheets/sheet1.xml")))
    let indicators = try Cells.parse(try #require(zip.data("xl/worksheets/sheet2.xml")))
    let help = try Cells.parse(try #require(zip.data("xl/worksheets/sheet6.xml")))
    for entry in zip.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
      #expect(try Cells.parse(entry.data).formulas == 0, "\(entry.name)")
    }
    func text(_ cell: (type: String?, style: String?, value: String)?) -> String? {
      guard let cell, cell.type == "s", let index = Int(cell.value) else { return nil }
      return strings[index]
    }
    let enrolled = try #require(
      (1...30).first { text(summary.cells["A\($0)"]) == "Terdaftar" })
    #expect(summary.cells["B\(enrolled)"]?.value == "\(report["enrolled"] as! Int)")
    #expect(summary.cells["B\(enrolled)"]?.type == nil)
    #expect(report["enrolled"] as? Int == 31)
    let row = try #require(
      (2...4).first { text(indicators.cells["A\($0)"]) == "affiliate-account" })
    let figures = ["C", "D", "E", "F", "G"].map { indicators.cells["\($0)\(row)"] }
    #expect(figures.map { $0?.value } == ["20", "9", "0.45", "11", "0.55"])
    #expect(figures.map { $0?.type } == [nil, nil, nil, nil, nil], "numbers, not text")
    #expect(figures[2]?.style == figures[4]?.style && figures[2]?.style != nil, "percent style")
    let names = help.cells.filter { $0.key.hasPrefix("B") }.compactMap { text($0.value) }
    #expect(names.contains(formula), "\(names)")
    #expect(names.contains("Popon Rosita") == false, "not assessed, not in need of help")
    #expect(names.contains("Atikah Nurjanah") == false)
    #expect(names.filter { $0 == "Endang Sulastri" }.count == 1, "one not-yet row")
    #expect(names.contains("Heni Nuraeni") == false, "not assessed")
  }
}
