import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihReport

/// The report as a workbook: the sheets, the figures as typed cells, hostile text.
@Suite struct XLSXReportTests {
  static func document(_ model: ReportModel) throws -> XLSXDocument {
    try XLSXDocument(ReportFormat.xlsx.bytes(model))
  }

  @Test func sheetsOfAReport() throws {
    let id = try Self.document(try ReportCheckFigure.model())
    #expect(
      id.sheets.map(\.name) == [
        "Ringkasan", "Indikator", "Alasan belum", "Pelajaran", "Soal", "Perlu dibantu",
        "Peserta",
      ])
    let en = try Self.document(try ReportCheckFigure.model(language: .en))
    #expect(
      en.sheets.map(\.name) == [
        "Summary", "Indicators", "Reasons not yet", "Lessons", "Questions", "Needs help",
        "Participants",
      ])
    for sheet in id.sheets {
      let titles = sheet.cells.filter { $0.reference.drop { $0.isLetter } == "1" }
      #expect(!titles.isEmpty && titles.allSatisfy { $0.style == XLSXStyle.header.rawValue })
    }
  }

  /// The check figure: 18/20 (90 %), 9/20 (45 %, 11 not yet: 55 % documents), 15/20 (75 %).
  @Test func checkFigureAsNumbersAndPercentages() throws {
    let document = try Self.document(try ReportCheckFigure.model())
    let sheet = try #require(document.sheet("Indikator"))
    let expected: [(String, Int, Int, String, Int, String)] = [
      ("installed-app", 20, 18, "0.90", 2, "0.10"),
      ("affiliate-account", 20, 9, "0.45", 11, "0.55"),
      ("video-content", 20, 15, "0.75", 5, "0.25"),
    ]
    for (indicator, assessed, achieved, share, notYet, notYetShare) in expected {
      let row = try #require(sheet.row(where: indicator, in: document))
      let cells = ["C", "D", "E", "F", "G"].map { sheet.cell("\($0)\(row)") }
      #expect(cells.allSatisfy { $0?.type == nil && $0?.formula == false }, "numbers")
      #expect(
        cells.map { $0?.value } == ["\(assessed)", "\(achieved)", share, "\(notYet)", notYetShare])
      #expect(cells[2]?.style == XLSXStyle.percent.rawValue)
      #expect(cells[4]?.style == XLSXStyle.percent.rawValue)
      #expect(cells[0]?.style == XLSXStyle.normal.rawValue)
      #expect(document.text(sheet.cell("B\(row)"))?.hasPrefix("Peserta ") == true)
    }
    let reasons = try #require(document.sheet("Alasan belum"))
    let documents = try #require(
      reasons.cells.first { document.text($0) == "documents" }.map {
        Int($0.reference.dropFirst())!
      })
    #expect(reasons.cell("E\(documents)")?.value == "11")
    #expect(reasons.cell("F\(documents)")?.value == "0.55")
    #expect(reasons.cell("G\(documents)")?.value == "20")
    let summary = try #require(document.sheet("Ringkasan"))
    let enrolled = try #require(summary.row(where: "Terdaftar", in: document))
    #expect(
      summary.cell("B\(enrolled)")?.value == "30" && summary.cell("B\(enrolled)")?.type == nil)
    let assessed = try #require(summary.row(where: "Dinilai", in: document))
    #expect(summary.cell("B\(assessed)")?.value == "20")
    let session = try #require(summary.row(where: "Sesi", in: document))
    #expect(document.text(summary.cell("B\(session)")) == "Pelatihan TikTok Affiliate")
    let anonymized = try #require(summary.row(where: "Nama disamarkan", in: document))
    #expect(
      summary.cell("B\(anonymized)")?.type == "b" && summary.cell("B\(anonymized)")?.value == "0")
  }

  /// The golden scenario's lessons, questions and test: means with one decimal, the gain
  /// with two, the hardest flag a boolean, the same figures as the JSON report.
  @Test func lessonsQuestionsAndTestMatchTheJSONReport() throws {
    let (scenario, session) = ReportGoldenTests.scenario()
    let model = try scenario.model(ReportFilter(session: session))
    let document = try Self.document(model)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(model).utf8))
        as? [String: Any])
    let lessons = try #require(document.sheet("Pelajaran"))
    for lesson in try #require(json["lessons"] as? [[String: Any]]) {
      let row = try #require(lessons.row(where: lesson["id"] as! String, in: document))
      let completed = lesson["completed"] as! [String: Any]
      #expect(lessons.cell("F\(row)")?.value == "\(completed["n"]!)")
      #expect(
        lessons.cell("G\(row)").flatMap { Double($0.value ?? "") }
          == (completed["percent"] as? Int).map { Double($0) / 100 })
      let mean = lesson["meanScore"] as? Double
      #expect(lessons.cell("H\(row)").flatMap { Double($0.value ?? "") } == mean)
      if mean != nil { #expect(lessons.cell("H\(row)")?.style == XLSXStyle.oneDecimal.rawValue) }
    }
    let questions = try #require(document.sheet("Soal"))
    let rows =
      (json["questions"] as! [[String: Any]]).count
      + (json["preTestQuestions"] as! [[String: Any]]).count
    #expect(Set(questions.cells.map { $0.reference.dropFirst() }).count == rows + 1)
    let hardest = questions.cells.filter { $0.reference.hasPrefix("J") && $0.type == "b" }
    #expect(hardest.filter { $0.value == "1" }.count == 2)
    let summary = try #require(document.sheet("Ringkasan"))
    let gain = try #require(summary.row(where: "Gain ternormalisasi", in: document))
    #expect(summary.cell("B\(gain)")?.value == "0.50")
    #expect(summary.cell("B\(gain)")?.style == XLSXStyle.twoDecimals.rawValue)
    let help = try #require(document.sheet("Perlu dibantu"))
    #expect(help.cells.contains { document.text($0) == "KTP belum ada" })
  }

  @Test func hostileNamesStayTextAndTheXMLStaysWellFormed() throws {
    let document = try Self.document(try ReportEscapingTests.model())
    for sheet in document.sheets { #expect(!sheet.elements.contains("f"), "\(sheet.name)") }
    let help = try #require(document.sheet("Perlu dibantu"))
    for name in ReportEscapingTests.hostile {
      let clean = String(
        String.UnicodeScalarView(name.unicodeScalars.filter(SpreadsheetXML.isAllowed)))
      let cell = help.cells.first { $0.reference.hasPrefix("B") && document.text($0) == clean }
      #expect(cell?.type == "s", "\(name.debugDescription)")
      #expect(
        cell?.style == (XLSXStyle.looksLikeFormula(name) ? XLSXStyle.literalText : .normal).rawValue
      )
    }
    #expect(document.strings.contains("</title><script>alert(2)</script>"))
    #expect(!document.strings.contains { $0.unicodeScalars.contains("\u{1B}") })
  }

  /// `--by session`: a sheet after the others with each session's figures as numbers,
  /// the same as the comparison the other formats show.
  @Test func comparisonSheet() throws {
    let (scenario, day1, day2, _) = ReportPartsTests.twoSessions()
    let model = try scenario.model(ReportFilter(by: .session))
    let document = try Self.document(model)
    #expect(document.sheets.map(\.name).suffix(2) == ["Perbandingan", "Peserta"])
    let sheet = try #require(document.sheet("Perbandingan"))
    let first = try #require(sheet.row(where: day1, in: document))
    let second = try #require(sheet.row(where: day2, in: document))
    #expect(document.text(sheet.cell("B\(first)")) == "Hari pertama")
    #expect(document.text(sheet.cell("C\(first)")) == "Balai Desa")
    // ID, session, place, date, people, assessed, then installed-app: achieved, N, %.
    #expect(sheet.cell("E\(first)")?.value == "2")
    #expect(sheet.cell("G\(first)")?.value == "1" && sheet.cell("H\(first)")?.value == "2")
    #expect(sheet.cell("I\(first)")?.value == "0.50")
    #expect(sheet.cell("I\(first)")?.style == XLSXStyle.percent.rawValue)
    #expect(sheet.cell("E\(second)")?.value == "2")
    // Without --by there is no comparison sheet.
    #expect(try Self.document(try scenario.model()).sheet("Perbandingan") == nil)
  }

  /// `--people`: the summary and one table in roster order, outcomes as words, reasons
  /// by label, scores as numbers.
  @Test func peopleSheet() throws {
    var (scenario, _, _, ids) = ReportPartsTests.twoSessions()
    scenario.record(ids[2], "installed-app", false, reason: "documents")
    scenario.test(ids[2], .pre, score: 40)
    var model = try scenario.model(language: .en)
    model.peopleOnly = true
    let document = try Self.document(model)
    #expect(document.sheets.map(\.name) == ["Summary", "Participants"])
    let sheet = try #require(document.sheet("Participants"))
    let citra = try #require(
      sheet.cells.first { $0.reference.hasPrefix("C") && document.text($0) == "Citra" }
        .flatMap { Int($0.reference.dropFirst()) })
    let number = try #require(model.people.first { $0.name == "Citra" }?.number)
    #expect(sheet.cell("A\(citra)")?.value == String(number))
    #expect(document.text(sheet.cell("B\(citra)")) == ids[2])
    #expect(document.text(sheet.cell("E\(citra)"))?.hasPrefix("not yet") == true)
    #expect(document.text(sheet.cell("F\(citra)"))?.isEmpty == false)
    // After 3 indicators × 2 columns: completed, lessons, passed, pre-test, post-test.
    #expect(sheet.cell("N\(citra)")?.value == "0.40")
    #expect(sheet.cell("O\(citra)") == nil || sheet.cell("O\(citra)")?.value == nil)
  }
}
