import Testing

@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Checklist pages: done, not yet with a reason, skip, invalid reasons and going back.
@Suite struct LessonMachineChecklistTests {
  let course: Course
  init() throws { course = try TutorCourse.load() }

  /// A harness (run in session `sesi-1`) waiting at the first checklist item.
  func atChecklist() throws -> MachineHarness {
    var harness = try MachineHarness(course, session: "sesi-1")
    harness.start()
    let events = harness.send(["", ""])
    #expect(
      events.map { if case .pageReached(let visit) = $0 { visit.page } else { -1 } } == [1, 2])
    #expect(harness.machine.position == .checklist(page: 2, item: 0))
    #expect(
      harness.last.output.suffix(2) == [
        .checklistItem(number: 1, count: 2, text: RichText(plain: "Saya punya HP")),
        .keys(.checklistItem),
      ])
    return harness
  }

  func mark(_ item: String, done: Bool, reason: String? = nil, indicator: String? = nil)
    -> EventBody
  {
    .checklistItem(
      ChecklistMark(
        run: "run-1", lesson: "contoh", item: item, done: done, reason: reason,
        indicator: indicator, session: "sesi-1"))
  }

  @Test(arguments: ["y", "Y", "ya", "yes", "sudah", "done"])
  func doneIsRecordedAndTheNextItemAsked(_ input: String) throws {
    var harness = try atChecklist()
    let step = harness.send(input)
    #expect(step.events == [mark("hp", done: true)])
    #expect(step.output.first == .message(.itemDone))
    #expect(harness.machine.position == .checklist(page: 2, item: 1))
  }

  @Test(arguments: ["n", "no", "tidak", "belum", "not yet"])
  func notYetAsksTheReasonThenRecordsItWithTheIndicator(_ input: String) throws {
    var harness = try atChecklist()
    harness.send("y")
    let ask = harness.send(input)
    #expect(ask.events.isEmpty)
    #expect(harness.machine.position == .reason(page: 2, item: 1))
    let reasons = course.manifest.reasons
    #expect(ask.output == [.reasons(reasons), .keys(.reason(count: 3))])
    let step = harness.send("2")
    #expect(
      step.events == [
        mark("instal", done: false, reason: "followers", indicator: "installed-app"),
        .pageReached(PageVisit(run: "run-1", lesson: "contoh", page: 3)),
      ])
    #expect(step.output.first == .message(.itemNotYet))
    #expect(harness.machine.position == .question(page: 3, index: 0), "then the quiz page")
    let outcome = ParticipantProgress(events: Replay.stored(harness.events)).indicators()
    #expect(outcome["installed-app"]?.achieved == false)
    #expect(outcome["installed-app"]?.reason == "followers")
    #expect(outcome["installed-app"]?.source == .selfReported)
    #expect(outcome["installed-app"]?.session == "sesi-1")
  }

  @Test func tickingAnIndicatorItemRecordsItAchieved() throws {
    var harness = try atChecklist()
    let events = harness.send(["y", "y"])
    #expect(events.first == mark("hp", done: true))
    #expect(events.dropFirst().first == mark("instal", done: true, indicator: "installed-app"))
    let outcome = ParticipantProgress(events: Replay.stored(harness.events)).indicators()
    #expect(outcome["installed-app"]?.achieved == true)
  }

  @Test(arguments: ["0", "4", "x", "-1", "1 2"])
  func anInvalidReasonAsksAgain(_ input: String) throws {
    var harness = try atChecklist()
    harness.send("n")
    let step = harness.send(input)
    #expect(step.events.isEmpty)
    #expect(step.output == [.message(.reasonTypo(count: 3)), .keys(.reason(count: 3))])
    #expect(harness.machine.position == .reason(page: 2, item: 0))
    #expect(harness.send("3").events == [mark("hp", done: false, reason: "other")])
  }

  @Test func enterInTheReasonListCancelsBackToTheItem() throws {
    var harness = try atChecklist()
    harness.send("n")
    let step = harness.send("")
    #expect(step.events.isEmpty)
    #expect(harness.machine.position == .checklist(page: 2, item: 0))
  }

  @Test func enterSkipsAnItemWithoutRecording() throws {
    var harness = try atChecklist()
    let skip = harness.send("")
    #expect(skip.events.isEmpty)
    #expect(harness.machine.position == .checklist(page: 2, item: 1))
    let last = harness.send("")
    #expect(last.events == [.pageReached(PageVisit(run: "run-1", lesson: "contoh", page: 3))])
    #expect(harness.machine.run.marks.isEmpty)
  }

  @Test func backGoesToThePreviousItemThenThePreviousPage() throws {
    var harness = try atChecklist()
    harness.send("y")
    let back = harness.send("b")
    #expect(back.events.isEmpty)
    #expect(harness.machine.position == .checklist(page: 2, item: 0))
    let item = TutorOutput.checklistItem(
      number: 1, count: 2, text: RichText(plain: "Saya punya HP"))
    #expect(back.output.contains(item))
    let n = harness.send("n")
    #expect(n.events.isEmpty)
    harness.send("1")
    #expect(harness.machine.run.mark("hp")?.reason == "documents", "a later mark replaces")
    #expect(harness.machine.position == .checklist(page: 2, item: 1))
    harness.send("b")
    let page = harness.send("b")
    #expect(page.events == [.pageReached(PageVisit(run: "run-1", lesson: "contoh", page: 1))])
    #expect(harness.machine.position == .reading(page: 1))
  }

  @Test func typoAndHelpAtAnItem() throws {
    var harness = try atChecklist()
    let typo = harness.send("mungkin")
    #expect(typo.events.isEmpty)
    #expect(typo.output == [.message(.checklistTypo), .keys(.checklistItem)])
    let help = harness.send("?")
    #expect(help.output == [.message(.help(.checklistItem)), .keys(.checklistItem)])
    #expect(harness.machine.position == .checklist(page: 2, item: 0))
  }

  @Test func aRevisitedChecklistShowsItsMarks() throws {
    var harness = try atChecklist()
    harness.send(["y", "n", "1"])
    while harness.view != nil { harness.answerRight() }
    harness.send(["b", "b", "b"])
    #expect(harness.machine.position == .reading(page: 2))
    let items = course.lesson("contoh", in: .id)!.pages[2].items
    let marks = [
      "hp": harness.machine.run.mark("hp")!, "instal": harness.machine.run.mark("instal")!,
    ]
    let overview = TutorOutput.checklistOverview(
      items, marks: marks, reasons: course.manifest.reasons)
    #expect(harness.last.output.contains(overview))
    #expect(marks["instal"]?.reason == "documents")
  }
}
