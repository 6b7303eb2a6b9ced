import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihReport

/// Hostile names, groups, notes and session titles in every format.
@Suite struct ReportEscapingTests {
  static let hostile = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "=HYPERLINK(\"http://x\")",
    "</title>",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "Ani | *tebal* _miring_ `kode` [tautan](http://x) &amp;",
    "Evil\u{1B}[2J\u{1B}]0;title\u{07}",
  ]

  /// The hostile data folder's report: of the first session, or (`whole`) of all data
  /// with a second hostile session in the header and `--by`'s table.
  static func model(
    language: Language = .id, whole: Bool = false, by: ReportComparisonKind? = nil
  ) throws -> ReportModel {
    var scenario = ReportScenario()
    let session = scenario.session(
      "</title><script>alert(2)</script>", place: "'><svg onload=alert(3)>", date: "2023-08-05")
    let second = scenario.session(
      "<style>*{}</style>", place: "<a href=x>p</a>", date: "\"><u>d</u>")
    for (index, name) in hostile.enumerated() {
      let group = index % 2 == 0 ? "<b onclick=x>grp</b>" : "=cmd|grp"
      let id = scenario.enroll(name, group: group, sessions: [session, second])
      scenario.record(
        id, "installed-app", false, reason: "<i>r</i>", note: "<svg onload=alert(4)>",
        session: session)
      scenario.take(id, "dasar", [("komisi", [false]), ("bukan-mlm", [true]), ("umur", [false])])
    }
    let filter = whole ? ReportFilter(by: by) : ReportFilter(session: session, by: by)
    return try scenario.model(filter, language: language)
  }

  static let allowedTags: Set<String> = [
    "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
    "dl",
    "dt", "dd", "div", "figure", "figcaption", "svg", "text", "rect", "section", "table",
    "thead", "tbody", "tr", "th", "td", "p", "ul", "li", "br",
  ]

  /// Every tag in `html` as (name, attribute text), `<` to `>`.
  static func tags(_ html: String) -> [(name: String, attributes: String)] {
    var result: [(String, String)] = []
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { break }
      let inside = rest[rest.index(after: open)..<close]
      let trimmed = inside.hasPrefix("/") ? inside.dropFirst() : inside
      let name = trimmed.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
      result.append((name, String(trimmed.dropFirst(name.count))))
      rest = rest[rest.index(after: close)...]
    }
    return result
  }

  @Test func htmlEscapesEveryValue() throws {
    let html = ReportFormat.html.render(try Self.model())
    try Self.checkTags(html)
    let lowered = html.lowercased()
    #expect(!lowered.contains("<script"))
    #expect(!lowered.contains("<img"))
    #expect(!lowered.contains("<b "))
    #expect(!lowered.contains("<i>"))
    #expect(!lowered.contains("url("))
    #expect(!lowered.contains("@import"))
    // The page and three charts (indicators, lessons, reasons).
    #expect(html.components(separatedBy: "<title>").count == 5)
    #expect(html.components(separatedBy: "</title>").count == 5)
    for escaped in [
      "&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
      "=HYPERLINK(&quot;http://x&quot;)", "&lt;/title&gt;", "&lt;b onclick=x&gt;grp&lt;/b&gt;",
      "&#39;&gt;&lt;svg onload=alert(3)&gt;", "&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
      "&lt;i&gt;r&lt;/i&gt;", "&amp;amp;",
    ] {
      #expect(html.contains(escaped), "missing \(escaped)")
    }
    #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("@page { size: A4 portrait;"))
  }

  /// Every tag of `html` is one the report writes, with no handler and no resource.
  static func checkTags(_ html: String) throws {
    for (name, attributes) in Self.tags(html) {
      #expect(Self.allowedTags.contains(name), "unexpected tag <\(name)")
      let attributeNames = attributes.split(whereSeparator: \.isWhitespace).map {
        $0.prefix { $0 != "=" }.lowercased()
      }
      #expect(!attributeNames.contains { $0.hasPrefix("on") }, "event handler in <\(name)")
      #expect(!attributeNames.contains { ["src", "href", "xlink:href", "srcset"].contains($0) })
      #expect(!attributes.lowercased().contains("http"), "a resource in <\(name)")
    }
  }

  /// The header's sessions, the comparison (table and chart) and the per-person table
  /// escape sessions, groups, names and reason ids.
  @Test(arguments: [ReportComparisonKind.session, .group])
  func htmlEscapesTheSessionsComparisonAndPeople(_ by: ReportComparisonKind) throws {
    let model = try Self.model(whole: true, by: by)
    #expect(model.people.count == Self.hostile.count)
    #expect(model.comparison?.rows.count == 2)
    var people = model
    people.peopleOnly = true
    let html = ReportFormat.html.render(model) + ReportFormat.html.render(people)
    try Self.checkTags(html)
    let lowered = html.lowercased()
    for raw in ["<script", "<img", "<b ", "<i>", "<style>*", "<a ", "<u>"] {
      #expect(!lowered.contains(raw), "unescaped \(raw)")
    }
    // Two pages, the first with four charts (indicators, lessons, reasons, comparison).
    #expect(html.components(separatedBy: "<title>").count == 7)
    var escaped = [
      "&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;", "&lt;style&gt;*{}&lt;/style&gt;",
      "&lt;a href=x&gt;p&lt;/a&gt;", "&quot;&gt;&lt;u&gt;d&lt;/u&gt;",
      "&lt;script&gt;alert(1)&lt;/script&gt;", "(&lt;i&gt;r&lt;/i&gt;)",
    ]
    if by == .group { escaped.append("&lt;b onclick=x&gt;grp&lt;/b&gt;</text>") }
    for text in escaped { #expect(html.contains(text), "missing \(text)") }
    #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    let markdown = ReportFormat.md.render(model) + ReportFormat.md.render(people)
    #expect(markdown.contains("\\<style\\>\\*{}\\</style\\>"))
    #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
    #expect(!markdown.contains("\u{1B}"))
    let text = ReportFormat.text.render(model) + ReportFormat.text.render(people)
    #expect(!text.contains("\u{1B}"))
    for csv in [ReportFormat.csv.render(model), ReportFormat.csv.render(people)] {
      let rows = try #require(CSVParser.parse(String(csv.dropFirst())))
      for cell in rows.joined() where Double(cell) == nil {
        #expect(!["=", "+", "-", "@"].contains(cell.unicodeScalars.first), "unsafe cell \(cell)")
      }
    }
    let peopleRows = try #require(
      CSVParser.parse(String(ReportFormat.csv.render(people).dropFirst())))
    #expect(peopleRows.contains { $0.contains("'=cmd|grp") })
    #expect(peopleRows.contains { $0.contains("'=HYPERLINK(\"http://x\")") })
  }

  @Test func csvIsFormulaSafe() throws {
    let text = ReportFormat.csv.render(try Self.model())
    let rows = try #require(CSVParser.parse(String(text.dropFirst())))
    for cell in rows.joined() where Double(cell) == nil {
      let first = cell.unicodeScalars.first
      #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "unsafe cell \(cell)")
    }
    let names = rows.filter { $0.first == "needs_help" }.dropFirst().map { $0[2] }
    #expect(names.contains("'=HYPERLINK(\"http://x\")"))
    #expect(names.contains("'+cmd|' /C calc'!A0"))
    #expect(names.contains("'-2+3"))
    #expect(names.contains("'@SUM(A1)"))
    #expect(names.contains("<script>alert(1)</script>"))
    #expect(!text.contains("\u{1B}"))
    #expect(
      CSVParser.parseWithPython(text) == .rows(rows), "python3's csv module reads it the same")
    #expect(CSVTable.field(" =1+1") == "' =1+1")
    #expect(CSVTable.field("\tx") == "' x")
    #expect(CSVTable.field("a,b") == "\"a,b\"")
    #expect(CSVTable.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
  }

  @Test func markdownEscapes() throws {
    let markdown = ReportFormat.md.render(try Self.model())
    #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
    #expect(
      markdown.contains(
        "Ani \\| \\*tebal\\* \\_miring\\_ \\`kode\\` \\[tautan\\](http://x) \\&amp;"))
    #expect(!markdown.contains("\u{1B}"))
    let helpRows = markdown.split(separator: "\n").drop { !$0.hasPrefix("## Peserta yang perlu") }
      .dropFirst().prefix { !$0.hasPrefix("## ") }.filter { $0.hasPrefix("| ") }
    for row in helpRows {
      let unescapedPipes = row.split(separator: "|", omittingEmptySubsequences: false).count
      let escapedPipes = row.components(separatedBy: "\\|").count - 1
      #expect(unescapedPipes - escapedPipes == 5, "row splits into other cells: \(row)")
    }
  }

  @Test func textAndJSONKeepTheTerminalSafe() throws {
    let model = try Self.model()
    let text = ReportFormat.text.render(model)
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{07}"))
    #expect(text.contains("Evil\u{FFFD}[2J"))
    let json = ReportFormat.json.render(model)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let names = (object["needsHelp"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
    #expect(Set(names ?? []) == Set(Self.hostile))
  }
}
