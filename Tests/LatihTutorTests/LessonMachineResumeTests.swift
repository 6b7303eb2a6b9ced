import Testing

@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Resuming from every kind of point: the events of a partial run go through
/// ``ParticipantProgress`` into a new machine, which must continue exactly there.
@Suite struct LessonMachineResumeTests {
  let course: Course
  init() throws { course = try TutorCourse.load() }

  /// Runs `lines` on a new run and returns the resumed machine, started.
  func resumed(after lines: [String], lesson: String = "contoh") throws
    -> (first: MachineHarness, resumed: MachineHarness, start: TutorStep)
  {
    var first = try MachineHarness(course, lesson: lesson)
    first.start()
    first.send(lines)
    var resumed = MachineHarness(try Replay.resume(course, first.events, lesson: lesson))
    let start = resumed.start()
    return (first, resumed, start)
  }

  @Test func onAReadingPage() throws {
    let (first, resumed, start) = try resumed(after: ["", "", "b"])
    #expect(first.machine.position == .reading(page: 1))
    #expect(resumed.machine.position == .reading(page: 1))
    #expect(start.events.isEmpty, "resuming records nothing")
    #expect(start.output.prefix(3).last == .message(.resumed(page: 2, pageCount: 6)))
    #expect(start.output.contains(.keys(.reading(canGoBack: true))))
  }

  @Test func inAChecklist() throws {
    let (_, resumed, start) = try resumed(after: ["", "", "y"])
    #expect(resumed.machine.position == .checklist(page: 2, item: 1))
    #expect(start.output.contains(.checklistItem(number: 2, count: 2, text: checklistText)))
  }

  var checklistText: RichText { RichText(plain: "Saya sudah menginstal TikTok") }

  @Test func whileChoosingAReason() throws {
    let (_, resumed, _) = try resumed(after: ["", "", "y", "n"])
    #expect(resumed.machine.position == .checklist(page: 2, item: 1), "the item is asked again")
  }

  @Test func atAQuestionNotYetTried() throws {
    let (first, resumed, start) = try resumed(after: ["", "", "", ""])
    let view = try #require(first.view)
    #expect(resumed.machine.position == .question(page: 3, index: 0))
    #expect(start.output.contains(.question(number: 1, count: 6, view: view, attempt: 1, tries: 2)))
  }

