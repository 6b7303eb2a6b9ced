import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihReport

/// HTML and CSV injection through the organizer's outputs. The same data folder and course
/// are built twice, once with a payload in every field and once with harmless words in
/// the same places: the HTML report and certificate must have exactly the same elements and
/// attributes (0 from data), the JSON must parse to the same shape, and the CSV must have
/// the same rows and columns with 0 cells a spreadsheet would run as a formula.
@Suite struct InjectionTests {
  /// Every tag of `html` as `name attribute…` (attribute names only, sorted), in order.
  static func structure(_ html: String) -> [String] {
    var result: [String] = []
    var scalars = Array(html.unicodeScalars)[...]
    while let open = scalars.firstIndex(of: "<") {
      scalars = scalars[(open + 1)...]
      guard let first = scalars.first, first.properties.isAlphabetic || first == "/" || first == "!"
      else { continue }
      var tag = ""
      var quote: Unicode.Scalar?
      while let scalar = scalars.popFirst() {
        if let open = quote {
          if scalar == open { quote = nil }
          continue
        }
        if scalar == "\"" || scalar == "'" {
          quote = scalar
          tag.unicodeScalars.append("=")
          continue
        }
        if scalar == ">" { break }
        tag.unicodeScalars.append(scalar)
      }
      let words = tag.split(whereSeparator: \.isWhitespace).map {
        $0.split(separator: "=").first ?? ""
      }
      result.append(
        ([words.first ?? ""] + words.dropFirst().sorted()).joined(separator: " ").lowercased())
    }
    return result
  }

  /// A data folder (merged from another laptop) and a course, with `texts[i]` in the
  /// fields of person `i`, and all of them in the course's titles and labels.
  static func folder(_ directory: TemporaryDirectory, _ name: String, texts: [String]) throws
    -> CLIHarness
  {
    var files = ReportCourseFixture.files
    let joined = texts.joined(separator: " ")
    files["course.md"] = files["course.md"]!
      .replacingOccurrences(of: "title.id: Kursus Uji Afiliasi", with: "title.id: " + joined)
      .replacingOccurrences(of: "Peserta sudah menginstal aplikasi TikTok", with: texts[0])
      .replacingOccurrences(of: "Kendala input dokumen persyaratan", with: texts[1])
    for (index, id) in ["dasar", "bacaan", "konten", "tes"].enumerated() {
      let path = "id/\(id).md"
      let title = files[path]!.split(separator: "\n")[2]
      files[path] = files[path]!.replacingOccurrences(of: title, with: "title: " + texts[2 + index])
    }
    for (path, text) in files { try directory.write("\(name)/lessons/\(path)", text) }
    var harness = try CLIHarness(directory, data: "\(name)/data")
    harness.lessons = directory.path("\(name)/lessons")
    var export = HostileExport()
    let session = export.session(texts[0])
    for text in texts { export.person(text, name: text, session: session) }
    try directory.write("\(name)/lain.latih", export.bytes)
    let merged = harness.run(["merge", directory.path("\(name)/lain.latih")])
    guard merged.code == .ok else {
      throw SystemError(code: 5, operation: .read, path: merged.errors)
    }
    return harness
  }

  /// Runs `arguments` on both folders; returns both outputs.
  static func both(_ hostile: CLIHarness, _ benign: CLIHarness, _ arguments: [String]) -> (
    String, String
  ) {
    (hostile.run(arguments).output, benign.run(arguments).output)
  }

  @Test func htmlReportAndCertificateHaveNoElementOrAttributeFromData() throws {
    try TemporaryDirectory.with { directory in
      let payloads = HostileText.html
      let hostile = try Self.folder(directory, "racun", texts: payloads)
      let benign = try Self.folder(directory, "aman", texts: payloads.indices.map { "aman\($0)" })
      var checked = 0
      var problems: [String] = []
      for extra in [[], ["--anonymize"], ["--session", "5e550001"], ["--lang", "en"]] {
        let (bad, good) = Self.both(hostile, benign, ["report", "--format", "html"] + extra)
        checked += 1
        #expect(bad.contains("<table"), "no report: \(bad.prefix(200))")
        #expect(bad.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "payloads not in the report")
        if Self.structure(bad) != Self.structure(good) {
          let difference = zip(Self.structure(bad), Self.structure(good)).first { $0 != $1 }
          problems.append("report \(extra): \(String(describing: difference))")
        }
      }
      for payload in payloads {
        let certificate = { (text: String) in
          let page = Certificate(
            kind: .completion, name: text, courseTitle: text, sessionTitle: text, place: text,
            date: "2023-08-05", organizer: text, signers: [text, text], score: 90,
            code: "ABCDE-23456")
          return CertificateDocument.html([page], language: .id)
        }
        checked += 1
        if Self.structure(certificate(payload)) != Self.structure(certificate("aman")) {
          problems.append("certificate: \(payload)")
        }
      }
      CampaignFigures.report("html payloads", payloads.count)
      CampaignFigures.report("html documents checked", checked)
      #expect(payloads.count >= 50)
      #expect(problems.isEmpty, "\(problems.prefix(5))")
    }
  }

