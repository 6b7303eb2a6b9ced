import Foundation
@testable import LatihBase
@testable import LatihCLI
import LatihTestSupport
import Testing

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
      lines += person < 18 ? ["y"] : ["n", "5"]
      lines += person < 9 ? ["y"] : ["n", "1"]
      lines += person < 15 ? ["y"] : ["n", "7"]
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
      #expect(imported.output.contains("30"))
      let evaluated = Self.latih(["evaluate"], data: hall, input: Self.evaluateInput)
      #expect(evaluated.code == .ok)
      #expect(evaluated.screen.contains("60"))

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
        #expect(html.contains("\(n)/20"))
        #expect(html.contains("\(percent)%"))
      }
      #expect(!html.contains("<script"))
      for format in ["text", "md", "csv"] {
        let report = Self.latih(["report", "--format", format], data: hall)
        #expect(report.code == .ok)
        #expect(report.output.contains("18"))
        #expect(report.output.contains("90"))
      }
      let unknown = Self.latih(["report", "--format", "json", "--session", "ffff0000"], data: hall)
      #expect(unknown.code == .usage)
      let english = Self.latih(["report", "--lang", "en"], data: hall)
      #expect(english.output.contains("18/20"))
    }
  }
}
