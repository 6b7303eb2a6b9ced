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
        item(1, "Saya punya HP"), .keys(.checklistItem),
      ])
    return harness
  }

  func mark(
    _ item: String, done: Bool, reason: String? = nil, indicator: String? = nil,
    note: String? = nil
  ) -> EventBody {
    .checklistItem(
      ChecklistMark(
        run: "run-1", lesson: "contoh", item: item, done: done, reason: reason,
        indicator: indicator, session: "sesi-1", note: note))
  }

  /// Item `number` as asked, with its mark so far.
  func item(_ number: Int, _ text: String, mark: ChecklistMark? = nil) -> TutorOutput {
    .checklistItem(
      number: number, count: 2, text: RichText(plain: text), mark: mark,
      reasons: course.manifest.reasons)
  }

  @Test(arguments: ["s", "S", "sudah", "y", "ya"])
  func doneIsRecordedAndTheNextItemAsked(_ input: String) throws {
    var harness = try atChecklist()
    let step = harness.send(input)
    #expect(step.events == [mark("hp", done: true)])
    #expect(step.output.first == .message(.itemDone))
    #expect(harness.machine.position == .checklist(page: 2, item: 1))
  }

  @Test(arguments: ["bl", "BL", "belum", "tidak"])
  func notYetAsksTheReasonThenRecordsItWithTheIndicator(_ input: String) throws {
    var harness = try atChecklist()
    harness.send("s")
    let ask = harness.send(input)
    #expect(ask.events.isEmpty)
    #expect(harness.machine.position == .reason(page: 2, item: 1))
    let reasons = course.manifest.reasons
    #expect(ask.output == [.reasons(reasons), .keys(.reason(count: 3))])
    let step = harness.send("2")
    #expect(
      step.events == [mark("instal", done: false, reason: "followers", indicator: "installed-app")])
    #expect(step.output.first == .message(.itemNotYet))
    #expect(harness.machine.position == .overview(page: 2), "then the overview")
    let quiz = harness.send("")
    #expect(quiz.events == [.pageReached(PageVisit(run: "run-1", lesson: "contoh", page: 3))])
    #expect(harness.machine.position == .question(page: 3, index: 0), "then the quiz page")
    let outcome = ParticipantProgress(events: Replay.stored(harness.events)).indicators()
    #expect(outcome["installed-app"]?.achieved == false)
    #expect(outcome["installed-app"]?.reason == "followers")
    #expect(outcome["installed-app"]?.source == .selfReported)
    #expect(outcome["installed-app"]?.session == "sesi-1")
  }

  @Test func tickingAnIndicatorItemRecordsItAchieved() throws {
    var harness = try atChecklist()
    let events = harness.send(["s", "s"])
    #expect(events.first == mark("hp", done: true))
    #expect(events.dropFirst().first == mark("instal", done: true, indicator: "installed-app"))
    let outcome = ParticipantProgress(events: Replay.stored(harness.events)).indicators()
    #expect(outcome["installed-app"]?.achieved == true)
  }

  @Test(arguments: ["0", "4", "x", "-1", "1 2"])
  func anInvalidReasonAsksAgain(_ input: String) throws {
    var harness = try atChecklist()
    harness.send("bl")
    let step = harness.send(input)
    #expect(step.events.isEmpty)
    #expect(step.output == [.message(.reasonTypo(count: 3)), .keys(.reason(count: 3))])
    #expect(harness.machine.position == .reason(page: 2, item: 0))
    harness.send("3")
    #expect(harness.machine.position == .note(page: 2, item: 0), "other asks for a text")
    #expect(harness.send("").events == [mark("hp", done: false, reason: "other")])
  }

  @Test func enterInTheReasonListCancelsBackToTheItem() throws {
    var harness = try atChecklist()
    harness.send("bl")
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
    #expect(last.events.isEmpty)
    #expect(harness.machine.position == .overview(page: 2))
    let next = harness.send("")
    #expect(next.events == [.pageReached(PageVisit(run: "run-1", lesson: "contoh", page: 3))])
    #expect(harness.machine.run.marks.isEmpty)
  }

  @Test func backGoesToThePreviousItemThenThePreviousPage() throws {
    var harness = try atChecklist()
    harness.send("s")
    let back = harness.send("<")
    #expect(back.events.isEmpty)
    #expect(harness.machine.position == .checklist(page: 2, item: 0))
    let done = try #require(harness.machine.run.mark("hp"))
    #expect(back.output.contains(item(1, "Saya punya HP", mark: done)), "its state is shown")
    let n = harness.send("bl")
    #expect(n.events.isEmpty)
    harness.send("1")
    #expect(harness.machine.run.mark("hp")?.reason == "documents", "a later mark replaces")
    #expect(harness.machine.position == .checklist(page: 2, item: 1))
    harness.send("k")
    let page = harness.send("kembali")
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
    harness.send(["s", "bl", "1", ""])
    while harness.view != nil { harness.answerRight() }
    harness.send(["b", "b", "b"])
    #expect(harness.machine.position == .overview(page: 2))
    let items = course.lesson("contoh", in: .id)!.pages[2].items
    let marks = [
      "hp": harness.machine.run.mark("hp")!, "instal": harness.machine.run.mark("instal")!,
    ]
    let overview = TutorOutput.checklistOverview(
      items, marks: marks, reasons: course.manifest.reasons)
    #expect(harness.last.output.contains(overview))
    #expect(marks["instal"]?.reason == "documents")
  }

  @Test func bIsNotBackInIndonesianAtAChecklist() throws {
    var harness = try atChecklist()
    harness.send("s")
    let step = harness.send("b")
    #expect(step.events.isEmpty)
    #expect(step.output == [.message(.checklistTypo), .keys(.checklistItem)])
    #expect(harness.machine.position == .checklist(page: 2, item: 1))
  }

  @Test func enterAfterGoingBackTwiceDoesNotSkipTheItemGoneBackFor() throws {
    var harness = try atChecklist()
    harness.send(["s", "bl", "2"])
    #expect(harness.machine.position == .overview(page: 2))
    harness.send(["<", "<"])
    #expect(harness.machine.position == .checklist(page: 2, item: 0))
    let next = harness.send("")
    #expect(next.events.isEmpty)
    #expect(harness.machine.position == .checklist(page: 2, item: 1), "the item gone back for")
    let instal = try #require(harness.machine.run.mark("instal"))
    #expect(next.output.contains(item(2, "Saya sudah menginstal TikTok", mark: instal)))
  }

  @Test func theOverviewChangesAnyItemThenReturns() throws {
    var harness = try atChecklist()
    let overview = harness.send(["s", "s"])
    #expect(overview.count == 2)
    #expect(harness.machine.position == .overview(page: 2))
    let items = course.lesson("contoh", in: .id)!.pages[2].items
    let shown = harness.last.output
    #expect(
      shown.contains(
        .checklistOverview(
          items, marks: harness.machine.marks(on: harness.machine.lesson.pages[2]),
          reasons: course.manifest.reasons)))
    #expect(shown.suffix(2) == [.message(.checklistChange(count: 2)), .keys(.overview(count: 2))])
    harness.send("1.")
    #expect(harness.machine.position == .checklist(page: 2, item: 0))
    let changed = harness.send(["bl", "1"])
    #expect(changed == [mark("hp", done: false, reason: "documents")])
    #expect(harness.machine.position == .overview(page: 2), "back to the overview, not item 2")
    #expect(harness.send("9").output.first == .message(.checklistChange(count: 2)))
    harness.send("")
    #expect(harness.machine.position == .question(page: 3, index: 0))
  }

  @Test func theChangedTickOverridesTheFirstInTheJournal() throws {
    var harness = try atChecklist()
    harness.send(["s", "s", "2", "bl", "2"])
    let events = Replay.stored(harness.events)
    let marks = events.compactMap { if case .checklistItem(let m) = $0.body { m } else { nil } }
    #expect(marks.map(\.done) == [true, true, false], "both ticks stay in the journal")
    let progress = ParticipantProgress(events: events)
    #expect(progress.indicators()["installed-app"]?.achieved == false, "the latest wins")
    #expect(progress.lesson("contoh").openRun?.mark("instal")?.reason == "followers")
    let resumed = try Replay.resume(course, harness.events)
    #expect(resumed.run.mark("instal")?.done == false)
  }

  @Test func otherReasonTakesAShortCleanedNote() throws {
    var harness = try atChecklist()
    harness.send(["s", "bl", "3"])
    #expect(harness.last.output == [.message(.askNote), .keys(.note)])
    let long = "HP  rusak\u{1B}[31m " + String(repeating: "x", count: 200)
    let step = harness.send(long)
    let note = try #require(harness.machine.run.mark("instal")?.note)
    #expect(note.count == LessonMachine.maximumNoteLength)
    #expect(note.hasPrefix("HP rusak"))
    #expect(!note.contains("\u{1B}"))
    #expect(
      step.events.first
        == mark("instal", done: false, reason: "other", indicator: "installed-app", note: note))
    let stored = Replay.stored(harness.events)
    let outcome = ParticipantProgress(events: stored).indicators()["installed-app"]
    #expect(outcome?.note == note)
  }

  @Test func englishKeysAtAChecklist() throws {
    let model = try #require(course.lesson("contoh", in: .id))
    let opening = LessonOpening(
      run: "run-1", lesson: "contoh", language: .en, seed: 1, shuffled: false, tag: nil,
      session: "sesi-1")
    var harness = MachineHarness(LessonMachine(lesson: model, course: course, opening: opening))
    harness.start()
    harness.send(["", "", "y", "b"])
    #expect(harness.machine.position == .checklist(page: 2, item: 0), "b is back in English")
    harness.send(["", "n", "1"])
    #expect(harness.machine.run.mark("instal")?.done == false)
    #expect(harness.machine.position == .overview(page: 2))
  }

  @Test func reasonsOfferedAreThoseTiedToTheItemsIndicator() throws {
    var tied = course
    tied.manifest.reasons[1].indicators = ["affiliate-account"]  // followers: not installed-app
    let model = try #require(tied.lesson("contoh", in: .id))
    let opening = LessonOpening(
      run: "run-1", lesson: "contoh", language: .id, seed: 1, shuffled: false, tag: nil,
      session: "sesi-1")
    var harness = MachineHarness(LessonMachine(lesson: model, course: tied, opening: opening))
    harness.start()
    let all = tied.manifest.reasons
    harness.send(["", "", "bl"])
    #expect(harness.last.output == [.reasons(all), .keys(.reason(count: 3))], "hp: no indicator")
    harness.send("1")
    let offered = [all[0], all[2]]
    let step = harness.send("bl")
    #expect(step.output == [.reasons(offered), .keys(.reason(count: 2))], "instal: tied only")
    harness.send("2")
    #expect(harness.machine.position == .note(page: 2, item: 1), "2 is now other")
    harness.send("")
    #expect(harness.machine.run.mark("instal")?.reason == "other")
  }
}
