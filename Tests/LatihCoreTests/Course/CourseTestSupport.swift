import Testing

@testable import LatihCore

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
  Diagnostic(.error, LatihCore.SourceLocation(path: path, line: line, column: column), message)
}

/// A warning at `line`:`column` of ``Fixture/path`` (or `path`).
func warning(
  _ line: Int, _ column: Int, _ message: CheckMessage, path: String = Fixture.path
) -> Diagnostic {
  Diagnostic(.warning, LatihCore.SourceLocation(path: path, line: line, column: column), message)
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

extension RichText {
  /// Shorthand for one plain span.
  static func plain(_ text: String) -> RichText { RichText(plain: text) }

  /// The same text with neighbouring spans of the same style merged, so lines joined by
  /// the parser compare equal to one written span.
  var merged: RichText {
    var result: [Span] = []
    for span in spans where !span.text.isEmpty {
      if let last = result.last, last.style == span.style, span.style == .plain {
        result[result.count - 1].text += span.text
      } else {
        result.append(span)
      }
    }
    return RichText(spans: result)
  }
}

extension Block {
  /// The block with every text ``RichText/merged``.
  var merged: Block {
    switch self {
    case .paragraph(let text): return .paragraph(text.merged)
    case .subheading(let text): return .subheading(text.merged)
    case .note(let text): return .note(text.merged)
    case .list(var list):
      for index in list.items.indices {
        list.items[index].text = list.items[index].text.merged
        list.items[index].children = list.items[index].children.map(\.merged)
      }
      return .list(list)
    case .table(let table):
      return .table(
        TableBlock(header: table.header.map(\.merged), rows: table.rows.map { $0.map(\.merged) }))
    case .preformatted, .rule: return self
    }
  }
}

extension AnswerKey {
  /// The key with option texts and explanations ``RichText/merged``.
  var merged: AnswerKey {
    func merge(_ options: [Option]) -> [Option] {
      options.map { option in
        var copy = option
        copy.text = option.text.merged
        copy.explanation = option.explanation?.merged
        return copy
      }
    }
    switch self {
    case .single(let options): return .single(merge(options))
    case .multiple(let options): return .multiple(merge(options))
    case .order(let items): return .order(items.map(\.merged))
    case .trueFalse, .short: return self
    }
  }
}
