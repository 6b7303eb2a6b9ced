import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// The lesson list: statuses, bars, the suggested lesson, lookups and rendering.
@Suite struct CourseMenuTests {
  let course: Course
  init() throws { course = try TutorCourse.bundled() }

  static let lessons = [
    "apa-itu-afiliasi", "syarat-pendaftaran", "tetap-aman", "daftar-kreator", "shopee-affiliate",
    "buat-video", "tips-konten", "promosi-jujur", "komisi-pajak", "kerja-sama-brand",
    "daftar-penjual",
  ]
  static let test = "tes-awal-akhir"
  /// The course test's row: after every lesson.
  static let testRow = lessons.count

  /// Events of one run of `lesson`: opened, a page reached, and finished when `score`.
  static func run(
    _ lesson: String, _ run: String, page: Int = 0, score: Int? = nil, tag: TestTag? = nil
  ) -> [EventBody] {
    var events: [EventBody] = [
      .lessonOpened(
        LessonOpening(run: run, lesson: lesson, language: .id, seed: 1, shuffled: true, tag: tag)),
      .pageReached(PageVisit(run: run, lesson: lesson, page: page)),
    ]
    if let score {
      events.append(
        .lessonCompleted(
          LessonResult(
            run: run, lesson: lesson, correct: score, total: 100, score: score,
            passed: score >= 70, tag: tag)))
    }
    return events
  }

  func menu(_ events: [EventBody]?, in course: Course? = nil) -> CourseMenu {
    CourseMenu(
      course: course ?? self.course, language: .id,
      progress: events.map { ParticipantProgress(events: Replay.stored($0)) })
  }

  /// Every lesson but the test passed, and the pre-test done.
  static var allPassed: [EventBody] {
    run(test, "pre", score: 40, tag: .pre)
      + lessons.enumerated().flatMap { run($0.element, "r\($0.offset)", score: 90) }
  }

  @Test func theCourseTestFirstWhenNothingIsDone() {
    #expect(menu(nil).suggested == Self.testRow)
    #expect(menu([]).suggested == Self.testRow)
    #expect(menu(nil).rows.map(\.status) == Array(repeating: .notStarted, count: Self.testRow + 1))
  }

  @Test func aPreTestLeftHalfDoneIsSuggestedAgain() {
    let halfDone = Self.run(Self.test, "pre", page: 1, tag: .pre)
    #expect(menu(halfDone).rows[Self.testRow].status == .inProgress)
    #expect(menu(halfDone).suggested == Self.testRow)
    // Once a lesson has started, the lessons come first.
    #expect(menu(halfDone + Self.run(Self.lessons[0], "a", page: 1)).suggested == 0)
  }

  @Test func thenTheFirstLessonNotPassed() {
    #expect(menu(Self.run(Self.test, "pre", score: 30, tag: .pre)).suggested == 0)
    let firstPassed =
      Self.run(Self.test, "pre", score: 30, tag: .pre)
      + Self.run(Self.lessons[0], "a", score: 80)
    #expect(menu(firstPassed).suggested == 1)
    let needsReview = firstPassed + Self.run(Self.lessons[1], "b", score: 50)
    #expect(menu(needsReview).rows[1].status == .needsReview)
    #expect(menu(needsReview).suggested == 1)
  }

  @Test func aLessonInProgressComesBeforeEarlierUntouchedOnes() {
    let events =
      Self.run(Self.test, "pre", score: 30, tag: .pre) + Self.run(Self.lessons[3], "d", page: 2)
    let menu = menu(events)
    #expect(menu.suggested == 3)
    #expect(menu.rows[3].status == .inProgress)
  }

  @Test func theCourseTestAgainAtTheEndUntilThePostTestIsDone() {
    #expect(menu(Self.allPassed).suggested == Self.testRow)
    let postOpen = Self.allPassed + Self.run(Self.test, "post", page: 0, tag: .post)
    #expect(menu(postOpen).suggested == Self.testRow)
    let postDone = Self.allPassed + Self.run(Self.test, "post", score: 85, tag: .post)
    #expect(menu(postDone).suggested == nil)
  }

