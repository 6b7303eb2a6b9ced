import Testing

/// Every front-matter and page-structure diagnostic, with its exact line, column and
/// severity.
@Suite struct LessonDiagnosticTests {
  /// A file with front-matter `lines` between `---` lines and one reading page.
  private static func front(_ lines: String...) -> String {
    "---\n" + lines.joined(separator: "\n") + "\n---\n## P\n"
  }

  static let frontMatterCases: [DiagnosticCase] = [
    .init("missing front matter", file: "## P\nTeks.\n", [error(1, 1, .missingFrontMatter)]),
    .init("empty file", file: "", [error(1, 1, .missingFrontMatter)]),
    .init(
      "unclosed front matter", file: "---\nid: a\ntitle: T\nminutes: 1\n## P\n",
      [error(1, 1, .unclosedFrontMatter)]),
    .init(
      "malformed line", file: front("id: a", "title: T", "minutes: 1", "tanpa titik dua"),
      [error(5, 1, .malformedFrontMatterLine)]),
    .init(
      "unknown key", file: front("id: a", "title: T", "minutes: 1", "author: Budi"),
      [error(5, 1, .unknownKey("author"))]),
    .init(
      "duplicate key", file: front("id: a", "title: T", "minutes: 1", "title: U"),
      [error(5, 1, .duplicateKey("title"))]),
    .init("missing id", file: front("title: T", "minutes: 1"), [error(1, 1, .missingKey("id"))]),
    .init("missing title", file: front("id: a", "minutes: 1"), [error(1, 1, .missingKey("title"))]),
    .init(
      "empty title", file: front("id: a", "title:", "minutes: 1"),
      [error(3, 1, .missingKey("title"))]),
    .init(
      "missing minutes", file: front("id: a", "title: T"), [error(1, 1, .missingKey("minutes"))]),
    .init(
      "minutes too large", file: front("id: a", "title: T", "minutes: 601"),
      [error(4, 10, .invalidNumber(key: "minutes", value: "601", range: 1...600))]),
    .init(
      "minutes not a number", file: front("id: a", "title: T", "minutes:   dua puluh"),
      [error(4, 12, .invalidNumber(key: "minutes", value: "dua puluh", range: 1...600))]),
    .init(
      "attempts out of range", file: front("id: a", "title: T", "minutes: 1", "attempts: 6"),
      [error(5, 11, .invalidNumber(key: "attempts", value: "6", range: 1...5))]),
    .init(
      "invalid id", file: front("id: Daftar_Kreator", "title: T", "minutes: 1"),
      [error(2, 5, .invalidID("Daftar_Kreator"))]),
    .init(
      "id starting with a digit", file: front("id: 1-langkah", "title: T", "minutes: 1"),
      [error(2, 5, .invalidID("1-langkah"))]),
    .init(
      "id of 65 characters",
      file: front("id: " + String(repeating: "a", count: 65), "title: T", "minutes: 1"),
      [error(2, 5, .invalidID(String(repeating: "a", count: 65)))]),
    .init(
      "invalid kind", file: front("id: a", "title: T", "minutes: 1", "kind: pretest"),
      [error(5, 7, .invalidValue(key: "kind", value: "pretest", allowed: ["lesson", "test"]))]),
    .init(
      "test without questions", file: front("id: a", "title: T", "minutes: 1", "kind: test"),
      [error(1, 1, .testWithoutQuestions)]),
  ]

  @Test(arguments: frontMatterCases)
  func frontMatter(_ row: DiagnosticCase) {
    #expect(row.actual == row.expected)
  }

