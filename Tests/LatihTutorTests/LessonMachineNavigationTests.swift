import Testing

@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Reading pages: Enter, b, m, ?, q, and the events a run records on the way.
@Suite struct LessonMachineNavigationTests {
  let course: Course
  init() throws { course = try TutorCourse.load() }

  @Test func newRunRecordsOpeningAndFirstPage() throws {
    var harness = try MachineHarness(course, session: "sesi-1")
    let step = harness.start()
    let opening = LessonOpening(
      run: "run-1", lesson: "contoh", language: .id, seed: 42, shuffled: true, session: "sesi-1")
    #expect(
      step.events == [
        .lessonOpened(opening), .pageReached(PageVisit(run: "run-1", lesson: "contoh", page: 0)),
      ])
    #expect(
      Array(step.output.prefix(2)) == [
        .newScreen,
        .pageHeader(
          lessonTitle: "Pelajaran Contoh", page: 1, pageCount: 6,
          title: RichText(plain: "Pembuka")),
      ])
    #expect(step.output.last == .keys(.reading(canGoBack: false)))
    #expect(harness.machine.position == .reading(page: 0))
    #expect(step.exit == nil)
  }

  @Test func enterAndBackMoveBetweenPagesAndRecordEachChange() throws {
    var harness = try MachineHarness(course)
    harness.start()
    let next = harness.send("")
    #expect(next.events == [.pageReached(PageVisit(run: "run-1", lesson: "contoh", page: 1))])
    #expect(next.output.last == .keys(.reading(canGoBack: true)))
    #expect(harness.machine.position == .reading(page: 1))
    let back = harness.send("B")
    #expect(back.events == [.pageReached(PageVisit(run: "run-1", lesson: "contoh", page: 0))])
    #expect(harness.machine.position == .reading(page: 0))
    #expect(harness.pagesReached == [0, 1, 0])
  }

  @Test func backOnTheFirstPageSaysSoAndStays() throws {
    var harness = try MachineHarness(course)
    harness.start()
    let step = harness.send("b")
    #expect(step.events.isEmpty)
    #expect(step.output == [.message(.firstPage), .keys(.reading(canGoBack: false))])
    #expect(harness.machine.position == .reading(page: 0))
  }

  @Test(arguments: [("m", LessonExit.menu), ("q", .quit), (" Q ", .quit), ("M", .menu)])
  func menuAndQuitEndTheMachineWithoutEvents(input: String, exit: LessonExit) throws {
    var harness = try MachineHarness(course)
    harness.start()
    harness.send("")
    let step = harness.send(input)
    #expect(step.exit == exit)
    #expect(step.events.isEmpty)
    #expect(harness.machine.exit == exit)
    #expect(harness.send("").exit == exit, "a finished machine only repeats its exit")
  }

  @Test func helpAndTyposKeepThePage() throws {
    var harness = try MachineHarness(course)
    harness.start()
    harness.send("")
    let help = harness.send("?")
    #expect(help.events.isEmpty)
    #expect(
      help.output == [
        .message(.help(.reading(canGoBack: true))), .keys(.reading(canGoBack: true)),
      ])
    let typo = harness.send("lanjut")
    #expect(typo.events.isEmpty)
    #expect(typo.output == [.message(.readingTypo), .keys(.reading(canGoBack: true))])
    #expect(harness.machine.position == .reading(page: 1))
  }

  @Test func questionPromptsAcceptMenuQuitAndHelp() throws {
    var harness = try MachineHarness(course)
    harness.start()
    harness.send(["", "", "", ""])
    let help = harness.send("?")
    #expect(
      help.output == [
        .message(.help(.question(.single, letters: 3))), .keys(.question(.single, letters: 3)),
      ])
    #expect(harness.send("q").exit == .quit)
    #expect(harness.answers.isEmpty)
  }

  @Test func wholeLessonRecordsEveryPageOnceForwardsAndEachBackStep() throws {
    var harness = try MachineHarness(course)
    harness.start()
    harness.send(["", "", "y", "y"])
    while harness.view != nil { harness.answerRight() }
    #expect(harness.machine.position == .reading(page: 5))
    let back = harness.send("b")
    #expect(back.output.contains(.message(.pageAnswered)), "a finished quiz page says so")
    #expect(harness.machine.position == .reading(page: 4))
    harness.send("b")
    harness.send("b")
    #expect(harness.machine.position == .reading(page: 2))
    #expect(harness.last.output.contains(.message(.checklistCompleted)))
    harness.send(["", "", ""])
    #expect(harness.pagesReached == [0, 1, 2, 3, 4, 5, 4, 3, 2, 3, 4, 5])
    #expect(harness.result == nil)
    let end = harness.send("")
    #expect(harness.machine.position == .summary)
    #expect(
      end.events == [
        .lessonCompleted(
          LessonResult(
            run: "run-1", lesson: "contoh", correct: 6, total: 6, score: 100, passed: true))
      ])
    #expect(harness.answers.count == 6, "revisiting answered pages asks nothing again")
  }
}