  @Test func thePostTestIsNamedAsTheLastStepOnlyWhenEveryLessonIsPassed() {
    #expect(!menu(nil).isPostTestNext)
    #expect(!menu(Self.run(Self.test, "pre", score: 40, tag: .pre)).isPostTestNext)
    #expect(menu(Self.allPassed).isPostTestNext)
    let postDone = Self.allPassed + Self.run(Self.test, "post", score: 85, tag: .post)
    #expect(menu(postDone).suggested == nil)
    #expect(!menu(postDone).isPostTestNext)
  }

  @Test func anUnavailableLessonIsShownButNeverSuggested() {
    var broken = course
    for language in Language.allCases { broken.lessons[language]?[Self.lessons[0]] = nil }
    let menu = menu(Self.run(Self.test, "pre", score: 30, tag: .pre), in: broken)
    #expect(menu.rows[0].available == false)
    #expect(menu.suggested == 1)
    let lines = menu.render(language: .id, width: 40, style: .plain)
    #expect(lines.contains("    " + CourseText.unavailable.text(in: .id)))
  }

  @Test func rowsShowBestScoreAndHowFar() throws {
    let events =
      Self.run(Self.lessons[0], "a", score: 50) + Self.run(Self.lessons[0], "b", score: 90)
      + Self.run(Self.lessons[1], "c", page: 2)
    let rows = menu(events).rows
    #expect(rows[0].status == .passed)
    #expect(rows[0].bestScore == 90)
    #expect(rows[0].fraction == 1)
    let pages = try #require(course.lesson(Self.lessons[1], in: .id)).pages.count
    #expect(rows[1].fraction == 2.0 / Double(pages), "page 3 of the lesson reached")
    let renderer = TutorRenderer(language: .id, width: 40, style: .plain, clearsScreen: false)
    let header = renderer.render(
      .pageHeader(lessonTitle: "x", page: 3, pageCount: pages, title: RichText(plain: "y")))
    let cells = max(5, min(20, 40 - 16))
    #expect(
      header[1].hasSuffix(BlockRenderer.bar(rows[1].fraction, cells: cells)),
      "the list and the page header measure alike")
    #expect(rows[2].fraction == 0)
    #expect(rows.map(\.number) == Array(1...Self.testRow + 1))
    #expect(rows[Self.testRow].kind == .test)
  }

  @Test(arguments: [("2", 1), ("apa-itu-afiliasi", 0), ("12", 11)])
  func rowsFoundByNumberOrID(selector: String, index: Int) {
    #expect(menu(nil).row(for: selector) == menu(nil).rows[index])
  }

  @Test(arguments: ["0", "13", "-1", "nope", ""])
  func noRowForOtherText(_ selector: String) {
    #expect(menu(nil).row(for: selector) == nil)
  }

  @Test(arguments: [40, 80])
  func renderedWithinTheWidthAndColourOnlyStyles(width: Int) {
    let events =
      Self.run(Self.test, "pre", score: 30, tag: .pre)
      + Self.run(Self.lessons[0], "a", score: 100) + Self.run(Self.lessons[1], "b", page: 3)
    for language in Language.allCases {
      let menu = CourseMenu(
        course: course, language: language,
        progress: ParticipantProgress(events: Replay.stored(events)))
      let plain = menu.render(language: language, width: width, style: .plain)
      let colored = menu.render(language: language, width: width, style: TextStyle(enabled: true))
      for line in plain + colored where DisplayWidth.of(line) > width {
        Issue.record("\(DisplayWidth.of(line)) columns at \(width): \(line)")
      }
      #expect(colored.map { Escapes.strip($0).text } == plain)
      #expect(colored.allSatisfy { Escapes.strip($0).foreign.isEmpty })
      #expect(plain.first == " 1. " + menu.rows[0].title)
      let words = plain.joined(separator: " ").split(separator: " ").joined(separator: " ")
      #expect(words.contains(TutorText.bestScore(100).text(in: language)))
      #expect(words.contains(TutorText.status(.inProgress).text(in: language)))
    }
  }
}
