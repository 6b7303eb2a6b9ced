import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihReport

/// The check figure in the model and in every format.
@Suite struct ReportCheckFigureTests {
  @Test func modelHoldsTheCheckFigure() throws {
    let model = try ReportCheckFigure.model()
    #expect(model.header.enrolled == 30)
    #expect(model.header.assessed == 20)
    #expect(model.header.session?.title == "Pelatihan TikTok Affiliate")
    let rows = Dictionary(uniqueKeysWithValues: model.indicators.map { ($0.id, $0) })
    #expect(model.indicators.map(\.id) == ["installed-app", "affiliate-account", "video-content"])
    #expect(rows["installed-app"]?.achieved == ReportRatio(18, of: 20))
    #expect(rows["installed-app"]?.achieved.percent == 90)
    #expect(rows["affiliate-account"]?.achieved.percent == 45)
    #expect(rows["affiliate-account"]?.notYet == ReportRatio(11, of: 20))
    #expect(rows["affiliate-account"]?.notYet.percent == 55)
    #expect(rows["affiliate-account"]?.reasons.map(\.id) == ["documents"])
    #expect(rows["affiliate-account"]?.reasons.first?.count == ReportRatio(11, of: 20))
    #expect(rows["affiliate-account"]?.reasons.first?.count.percent == 55)
    #expect(rows["video-content"]?.achieved.percent == 75)
    #expect(rows["video-content"]?.reasons.map(\.id) == ["other", nil])
    #expect(rows["video-content"]?.reasons.map(\.count.count) == [3, 2])
    #expect(rows["video-content"]?.reasons.last?.label == "tanpa alasan")
  }