  static let pageCases: [DiagnosticCase] = [
    .init(
      "text before first page", body: "Halo\nlagi\n## P\n", [error(6, 1, .textBeforeFirstPage)]),
    .init("second title line", body: "# A\n\n# B\n## P\n", [error(8, 1, .textBeforeFirstPage)]),
    .init("no pages", body: "", [error(5, 1, .noPages)]),
    .init("no pages after a title", body: "\n# Judul\n", [error(7, 1, .noPages)]),
    .init("empty heading", body: "## \nTeks.\n", [error(6, 4, .emptyHeading)]),
    .init("bare heading", body: "##\nTeks.\n", [error(6, 3, .emptyHeading)]),
    .init(
      "heading with only a marker", body: "## [quiz]\n### Q [true]\n",
      [error(6, 4, .emptyHeading)]),
    .init(
      "unknown page marker", body: "## Kuis [kuis]\n",
      [error(6, 9, .unknownMarker("kuis", allowed: ["checklist", "quiz"]))]),
    .init(
      "marker column after a combining accent", body: "## Cafe\u{301} [kuis]\n",
      [error(6, 10, .unknownMarker("kuis", allowed: ["checklist", "quiz"]))]),
    .init(
      "marker column after an emoji", body: "## 😀 [kuis]\n",
      [error(6, 6, .unknownMarker("kuis", allowed: ["checklist", "quiz"]))]),
    .init(
      "question marker on a page", body: "## Kuis [order]\n",
      [error(6, 9, .markerNotAllowedHere("order"))]),
    .init(
      "page marker with argument", body: "## Kuis [quiz: a]\n",
      [error(6, 9, .markerNotAllowedHere("quiz:"))]),
    .init("id on a page", body: "## Kuis {#kuis}\n", [error(6, 9, .markerNotAllowedHere("{#…}"))]),
    .init(
      "conflicting page markers", body: "## K [quiz] [checklist]\n### Q [true]\n",
      [error(6, 13, .conflictingMarkers("quiz", "checklist"))]),
    .init("title inside page", body: "## P\nTeks.\n# Judul\n", [error(8, 1, .titleInsidePage)]),
    .init("unclosed code block", body: "## P\n```\nkode\n", [error(7, 1, .unclosedCodeBlock)]),
    .init(
      "table separator missing", body: "## P\n| a | b |\n| 1 | 2 |\n",
      [error(8, 1, .tableSeparatorMissing)]),
    .init("one-line table", body: "## P\n| a | b |\n", [error(7, 1, .tableSeparatorMissing)]),
    .init(
      "table column count", body: "## P\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n",
      [warning(9, 1, .tableColumnCount(expected: 2, found: 3))]),
    .init(
      "marker on a reading list item", body: "## P\n- item [quiz]\n",
      [error(7, 8, .markerNotAllowedHere("quiz"))]),
    .init(
      "id on a subheading", body: "## P\n### Sub {#x}\n",
      [error(7, 9, .markerNotAllowedHere("{#…}"))]),
    .init("checklist empty", body: "## C [checklist]\nTeks.\n", [error(6, 1, .checklistEmpty)]),
    .init(
      "checklist item ticked", body: "## C [checklist]\n- [x] Sudah\n",
      [warning(7, 1, .checklistItemTicked)]),
    .init(
      "unknown marker on an item", body: "## C [checklist]\n- [ ] Item [indikator: a]\n",
      [error(7, 12, .unknownMarker("indikator", allowed: ["indicator: ID"]))]),
    .init(
      "page marker on an item", body: "## C [checklist]\n- [ ] Item [quiz]\n",
      [error(7, 12, .markerNotAllowedHere("quiz"))]),
    .init(
      "two indicators on an item",
      body: "## C [checklist]\n- [ ] Item [indicator: a] [indicator: b]\n",
      [error(7, 27, .conflictingMarkers("indicator", "indicator"))]),
    .init(
      "unknown indicator", body: "## C [checklist]\n- [ ] Item [indicator: app]\n",
      indicators: ["installed-app", "video-content"],
      [error(7, 12, .unknownIndicator("app", known: ["installed-app", "video-content"]))]),
    .init(
      "invalid item id", body: "## C [checklist]\n- [ ] Item {#Item}\n",
      [error(7, 12, .invalidID("Item"))]),
    .init(
      "duplicate item id", body: "## C [checklist]\n- [ ] A {#a}\n- [ ] B {#a}\n",
      [error(8, 1, .duplicateID("a", firstLine: 7))]),
    .init(
      "item id equal to a derived id", body: "## C [checklist]\n- [ ] A\n- [ ] B {#item-1}\n",
      [error(8, 1, .duplicateID("item-1", firstLine: 7))]),
    .init("quiz empty", body: "## K [quiz]\nTeks.\n", [error(6, 1, .quizEmpty)]),
  ]

  @Test(arguments: pageCases)
  func pages(_ row: DiagnosticCase) {
    #expect(row.actual == row.expected)
  }

  @Test func tooManyPages() {
    let body = (1...101).map { "## Halaman \($0)" }.joined(separator: "\n")
    #expect(Fixture.parseBody(body).diagnostics == [error(106, 1, .tooManyPages(100))])
  }

  @Test func hundredPagesAreAllowed() {
    let body = (1...100).map { "## Halaman \($0)" }.joined(separator: "\n")
    #expect(Fixture.parseBody(body).diagnostics == [])
  }

  @Test func tooManyQuestions() {
    let questions = (1...201).map { "### Soal \($0) [true]" }.joined(separator: "\n")
    let (lesson, diagnostics) = Fixture.parseBody("## K [quiz]\n" + questions)
    #expect(diagnostics == [error(207, 1, .tooManyQuestions(200))])
    #expect(lesson?.questions.count == 201)
  }

  @Test func lessonWithErrorsIsStillReturnedWhenItHasAnID() throws {
    let (lesson, diagnostics) = Fixture.parseBody("## C [checklist]\n")
    #expect(diagnostics == [error(6, 1, .checklistEmpty)])
    #expect(try #require(lesson).pages.count == 1)
  }

  @Test func invalidIDLeavesNoLesson() {
    #expect(Fixture.parse(Self.front("id: A", "title: T", "minutes: 1")).lesson == nil)
  }
}
