import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Re-reading the lesson from a question, and coming back to the same question.
@Suite struct LessonMachineRereadTests {
  let course: Course
  init() throws { course = try TutorCourse.load() }

  /// A harness at the second question of the first quiz page, after one wrong try.
  func afterAWrongTry() throws -> MachineHarness {
    var harness = try MachineHarness(course)
    harness.start()
    harness.send(["", "", "", "", ""])
    harness.answerRight()
    #expect(harness.questionID == "semua")
    harness.answerWrong()
    #expect(harness.machine.run.tries("semua").count == 1)
    return harness
  }

  @Test func lessThanOpensThePageBeforeAndEnterReturnsWithTheTries() throws {
    var harness = try afterAWrongTry()
    let before = harness.events.count
    let open = harness.send("<")
    #expect(harness.machine.position == .rereading(page: 2, returnPage: 3, question: 1))
    #expect(open.output.first == .newScreen)
    #expect(open.output.contains { if case .checklistOverview = $0 { true } else { false } })
    #expect(open.output.last == .keys(.rereading(canGoBack: true, canGoForward: false)))
    harness.send("<")
    #expect(harness.machine.position == .rereading(page: 1, returnPage: 3, question: 1))
    harness.send("\u{1B}[D")
    #expect(harness.machine.position == .rereading(page: 0, returnPage: 3, question: 1))
    let first = harness.send("<")
    #expect(first.output.first == .message(.firstPage))
    harness.send(">")
    #expect(harness.machine.position == .rereading(page: 1, returnPage: 3, question: 1))
    #expect(harness.send("x").output.first == .message(.rereadTypo))
    let back = harness.send("")
    #expect(harness.machine.position == .question(page: 3, index: 1))
    #expect(harness.events.count == before, "re-reading records nothing")
    let view = try #require(harness.view)
    #expect(
      back.output.contains(.question(number: 2, count: 6, view: view, attempt: 2, tries: 2)),
      "the same question at its second try")
    harness.answerWrong()
    #expect(harness.machine.run.finalAnswer("semua")?.attempt == 2)
  }

  @Test func quitWhileRereadingResumesAtTheQuestion() throws {
    var harness = try afterAWrongTry()
    harness.send("<")
    #expect(harness.send("q").exit == .quit)
    var resumed = MachineHarness(try Replay.resume(course, harness.events))
    resumed.start()
    #expect(resumed.machine.position == .question(page: 3, index: 1))
    #expect(resumed.machine.run.tries("semua").count == 1)
  }

  @Test(arguments: Language.allCases)
  func helpTellsTheTruthAboutTries(_ language: Language) {
    let two = TutorText.help(.question(.single, letters: 3, tries: 2)).text(in: language)
    let one = TutorText.help(.question(.single, letters: 3, tries: 1)).text(in: language)
    let again = language == .id ? "mencoba lagi" : "try again"
    #expect(two.contains(again))
    #expect(!one.contains(again))
    #expect(
      TutorText.keys(.question(.single, letters: 3, tries: 1)).text(in: language).contains("[<]"))
  }

  @Test func theCourseTestHelpSaysOneTry() throws {
    var harness = try MachineHarness(course, lesson: "tes", tag: .pre)
    harness.start()
    while harness.view == nil, harness.machine.exit == nil { harness.send("") }
    let help = harness.send("?")
    guard case .message(.help(.question(_, _, let tries, let test))) = help.output.first else {
      Issue.record("no help: \(help.output)")
      return
    }
    #expect(tries == 1)
    #expect(test)
  }
}
