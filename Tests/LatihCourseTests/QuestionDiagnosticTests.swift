import Testing

/// Every question diagnostic, with its exact line, column and severity. The quiz page
/// heading is line 6, so the first question heading is line 7.
@Suite struct QuestionDiagnosticTests {
  /// `count` single-choice options, the first one correct, one per line.
  private static func options(_ count: Int) -> String {
    (1...count).map { "- (\($0 == 1 ? "x" : " ")) pilihan \($0)" }.joined(separator: "\n")
  }

  /// `count` numbered items to order.
  private static func items(_ count: Int) -> String {
    (1...count).map { "\($0). langkah \($0)" }.joined(separator: "\n")
  }

  static let markerCases: [DiagnosticCase] = [
    .init(
      "unknown question marker", quiz: "### Q [benar]\n- (x) a\n- ( ) b\n",
      [error(7, 7, .unknownMarker("benar", allowed: ["true", "false", "order", "short"]))]),
    .init(
      "page marker on a question", quiz: "### Q [quiz]\n- (x) a\n- ( ) b\n",
      [error(7, 7, .markerNotAllowedHere("quiz"))]),
    .init(
      "indicator on a question", quiz: "### Q [indicator: a]\n- (x) a\n- ( ) b\n",
      [error(7, 7, .markerNotAllowedHere("indicator"))]),
    .init(
      "kind marker with argument", quiz: "### Q [true: x]\n",
      [error(7, 7, .markerNotAllowedHere("true:")), error(7, 1, .questionWithoutAnswers)]),
    .init(
      "conflicting kind markers", quiz: "### Q [true] [order]\n",
      [error(7, 14, .conflictingMarkers("true", "order"))]),
    .init("empty question heading", quiz: "### [true]\n", [error(7, 5, .emptyHeading)]),
    .init("invalid question id", quiz: "### Q [true] {#Q1}\n", [error(7, 14, .invalidID("Q1"))]),
    .init(
      "duplicate question id", quiz: "### A [true] {#a}\n### B [false] {#a}\n",
      [error(8, 1, .duplicateID("a", firstLine: 7))]),
    .init(
      "explicit id equal to a derived one", quiz: "### A [true]\n### B [false] {#q1}\n",
      [error(8, 1, .duplicateID("q1", firstLine: 7))]),
  ]

  @Test(arguments: markerCases)
  func markers(_ row: DiagnosticCase) {
    #expect(row.actual == row.expected)
  }

  static let answerCases: [DiagnosticCase] = [
    .init("no answers", quiz: "### Q\n", [error(7, 1, .questionWithoutAnswers)]),
    .init(
      "details but no answers", quiz: "### Q\nSituasi.\n", [error(7, 1, .questionWithoutAnswers)]),
    .init(
      "mixed option styles", quiz: "### Q\n- ( ) a\n- [x] b\n", [error(8, 1, .mixedOptionStyles)]),
    .init("no correct single", quiz: "### Q\n- ( ) a\n- ( ) b\n", [error(7, 1, .noCorrectAnswer)]),
    .init(
      "no correct multiple", quiz: "### Q\n- [ ] a\n- [ ] b\n", [error(7, 1, .noCorrectAnswer)]),
    .init(
      "two correct in single choice", quiz: "### Q\n- (x) a\n- ( ) b\n- (x) c\n",
      [error(10, 1, .singleChoiceManyCorrect(2))]),
    .init("one option", quiz: "### Q\n- (x) a\n", [error(8, 1, .tooFewOptions(1))]),
    .init("eleven options", quiz: "### Q\n" + options(11), [error(18, 1, .tooManyOptions(11))]),
    .init("order without items", quiz: "### Q [order]\n", [error(7, 1, .orderTooFewItems(0))]),
    .init(
      "order with one item", quiz: "### Q [order]\n1. a\n", [error(7, 1, .orderTooFewItems(1))]),
    .init(
      "order with eleven items", quiz: "### Q [order]\n" + items(11),
      [error(18, 1, .orderTooManyItems(11))]),
    .init("short without answers", quiz: "### Q [short]\n", [error(7, 1, .shortWithoutAnswers)]),
    .init(
      "true/false with options", quiz: "### Q [true]\n- (x) a\n- ( ) b\n",
      [error(8, 1, .trueFalseWithOptions)]),
    .init(
      "options in an order question", quiz: "### Q [order]\n- (x) a\n1. b\n2. c\n",
      [error(8, 1, .unexpectedInQuestion(.order))]),
    .init(
      "options in a short question", quiz: "### Q [short]\n- [x] a\n- b\n",
      [error(8, 1, .unexpectedInQuestion(.short))]),
  ]

