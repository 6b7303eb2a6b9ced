import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData

/// The facilitator's day through the real commands (`Latih.main` on real data folders
/// and the bundled course): session, roster import, `evaluate`, two laptops merged, and
/// the report whose numbers are PRODUCT.md's check figure.
@Suite struct FacilitatorFlowTests {
  /// The repository's bundled course.
  static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("lessons").path

  /// Runs `latih` on `data` with `input` lines for an interactive command.
  static func latih(_ arguments: [String], data: String, input: [String] = [])
    -> (code: ExitCode, output: String, errors: String, screen: String)
  {
    let output = BufferOutput()
    let errors = BufferOutput()
    let terminal = ScriptedTerminal(lines: input, width: 40)
    let context = Context(
      fileSystem: SystemFileSystem(), clock: SystemClock(), identifiers: SystemIdentifierSource(),
      output: output, errors: errors, makeTerminal: { _, _ in terminal }, environment: [:],
      workingDirectory: data, executablePath: nil, hostName: "laptop")
    let code = Latih.main(
      arguments: arguments + ["--data", data, "--lessons", lessons, "--color", "never"],
      context: context)
    return (code, output.text, errors.text, terminal.output)
  }

  /// The evaluate answers for 20 people: 18 installed the app, 9 have an affiliate
  /// account (11 blocked by documents), 15 can make a video.
  static var evaluateInput: [String] {
    var lines: [String] = []
    for person in 0..<20 {
      lines += person < 18 ? ["y"] : ["n5"]
      lines += person < 9 ? ["y"] : ["n1"]
      lines += person < 15 ? ["y"] : ["n7"]
    }
    return lines + ["q"]
  }

  @Test func facilitatorDayGivesTheCheckFigureInEveryFormat() throws {
    try TemporaryDirectory.with { directory in
      let hall = directory.path("hall")
      let home = directory.path("home")
      let created = Self.latih(
        [
          "session", "new", "Pelatihan TikTok Affiliate", "--place", "GSG Jaya Tinggi", "--date",
          "2023-08-05",
        ],
        data: hall)
      #expect(created.code == .ok)
      let roster =
        "nama;kelompok;kode\n"
        + (1...30).map { "Ani \($0 < 10 ? "0" : "")\($0);A;K\($0)" }.joined(separator: "\n")
      try directory.write("roster.csv", roster)
      let imported = Self.latih(
        ["participants", "import", directory.path("roster.csv")], data: hall)
      #expect(imported.code == .ok)
      #expect(
        imported.output.contains(
          PeopleText.importSummary(new: 30, matched: 0, repeated: 0, bad: 0).text(in: .id)))
      let evaluated = Self.latih(["evaluate"], data: hall, input: Self.evaluateInput)
      #expect(evaluated.code == .ok)
      // The screen wraps at 40 columns: compare the words.
      let done = FacilitatorText.evaluateDone(recorded: 60, skipped: 0).text(in: .id)
      #expect(Self.words(evaluated.screen).contains(Self.words(done)), "\(done)")

      // Two participants self-study on another laptop; its export is merged twice.
      for name in ["Budi", "Citra"] {
        let studied = Self.latih(
          ["learn", "apa-itu-afiliasi", "--no-shuffle"], data: home, input: [name, "", "", "", "q"])
        #expect(studied.code == .ok)
      }
      #expect(
        Self.latih(["export", "--out", directory.path("home.latih")], data: home).code == .ok)
      for _ in 0..<2 {
        #expect(Self.latih(["merge", directory.path("home.latih")], data: hall).code == .ok)
      }

      let json = Self.latih(["report", "--format", "json"], data: hall)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
      #expect(object["enrolled"] as? Int == 32)
      #expect(object["assessed"] as? Int == 20)
      let indicators = try #require(object["indicators"] as? [[String: Any]])
      func ratio(_ id: String, _ key: String) -> [String: Int] {
        let row = indicators.first { $0["id"] as? String == id }
        return (row?[key] as? [String: Any] ?? [:]).compactMapValues { $0 as? Int }
      }
      #expect(ratio("installed-app", "achieved") == ["n": 18, "of": 20, "percent": 90])
      #expect(ratio("affiliate-account", "achieved") == ["n": 9, "of": 20, "percent": 45])
      #expect(ratio("affiliate-account", "notYet") == ["n": 11, "of": 20, "percent": 55])
      #expect(ratio("video-content", "achieved") == ["n": 15, "of": 20, "percent": 75])
      let reasons =
        indicators.first { $0["id"] as? String == "affiliate-account" }?["reasons"]
        as? [[String: Any]]
      #expect(reasons?.first?["id"] as? String == "documents")
      #expect(reasons?.first?["n"] as? Int == 11)

      let html = Self.latih(["report", "--format", "html"], data: hall).output
      for (n, percent) in [(18, 90), (9, 45), (15, 75)] {
        #expect(html.contains(">\(n)/20<") || html.contains(" \(n)/20 "), "\(n)/20")
        #expect(html.contains("\(percent)%"))
      }
      #expect(!html.contains("<script"))
      for format in ["text", "md", "csv"] {
        let report = Self.latih(["report", "--format", format], data: hall)
        #expect(report.code == .ok)
        // The installed-app row: 18 of 20 achieved (90 %), 2 not yet (10 %).
        let row = Self.cells(report.output, row: "Peserta sudah menginstal aplikasi TikTok")
        let expected =
          format == "csv"
          ? ["indicators", "installed-app", "20", "18", "90", "2", "10"]
          : ["20", "18/20", "90", "2/20", "10"]
        #expect(Array(row.prefix(expected.count)) == expected, "\(format): \(row)")
      }
      let unknown = Self.latih(["report", "--format", "json", "--session", "ffff0000"], data: hall)
      #expect(unknown.code == .usage)
      let english = Self.latih(["report", "--lang", "en"], data: hall)
      let englishRow = Self.cells(
        english.output, row: "The participant has installed the TikTok app")
      #expect(Array(englishRow.prefix(5)) == ["20", "18/20", "90", "2/20", "10"], "\(englishRow)")
    }
  }

  /// The cells of the first line holding `label` in a text, Markdown or CSV report,
  /// split at `|`, `,` and runs of spaces (the label's own words included).
  static func cells(_ report: String, row label: String) -> [String] {
    let lines = report.split(whereSeparator: \.isNewline).filter { $0.contains(label) }
    // The indicator table's row, not a reason or note quoting the label.
    guard let line = lines.first(where: { $0.contains("90") }) else {
      return []
    }
    return line.replacingOccurrences(of: label, with: "")
      .split(whereSeparator: { $0 == "|" || $0 == "," || $0 == " " || $0 == "\"" || $0 == "%" })
      .map(String.init)
  }

  /// The words of `text`, one space between each.
  static func words(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

}