  /// Five more people who only ticked their own checklist: the verified figure is the
  /// same in the model and in every format; the ticks are in the self-reported columns.
  @Test func selfTicksChangeNoneOfTheVerifiedFigure() throws {
    let plain = try ReportCheckFigure.model()
    let ticked = try ReportCheckFigure.model(selfTickers: 5)
    #expect(ticked.header.enrolled == 35)
    #expect(ticked.header.assessed == 20)
    #expect(ticked.header.selfReported == 5)
    for (before, after) in zip(plain.indicators, ticked.indicators) {
      #expect(after.assessed == before.assessed)
      #expect(after.achieved == before.achieved)
      #expect(after.notYet == before.notYet)
      #expect(after.reasons == before.reasons)
      #expect(after.selfYes == ReportRatio(5, of: 5))
    }
    #expect(ticked.needsHelp == plain.needsHelp)
    for format in ReportFormat.textFormats {
      let text = format.render(ticked)
      for figure in ["18", "90", "9", "45", "11", "55", "15", "75"] {
        #expect(text.contains(figure), "\(format) \(figure)")
      }
    }
    let markdown = ReportFormat.md.render(ticked)
    #expect(
      markdown.contains(
        "| Peserta sudah menginstal aplikasi TikTok | 20 | 18/20 | 90% | 2/20 | 10% |"))
    #expect(markdown.contains("| Peserta sudah menginstal aplikasi TikTok | 5 | 5/5 | 100% |"))
    let text = ReportFormat.text.render(ticked).split(separator: "\n")
    let installed = text.first { $0.hasPrefix("Peserta sudah menginstal") }
    #expect(installed?.hasSuffix("  20     18/20  90%   2/20  10%") == true)
    let html = ReportFormat.html.render(ticked)
    for caption in ["18/20 (90%)", "9/20 (45%)", "15/20 (75%)"] {
      #expect(html.contains(">" + caption + "</text>"))
    }
    let rows = try #require(CSVParser.parse(String(ReportFormat.csv.render(ticked).dropFirst())))
    let installedRow = rows.first { $0.first == "indicators" && $0[1] == "installed-app" }
    #expect(installedRow?[3...12] == ["20", "18", "90", "2", "10", "5", "5", "100", "0", "0"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(ticked).utf8))
        as? [String: Any])
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    #expect(
      indicators.map { ($0["achieved"] as? [String: Any])?["percent"] as? Int } == [90, 45, 75])
    #expect(indicators.map { $0["assessed"] as? Int } == [20, 20, 20])
  }

  @Test func allDataCountsTheOtherSessionToo() throws {
    let model = try ReportCheckFigure.scenario().scenario.model()
    #expect(model.header.enrolled == 32)
    #expect(model.header.assessed == 22)
    #expect(model.indicators[0].achieved == ReportRatio(18, of: 22))
    #expect(model.indicators[0].reasons.map(\.id) == ["no-smartphone", "network"])
  }

  @Test func json() throws {
    let text = ReportFormat.json.render(try ReportCheckFigure.model())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "latih-report")
    #expect(object["version"] as? Int == 1)
    #expect(object["enrolled"] as? Int == 30)
    #expect(object["assessed"] as? Int == 20)
    let indicators = try #require(object["indicators"] as? [[String: Any]])
    let percents = indicators.map { ($0["achieved"] as? [String: Any])?["percent"] as? Int }
    #expect(percents == [90, 45, 75])
    #expect(indicators.map { $0["assessed"] as? Int } == [20, 20, 20])
    let affiliate = indicators[1]
    let notYet = try #require(affiliate["notYet"] as? [String: Any])
    #expect(notYet["n"] as? Int == 11)
    #expect(notYet["of"] as? Int == 20)
    #expect(notYet["percent"] as? Int == 55)
    let reasons = try #require(affiliate["reasons"] as? [[String: Any]])
    #expect(reasons.count == 1)
    #expect(reasons[0]["id"] as? String == "documents")
    #expect(reasons[0]["n"] as? Int == 11)
    #expect(reasons[0]["percent"] as? Int == 55)
    let scope = try #require(object["scope"] as? [String: Any])
    let session = try #require(scope["session"] as? [String: Any])
    #expect(session["place"] as? String == "GSG Jaya Tinggi")
  }

  @Test func csvParsesAndHoldsTheFigure() throws {
    let text = ReportFormat.csv.render(try ReportCheckFigure.model())
    #expect(text.hasPrefix("\u{FEFF}"))
    #expect(text.hasSuffix("\r\n"))
    let rows = try #require(CSVParser.parse(String(text.dropFirst())))
    let indicators = rows.filter { $0.first == "indicators" }
    #expect(
      indicators.first
        == [
          "indicators", "indicator_id", "label", "assessed", "achieved", "achieved_percent",
          "not_yet", "not_yet_percent", "self_answered", "self_yes", "self_yes_percent",
          "self_no", "self_no_percent",
        ])
    let data = Dictionary(uniqueKeysWithValues: indicators.dropFirst().map { ($0[1], $0) })
    #expect(data["installed-app"]?[3...5] == ["20", "18", "90"])
    #expect(data["affiliate-account"]?[3...7] == ["20", "9", "45", "11", "55"])
    #expect(data["video-content"]?[5] == "75")
    let reasons = rows.filter { $0.first == "reasons" }
    #expect(
      reasons.contains([
        "reasons", "affiliate-account", "documents", "Kendala input dokumen persyaratan", "11",
        "55",
      ]))
    #expect(
      CSVParser.parseWithPython(text) == .rows(rows), "python3's csv module reads it the same")
  }

  @Test func markdownTextAndHTMLShowTheFigure() throws {
    let model = try ReportCheckFigure.model()
    let markdown = ReportFormat.md.render(model)
    #expect(
      markdown.contains(
        "| Peserta sudah menginstal aplikasi TikTok | 20 | 18/20 | 90% | 2/20 | 10% |"))
    #expect(
      markdown.contains(
        "| 20 | 9/20 | 45% | 11/20 | 55% | Kendala input dokumen persyaratan: 11/20 (55%) |"))
    #expect(markdown.contains("| 20 | 15/20 | 75% | 5/20 | 25% |"))
    let text = ReportFormat.text.render(model)
    let lines = text.split(separator: "\n")
    let installed = lines.first { $0.hasPrefix("Peserta sudah menginstal") }
    #expect(installed?.hasSuffix("  20     18/20  90%   2/20  10%") == true)
    let affiliate = lines.first { $0.hasPrefix("Peserta berhasil membuat akun") }
    #expect(affiliate?.hasSuffix("  20      9/20  45%  11/20  55%") == true)
    #expect(lines.contains { $0.contains("Kendala input dokumen") && $0.hasSuffix("11/20  55%") })
    #expect(lines.contains { $0.hasPrefix("Peserta bisa membuat") && $0.contains("15/20  75%") })
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    let html = ReportFormat.html.render(model)
    for caption in ["18/20 (90%)", "9/20 (45%)", "15/20 (75%)"] {
      #expect(html.contains(">" + caption + "</text>"))
    }
    #expect(html.contains("<td class=\"n\">45%</td>"))
    #expect(html.contains("Kendala input dokumen persyaratan: 11/20 (55%)"))
  }

  @Test func englishLabels() throws {
    let model = try ReportCheckFigure.model(language: .en)
    #expect(model.indicators[1].label == "The participant has created a TikTok Affiliate account")
    #expect(model.indicators[1].reasons[0].label == "Problems submitting the required documents")
    let html = ReportFormat.html.render(model)
    #expect(html.contains("<html lang=\"en\">"))
  }
}
