import Testing

@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// The end of a run: score, pass mark, the course test's review, and retries of missed
/// questions.
@Suite struct LessonMachineSummaryTests {
  /// A lesson of `count` true/false questions (all true), ids `p1`…
  static func statements(_ count: Int) -> String {
    var text = "---\nid: pernyataan\ntitle: Pernyataan\nminutes: 5\n---\n\n## Kuis [quiz]\n"
    for number in 1...count {
      text += "### Pernyataan nomor \(number) benar. [true] {#p\(number)}\n\n"
    }
    return text
  }

  @Test(arguments: [
    (10, 7, 70, true), (10, 6, 60, false), (3, 2, 67, false), (8, 7, 88, true),
    (8, 1, 13, false), (3, 1, 33, false), (6, 5, 83, true), (4, 0, 0, false), (4, 4, 100, true),
  ])
  func scoreIsRoundedAndComparedWithThePassMark(count: Int, right: Int, score: Int, passed: Bool)
    throws
  {
    let course = try TutorCourse.load(
      ["pernyataan": Self.statements(count)], order: ["pernyataan"], courseTest: nil)
    var harness = try MachineHarness(course, lesson: "pernyataan")
    harness.start()
    for number in 0..<count { harness.send(number < right ? "b" : "s") }
    let result = LessonResult(
      run: "run-1", lesson: "pernyataan", correct: right, total: count, score: score,
      passed: passed)
    #expect(harness.result == result)
    #expect(harness.machine.position == .summary)
    // The missed questions are listed with the answer given ("false" for a true statement).
    let missed = harness.machine.lesson.questions.suffix(count - right).map { question in
      ReviewItem(view: harness.machine.view(question), response: "false", correct: false)
    }
    let summary = LessonSummary(
      lessonTitle: "Pernyataan", correct: right, total: count, score: score, passed: passed,
      passMark: 70, tag: nil, review: Array(missed), canRetry: right < count)
    #expect(
      harness.last.output.suffix(2) == [
        .summary(summary), .keys(.summary(canRetry: right < count)),
      ])
  }

  @Test func summaryKeys() throws {
    var harness = try MachineHarness(try TutorCourse.load())
    harness.start()
    harness.send(["", "", "", "", ""])
    while harness.view != nil { harness.answerRight() }
    harness.send("")
    #expect(
      harness.send("r").output == [
        .message(.summaryTypo(canRetry: false)), .keys(.summary(canRetry: false)),
      ])
    #expect(harness.send("?").output.first == .message(.help(.summary(canRetry: false))))
    #expect(
      harness.events.filter { if case .lessonCompleted = $0 { true } else { false } }.count == 1)
    #expect(harness.send("").exit == .completed)
  }

  @Test(arguments: [TestTag.pre, .post])
  func courseTestGetsOneTryNoFeedbackAndAReviewAtTheEndOfThePostTest(_ tag: TestTag) throws {
    let course = try TutorCourse.load()
    var harness = try MachineHarness(course, lesson: "tes", tag: tag)
    let first = harness.start()
    let t1 = try #require(harness.view)
    #expect(first.output.contains(.question(number: 1, count: 2, view: t1, attempt: 1, tries: 1)))
    let wrong = harness.answerWrong()
    let none = Feedback(correct: nil, explanations: [], hint: nil, triesLeft: 0, rightAnswer: nil)
    #expect(wrong.output.first == .feedback(none))
    #expect(harness.answers.last?.final == true)
    #expect(harness.answers.last?.correct == false)
    let t2 = try #require(harness.view)
    harness.answerRight()
    #expect(harness.answers.map(\.attempt) == [1, 1])
    let result = LessonResult(
      run: "run-1", lesson: "tes", correct: 1, total: 2, score: 50, passed: false, tag: tag)
    #expect(harness.result == result)
    // The pre-test shows no right answers (they would be remembered for the post-test);
    // the post-test reviews every question, with the answer given.
    let review = [
      ReviewItem(view: t1, response: harness.answers[0].response, correct: false),
      ReviewItem(view: t2, response: harness.answers[1].response, correct: true),
    ]
    var summary = LessonSummary(
      lessonTitle: "Tes Awal dan Akhir", correct: 1, total: 2, score: 50, passed: false,
      passMark: 70, tag: tag, review: tag == .pre ? [] : review, canRetry: false)
    summary.role = tag == .pre ? .pre : .post
    #expect(harness.last.output.contains(.summary(summary)))
    if tag == .pre {
      let screen = TutorRenderer(language: .id, width: 40, style: .plain, clearsScreen: false)
        .render(harness.last.output)
      #expect(screen.contains("Terima kasih"))
      for word in ["BELUM LULUS", "LULUS", "perlu diulang", "Skor"] {
        #expect(!screen.contains(word), "\(word)")
      }
    }
    #expect(harness.send("r").events.isEmpty)
    #expect(harness.machine.position == .summary)
  }

  /// A finished run of the fixture lesson with `missed` settled wrong.
  func finishedRun(_ course: Course, missing missed: Set<String>) throws -> MachineHarness {
    var harness = try MachineHarness(course)
    harness.start()
    harness.send(["", "", "y", "y", ""])
    while let id = harness.questionID {
      if missed.contains(id) { harness.answerWrong() } else { harness.answerRight() }
    }
    harness.send("")
    #expect(harness.machine.position == .summary)
    return harness
  }

  /// The machine for the retry the summary asked for, as the driver builds it.
  func retry(_ course: Course, after base: MachineHarness, run: String) throws -> MachineHarness {
    guard case .retry(let missed) = base.last.exit else {
      Issue.record("no retry exit: \(base.last)")
      throw CancellationError()
    }
    let opening = LessonOpening(
      run: run, lesson: "contoh", language: .id, seed: 7, shuffled: true, retry: missed,
      retryOf: base.machine.run.id)
    let lesson = try #require(course.lesson("contoh", in: .id))
    return MachineHarness(
      LessonMachine(lesson: lesson, course: course, opening: opening, base: base.machine.run))
  }

  @Test func retryVisitsOnlyQuizPagesWithMissedQuestionsAndCountsTheBaseRun() throws {
    let course = try TutorCourse.load()
    var base = try finishedRun(course, missing: ["tunggal", "urutan"])
    #expect(base.result?.correct == 4)
    #expect(base.result?.score == 67)
    #expect(base.result?.passed == false)
    #expect(base.last.output.last == .keys(.summary(canRetry: true)))
    #expect(base.send("r").exit == .retry(["tunggal", "urutan"]))

    var retry = try retry(course, after: base, run: "run-2")
    let start = retry.start()
    guard case .lessonOpened(let opening) = start.events.first else {
      Issue.record("no opening: \(start.events)")
      return
    }
    #expect(opening.retry == ["tunggal", "urutan"])
    #expect(opening.retryOf == "run-1")
    #expect(retry.questionID == "tunggal")
    retry.answerRight()
    #expect(retry.questionID == "urutan", "semua and benar-salah are not asked again")
    retry.answerRight()
    #expect(retry.pagesReached == [3, 4])
    #expect(retry.answers.map(\.question) == ["tunggal", "urutan"])
    let result = LessonResult(
      run: "run-2", lesson: "contoh", correct: 6, total: 6, score: 100, passed: true)
    #expect(retry.result == result)
    #expect(retry.machine.position == .summary)
  }

  @Test func aRetryOfARetryStillCountsEverythingAnsweredRightBefore() throws {
    let course = try TutorCourse.load()
    var base = try finishedRun(course, missing: ["tunggal", "urutan"])
    base.send("r")
    var second = try retry(course, after: base, run: "run-2")
    second.start()
    second.answerRight()
    while second.questionID == "urutan" { second.answerWrong() }
    #expect(second.result?.correct == 5)
    #expect(second.result?.score == 83)
    #expect(second.send("r").exit == .retry(["urutan"]))

    var third = try retry(course, after: second, run: "run-3")
    third.start()
    #expect(third.questionID == "urutan")
    third.answerRight()
    #expect(third.result?.correct == 6)
    #expect(third.result?.score == 100)
    #expect(third.result?.passed == true)
  }
}
