import Testing

@testable import LatihCourse

/// A translation must line up with the primary language: pages, kinds, checklist items,
/// questions, ids and answers. Each mismatch is located in the translation.
@Suite struct TranslationCheckerTests {
  static let primaryPath = "id/x.md"
  static let translationPath = "en/x.md"

  /// The primary lesson, one entry per line (line numbers in comments).
  static let primaryLines = [
    "---", "id: x", "title: X", "minutes: 5", "---",  // 1–5
    "## Baca", "Teks.",  // 6–7
    "## Cek [checklist]", "- [ ] A [indicator: a]", "- [ ] B {#b}",  // 8–10
    "## Kuis [quiz]", "### Satu", "- (x) a", "- ( ) b",  // 11–14
    "### Dua [true]",  // 15
    "### Tiga [order]", "1. a", "2. b",  // 16–18
    "### Empat [short] {#empat}", "- x",  // 19–20
    "### Lima", "- [x] a", "- [ ] b", "- [x] c",  // 21–24
  ]

  /// Parses `lines` as the lesson at `path`; it must give a lesson.
  static func lesson(_ lines: [String], path: String) throws -> Lesson {
    let bytes = Array(lines.joined(separator: "\n").utf8)
    return try #require(LessonParser.parse(bytes, path: path, indicators: nil).lesson)
  }

  /// The primary lines with line `number` replaced by `replacement` (zero or more lines).
  static func edited(_ number: Int, _ replacement: [String]) -> [String] {
    var lines = primaryLines
    lines.replaceSubrange((number - 1)..<number, with: replacement)
    return lines
  }

  /// Compares the translation made of `lines` with the primary lesson.
  static func compare(_ lines: [String]) throws -> [Diagnostic] {
    let primary = try lesson(primaryLines, path: primaryPath)
    return TranslationChecker.compare(try lesson(lines, path: translationPath), with: primary)
  }

  /// An error in the translation.
  static func fault(_ line: Int, _ message: CheckMessage) -> Diagnostic {
    error(line, 1, message, path: translationPath)
  }

  /// A question mismatch for question `number` with the primary question at `origin`.
  static func question(
    _ line: Int, number: Int, id: String, origin: Int, _ detail: CheckMessage.QuestionMismatch
  ) -> Diagnostic {
    fault(
      line,
      .translationQuestion(number: number, id: id, detail: detail, primary: "id/x.md:\(origin)"))
  }

  @Test func identicalStructureInOtherWordsMatches() throws {
    let words = primaryLinesInEnglish()
    #expect(try Self.compare(words) == [])
  }

  /// The primary lesson with its words changed but nothing else.
  private func primaryLinesInEnglish() -> [String] {
    Self.primaryLines.map { line in
      line.replacing("Baca", with: "Read").replacing("Teks", with: "Text")
        .replacing("Cek", with: "Check").replacing("Kuis", with: "Quiz")
        .replacing("Satu", with: "One").replacing("Dua", with: "Two")
    }
  }

  static let cases: [(name: String, lines: [String], expected: [Diagnostic])] = [
    (
      "lesson kind", edited(4, ["minutes: 5", "kind: test"]),
      [fault(1, .translationLessonKind(expected: .lesson, found: .test, primary: "id/x.md"))]
    ),
    (
      "extra page", primaryLines + ["## Tambahan"],
      [fault(25, .translationPageCount(expected: 3, found: 4, primary: "id/x.md"))]
    ),
    (
      "missing page", Array(primaryLines.prefix(10)),
      [fault(1, .translationPageCount(expected: 3, found: 2, primary: "id/x.md"))]
    ),
    (
      "page kind", edited(8, ["## Cek [quiz]"]),
      [
        fault(
          8, .translationPageKind(page: 2, expected: .checklist, found: .quiz, primary: "id/x.md:8")
        )
      ]
    ),
    (
      "checklist item count", edited(10, []),
      [fault(8, .translationItemCount(page: 2, expected: 2, found: 1, primary: "id/x.md:8"))]
    ),
    (
      "checklist item id", edited(10, ["- [ ] B {#bb}"]),
      [fault(10, .translationItem(number: 2, detail: "id 'bb' ≠ 'b'", primary: "id/x.md:10"))]
    ),
    (
      "checklist item indicator", edited(9, ["- [ ] A"]),
      [
        fault(
          9,
          .translationItem(
            number: 1, detail: "[indicator: -] ≠ [indicator: a]", primary: "id/x.md:9"))
      ]
    ),
    (
      "question count", Array(primaryLines.prefix(20)),
      [fault(11, .translationQuestionCount(page: 3, expected: 5, found: 4, primary: "id/x.md:11"))]
    ),
    (
      "question kind",
      edited(13, ["- [x] a", "- [ ] b"]).enumerated().filter { $0.offset != 14 }
        .map(\.element),
      [question(12, number: 1, id: "q1", origin: 12, .kind(expected: .single, found: .multiple))]
    ),
    (
      "question id", edited(19, ["### Empat [short] {#empat-dua}"]),
      [question(19, number: 4, id: "empat", origin: 19, .id(expected: "empat", found: "empat-dua"))]
    ),
    (
      "derived id against explicit id", edited(19, ["### Empat [short]"]),
      [question(19, number: 4, id: "empat", origin: 19, .id(expected: "empat", found: "q4"))]
    ),
    (
      "option count", Array(primaryLines.prefix(23)),
      [question(21, number: 5, id: "q5", origin: 21, .optionCount(expected: 3, found: 2))]
    ),
    (
      "correct options", edited(24, ["- [ ] c"]),
      [question(21, number: 5, id: "q5", origin: 21, .correctOptions(expected: "a, c", found: "a"))]
    ),
    (
      "order count", edited(18, ["2. b", "3. c"]),
      [question(16, number: 3, id: "q3", origin: 16, .orderCount(expected: 2, found: 3))]
    ),
    (
      "true/false value", edited(15, ["### Dua [false]"]),
      [question(15, number: 2, id: "q2", origin: 15, .trueFalse(expected: true, found: false))]
    ),
    (
      "short answers may differ", edited(20, ["- ten", "- 10"]), []
    ),
  ]

  @Test(arguments: cases.indices)
  func mismatch(_ index: Int) throws {
    let row = Self.cases[index]
    #expect(try Self.compare(row.lines) == row.expected, "\(row.name)")
  }

  @Test func questionsAfterAMismatchedPageKeepTheirNumbers() throws {
    let lines = Self.edited(8, ["## Cek"]).map { $0 == "### Dua [true]" ? "### Dua [false]" : $0 }
    #expect(
      try Self.compare(lines) == [
        Self.fault(
          8,
          .translationPageKind(page: 2, expected: .checklist, found: .reading, primary: "id/x.md:8")
        ),
        Self.question(
          15, number: 2, id: "q2", origin: 15, .trueFalse(expected: true, found: false)),
      ])
  }
}
