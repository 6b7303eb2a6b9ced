import Testing

@testable import LatihCourse

/// Helpers shared by the course parser tests: a standard front matter, parsing a lesson
/// from text and building expected diagnostics in a table.
enum Fixture {
  /// The path every test lesson is parsed as.
  static let path = "t.md"

  /// A valid front matter of 5 lines, so a body starts on line 6.
  static let front = "---\nid: tes\ntitle: Tes\nminutes: 5\n---\n"

  /// The line number of the first body line after ``front``.
  static let bodyLine = 6

  /// Parses `text` as a lesson file at ``path``.
  static func parse(_ text: String, indicators: [String]? = nil)
    -> (lesson: Lesson?, diagnostics: [Diagnostic])
  {
    LessonParser.parse(Array(text.utf8), path: path, indicators: indicators)
  }

  /// Parses ``front`` followed by `body`.
  static func parseBody(_ body: String, indicators: [String]? = nil)
    -> (lesson: Lesson?, diagnostics: [Diagnostic])
  {
    parse(front + body, indicators: indicators)
  }

  /// Parses a body that must produce a lesson without any diagnostic.
  static func lesson(
    _ body: String, indicators: [String]? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Lesson {
    let (lesson, diagnostics) = parseBody(body, indicators: indicators)
    #expect(diagnostics == [], sourceLocation: sourceLocation)
    return try #require(lesson, sourceLocation: sourceLocation)
  }

  /// The blocks of the first page of a body that must parse cleanly.
  static func blocks(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> [Block]
  {
    let lesson = try lesson(body, sourceLocation: sourceLocation)
    return try #require(lesson.pages.first, sourceLocation: sourceLocation).blocks.map(\.merged)
  }

  /// The single question of a one-question quiz body that must parse cleanly.
  static func question(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> Question
  {
    let lesson = try lesson("## Kuis [quiz]\n" + body, sourceLocation: sourceLocation)
    #expect(lesson.questions.count == 1, sourceLocation: sourceLocation)
    return try #require(lesson.questions.first, sourceLocation: sourceLocation)
  }
}

/// An error at `line`:`column` of ``Fixture/path`` (or `path`).
func error(
  _ line: Int, _ column: Int, _ message: CheckMessage, path: String = Fixture.path
) -> Diagnostic {
  Diagnostic(.error, LatihCourse.SourceLocation(path: path, line: line, column: column), message)
}

/// A warning at `line`:`column` of ``Fixture/path`` (or `path`).
func warning(
  _ line: Int, _ column: Int, _ message: CheckMessage, path: String = Fixture.path
) -> Diagnostic {
  Diagnostic(.warning, LatihCourse.SourceLocation(path: path, line: line, column: column), message)
}

/// One row of a diagnostics table: a named input and exactly the diagnostics it must give.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  var expected: [Diagnostic]
  /// The course's indicators, when the case checks `[indicator: …]`.
  var indicators: [String]?

  /// A case whose `text` is a whole file.
  init(_ name: String, file text: String, indicators: [String]? = nil, _ expected: [Diagnostic]) {
    self.name = name
    self.text = text
    self.expected = expected
    self.indicators = indicators
  }

  /// A case whose `body` follows ``Fixture/front`` (body line 1 is file line 6).
  init(_ name: String, body: String, indicators: [String]? = nil, _ expected: [Diagnostic]) {
    self.init(name, file: Fixture.front + body, indicators: indicators, expected)
  }

  /// A case whose `body` is the content of a quiz page starting on line 6, so the first
  /// question heading is on line 7.
  init(_ name: String, quiz body: String, _ expected: [Diagnostic]) {
    self.init(name, body: "## K [quiz]\n" + body, expected)
  }

  /// The diagnostics of parsing ``text``.
  var actual: [Diagnostic] { Fixture.parse(text, indicators: indicators).diagnostics }

  var testDescription: String { name }
}