  @Test(arguments: ["tunggal", "semua", "urutan", "singkat"])
  func afterAWrongTryTheSameQuestionAtTheNextAttemptInTheSameOrder(_ id: String) throws {
    var first = try MachineHarness(course)
    first.start()
    first.send(["", "", "", ""])
    while first.questionID != id { first.answerRight() }
    let view = try #require(first.view)
    first.answerWrong()
    var resumed = MachineHarness(try Replay.resume(course, first.events))
    let start = resumed.start()
    #expect(resumed.view == view, "same question, same option order (stored seed)")
    let (number, _) = resumed.machine.numbering(view.question)
    #expect(
      start.output.contains(.question(number: number, count: 6, view: view, attempt: 2, tries: 2)))
    resumed.answerRight()
    let record = try #require(resumed.answers.last)
    #expect(record.question == id)
    #expect(record.attempt == 2 && record.final && record.correct)
  }

  @Test func inTheMiddleOfAQuizPage() throws {
    var first = try MachineHarness(course)
    first.start()
    first.send(["", "", "", ""])
    first.answerRight()
    first.answerWrong()
    first.answerWrong()
    var resumed = MachineHarness(try Replay.resume(course, first.events))
    resumed.start()
    #expect(resumed.questionID == "benar-salah")
    #expect(resumed.machine.position == .question(page: 3, index: 2))
    while resumed.view != nil { resumed.answerRight() }
    resumed.send("")
    #expect(resumed.result?.correct == 5, "the resumed run keeps the earlier answers")
    #expect(resumed.result?.run == "run-1")
  }

  @Test func afterTheLastAnswerOnAPageBeforeTheEnd() throws {
    var first = try MachineHarness(course)
    first.start()
    first.send(["", "", "", ""])
    while first.view != nil { first.answerRight() }
    var resumed = MachineHarness(try Replay.resume(course, first.events))
    resumed.start()
    #expect(resumed.machine.position == .reading(page: 5))
    #expect(resumed.send("").events.count == 1)
    #expect(resumed.result?.correct == 6)
  }

  @Test func afterTheLastAnswerWhenTheCompletionWasNotWritten() throws {
    var first = try MachineHarness(course, lesson: "tes", tag: .post)
    first.start()
    first.answerWrong()
    first.answerRight()
    let torn = first.events.filter { if case .lessonCompleted = $0 { false } else { true } }
    #expect(torn.count == first.events.count - 1)
    var resumed = MachineHarness(try Replay.resume(course, torn, lesson: "tes"))
    let start = resumed.start()
    #expect(resumed.machine.position == .reading(page: 0))
    #expect(start.output.contains(.message(.pageAnswered)))
    resumed.send("")
    let result = LessonResult(
      run: "run-1", lesson: "tes", correct: 1, total: 2, score: 50, passed: false, tag: .post)
    #expect(resumed.result == result)
    #expect(resumed.answers.isEmpty, "nothing is asked again")
  }

  @Test func aRetryRunResumesWithItsBase() throws {
    var base = try MachineHarness(course)
    base.start()
    base.send(["", "", "y", "y"])
    while let id = base.questionID {
      if id == "tunggal" || id == "urutan" { base.answerWrong() } else { base.answerRight() }
    }
    base.send(["", "r"])
    let lesson = try #require(course.lesson("contoh", in: .id))
    let opening = LessonOpening(
      run: "run-2", lesson: "contoh", language: .id, seed: 9, shuffled: true,
      retry: ["tunggal", "urutan"], retryOf: "run-1")
    var retry = MachineHarness(
      LessonMachine(lesson: lesson, course: course, opening: opening, base: base.machine.run))
    retry.start()
    retry.answerRight()
    var resumed = MachineHarness(try Replay.resume(course, base.events + retry.events))
    resumed.start()
    #expect(resumed.questionID == "urutan")
    resumed.answerRight()
    #expect(resumed.result?.run == "run-2")
    #expect(resumed.result?.score == 100)
  }

  @Test func whenTheCourseLostAQuestionItsAnswersAreKept() throws {
    var first = try MachineHarness(course)
    first.start()
    first.send(["", "", "", ""])
    first.answerRight()
    first.answerWrong()
    #expect(first.questionID == "semua")
    let removed = [
      "### Pilih semua pihak afiliasi {#semua}\n", "- [x] Merchant\n- [x] Afiliator\n",
      "- [ ] Downline\n> [hint] Afiliasi bukan MLM.\n> Downline hanya ada di MLM.\n\n",
    ].joined()
    let edited = TutorCourse.lesson.replacingOccurrences(of: removed, with: "")
    #expect(edited != TutorCourse.lesson)
    let changed = try TutorCourse.load(["contoh": edited, "tes": TutorCourse.test])
    #expect(changed.lesson("contoh", in: .id)?.questions.count == 5)
    let machine = try Replay.resume(changed, first.events)
    #expect(machine.run.tries("semua").count == 1, "the old answer is kept")
    var resumed = MachineHarness(machine)
    resumed.start()
    #expect(resumed.questionID == "benar-salah")
    while resumed.view != nil { resumed.answerRight() }
    resumed.send("")
    #expect(resumed.result?.total == 5)
    #expect(resumed.result?.correct == 5)
    let progress = ParticipantProgress(events: Replay.stored(first.events + resumed.events))
    #expect(progress.lesson("contoh").runs.flatMap(\.answers).map(\.question).contains("semua"))
  }

  @Test func whenTheCourseLostPagesTheLastOneLeftIsShown() throws {
    var first = try MachineHarness(course)
    first.start()
    first.send(["", "", "y", "y"])
    while first.view != nil { first.answerRight() }
    #expect(first.machine.position == .reading(page: 5))
    let short =
      "---\nid: contoh\ntitle: Pelajaran Contoh\nminutes: 5\n---\n\n## Satu-satunya\nTeks.\n"
    let changed = try TutorCourse.load(["contoh": short, "tes": TutorCourse.test])
    var resumed = MachineHarness(try Replay.resume(changed, first.events))
    resumed.start()
    #expect(resumed.machine.position == .reading(page: 0))
    resumed.send("")
    #expect(resumed.machine.position == .summary)
  }
}