  /// The certificate command end to end, for a person named with the payloads (the first
  /// 120 characters of them all, as stored).
  @Test func certificateCommandEscapesAName() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let name = HostileText.html.joined(separator: " ")
      // A session's title and place are refused over 120 characters, never cut: typed cut.
      let title = String(name.prefix(120))
      try harness.prepare(["session", "new", title, "--place", title, "--date", "2023-08-05"])
      try harness.prepare(["participants", "add", name, "--code", "S1"])
      let answers = ["dasar": ["b", "s", "b"], "bacaan": [""], "konten": ["a"]]
      for (lesson, lines) in answers {
        let result = harness.run(
          ["learn", lesson, "--as", "S1", "--no-shuffle"], input: lines + ["", "q"])
        #expect(result.code == .ok)
      }
      let result = harness.run(
        ["certificate", "S1", "--kind", "completion", "--out", "s.html", "--signer", name])
      #expect(result.code == .ok, "\(result.errors)")
      let html = String(decoding: try directory.read("s.html"), as: UTF8.self)
      let plain = CertificateDocument.html(
        [
          Certificate(
            kind: .completion, name: "x", courseTitle: "x", sessionTitle: "x", place: "x",
            date: "2023-08-05", organizer: nil, signers: ["x"], score: 1, code: "x")
        ], language: .id)
      #expect(Self.structure(html) == Self.structure(plain))
    }
  }

  /// A cell starts a live formula when, after spaces, it begins with `= + - @`, or it
  /// begins with a tab or carriage return.
  static func isLiveFormula(_ cell: String) -> Bool {
    guard let first = cell.unicodeScalars.first else { return false }
    if first == "\t" || first == "\r" { return true }
    let visible = cell.unicodeScalars.first { $0 != " " && $0 != "\u{A0}" }
    return visible.map { "=+-@".unicodeScalars.contains($0) } ?? false
  }

  @Test func csvReportHasNoLiveFormulaAndKeepsItsShape() throws {
    try TemporaryDirectory.with { directory in
      let payloads = HostileText.csv
      let hostile = try Self.folder(directory, "racun", texts: payloads)
      let benign = try Self.folder(directory, "aman", texts: payloads.indices.map { "aman\($0)" })
      var cells = 0
      var problems: [String] = []
      for extra in [[], ["--anonymize"], ["--lang", "en"]] {
        let (bad, good) = Self.both(hostile, benign, ["report", "--format", "csv"] + extra)
        guard let rows = CSVParser.parse(String(bad.dropFirst())),
          let baseline = CSVParser.parse(String(good.dropFirst()))
        else {
          problems.append("\(extra): not valid CSV")
          continue
        }
        if rows.map(\.count) != baseline.map(\.count) { problems.append("\(extra): shape differs") }
        if extra.isEmpty {
          #expect(rows.joined().contains("'=HYPERLINK(\"http://jahat.example\",\"klik\")"))
        }
        for cell in rows.joined() {
          cells += 1
          if Self.isLiveFormula(cell) {
            problems.append("\(extra): live formula \(cell.debugDescription)")
          }
        }
      }
      for extra in [[], ["--anonymize"]] {
        let (bad, good) = Self.both(hostile, benign, ["report", "--format", "json"] + extra)
        let parsed = try JSONSerialization.jsonObject(with: Data(bad.utf8)) as? [String: Any]
        let baseline = try JSONSerialization.jsonObject(with: Data(good.utf8)) as? [String: Any]
        #expect(parsed?.keys.sorted() == baseline?.keys.sorted())
      }
      CampaignFigures.report("csv payloads", payloads.count)
      CampaignFigures.report("csv cells checked", cells)
      #expect(payloads.count >= 50)
      #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(5))")
    }
  }

  /// The structure comparison sees an injected element or attribute.
  @Test func structureSeesInjection() {
    let page = { (text: String) in "<p class=\"a\">\(text)</p>" }
    #expect(Self.structure(page("aman")) == Self.structure(page("&lt;b&gt;")))
    #expect(Self.structure(page("aman")) != Self.structure(page("<b>x</b>")))
    #expect(Self.structure("<p class=\"a\">") != Self.structure("<p class=\"a\" onclick=\"x\">"))
  }
}