  @Test(arguments: answerCases)
  func answers(_ row: DiagnosticCase) {
    #expect(row.actual == row.expected)
  }

  static let layoutCases: [DiagnosticCase] = [
    .init(
      "stray text in single choice", quiz: "### Q\n- (x) a\n- ( ) b\nteks lepas\n",
      [error(10, 1, .unexpectedInQuestion(.single))]),
    .init(
      "numbered item in select-all", quiz: "### Q\n- [x] a\n- [ ] b\n1. c\n",
      [error(10, 1, .unexpectedInQuestion(.multiple))]),
    .init(
      "bullet in an order question", quiz: "### Q [order]\n1. a\n2. b\n- c\n",
      [error(10, 1, .unexpectedInQuestion(.order))]),
    .init(
      "numbered item in a short question", quiz: "### Q [short]\n- a\n1. b\n",
      [error(9, 1, .unexpectedInQuestion(.short))]),
    .init(
      "list in a true/false question", quiz: "### Q [false]\n- a\n",
      [error(8, 1, .unexpectedInQuestion(.trueFalse))]),
    .init(
      "only the first stray line is reported", quiz: "### Q\n- (x) a\n- ( ) b\nsatu\ndua\n",
      [error(10, 1, .unexpectedInQuestion(.single))]),
    .init(
      "text after explanation", quiz: "### Q [true]\n> Ya.\n\nteks\n",
      [error(10, 1, .textAfterExplanation)]),
    .init(
      "option after explanation", quiz: "### Q\n- (x) a\n- ( ) b\n> ok\n- ( ) c\n",
      [error(11, 1, .textAfterExplanation)]),
    .init(
      "option explanation without option", quiz: "### Q [true]\n  > penjelasan\n",
      [error(8, 3, .optionExplanationWithoutOption)]),
    .init(
      "option explanation after blank line", quiz: "### Q\n- (x) a\n\n   > x\n- ( ) b\n",
      [error(10, 4, .optionExplanationWithoutOption)]),
    .init(
      "tab-indented option explanation", quiz: "### Q [true]\n\t> penjelasan\n",
      [error(8, 2, .optionExplanationWithoutOption)]),
    .init(
      "level-1 heading in a question", quiz: "### Q [true]\n# Judul\n",
      [error(8, 1, .unexpectedInQuestion(.trueFalse))]),
  ]

  @Test(arguments: layoutCases)
  func layout(_ row: DiagnosticCase) {
    #expect(row.actual == row.expected)
  }

  @Test func brokenQuestionIsLeftOutAndOthersKept() throws {
    let (lesson, diagnostics) = Fixture.parseBody(
      "## K [quiz]\n### Rusak\n- ( ) a\n### Baik [true]\n### Juga baik [false] {#juga}\n")
    #expect(diagnostics == [error(8, 1, .tooFewOptions(1))])
    let questions = try #require(lesson).questions
    #expect(questions.map(\.prompt.plainText) == ["Baik", "Juga baik"])
    #expect(questions.map(\.id) == ["q1", "juga"])
  }

  @Test func optionsStillParsedWhenTrueFalseHasOptions() throws {
    let (lesson, _) = Fixture.parseBody("## K [quiz]\n### Q [false]\n- (x) a\n")
    #expect(try #require(lesson).questions.map(\.key) == [.trueFalse(false)])
  }
}
