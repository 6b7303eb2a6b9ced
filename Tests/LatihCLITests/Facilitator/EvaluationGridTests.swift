import LatihTestSupport
import Testing

@testable import LatihCLI
@testable import LatihData

@Suite struct EvaluationGridTests {
  static let names = ["Ani", "Budi", "Siti Aminah", "Siti Nur", "Dédé Rosali"]
  let people = Self.names.enumerated().map { index, name in
    Participant(
      id: "000000000000000\(index)", name: name, enrolledAt: 0, sessions: ["s1s1s1s1"])
  }

  func grid(
    outcomes: [String: [String: IndicatorOutcome]] = [:], skipped: Set<GridCell> = [],
    all: Bool = false
  ) -> EvaluationGrid {
    EvaluationGrid(
      people: people, indicators: FacilitatorFixtures.indicators,
      reasons: FacilitatorFixtures.reasons, session: "s1s1s1s1", outcomes: outcomes,
      skipped: skipped, askAll: all)
  }

  /// Where the grid asks now, as (person, indicator).
  func at(_ grid: EvaluationGrid) -> [Int] { [grid.cell.person, grid.cell.indicator] }

  @Test func oneKeyPerCellWithNotYetWithoutAReasonInOneKey() {
    var grid = grid()
    let first = grid.start()
    #expect(first.output.contains(.person(number: 1, count: 5, participant: people[0])))
    #expect(grid.handle("y").records.map(\.record.achieved) == [true])
    let notYet = grid.handle("n")
    #expect(notYet.records.map(\.record.achieved) == [false])
    #expect(notYet.records.map(\.record.reason) == [nil])
    let reasoned = grid.handle("1")
    #expect(reasoned.records.map(\.record.reason) == ["documents"])
    #expect(reasoned.records.map(\.record.source) == [.facilitator])
    #expect(reasoned.records.map(\.record.session) == ["s1s1s1s1"])
    #expect(reasoned.output.contains(.person(number: 2, count: 5, participant: people[1])))
    #expect(grid.recordedCount == 3)
  }

  @Test func aRowAtOnceRecordsEveryCellAndShowsASummary() {
    var grid = grid()
    _ = grid.start()
    let row = grid.handle("yyn2")
    #expect(row.records.map(\.record.achieved) == [true, true, false])
    #expect(row.records.map(\.record.reason) == [nil, nil, "other"])
    let outcomes = grid.outcomes[people[0].id]
    #expect(
      row.output.first
        == .summary(
          participant: people[0],
          outcomes: FacilitatorFixtures.indicators.map { outcomes?[$0.id] }))
    #expect(at(grid) == [1, 0])
    // `+`: the rest achieved; `y2y` a reason by its digit; a space is ignored.
    #expect(grid.handle("n+").records.map(\.record.achieved) == [false, true, true])
    #expect(grid.handle("y 2y").records.map(\.record.reason) == [nil, "other", nil])
    #expect(grid.handle("+").records.count == 3)
    // A short row stays with the person; `-` skips a cell.
    #expect(grid.handle("-y").records.count == 1)
    #expect(at(grid) == [4, 2])
    #expect(grid.skipped == [GridCell(participant: people[4].id, indicator: "installed-app")])
  }

  @Test func aRowThatDoesNotFitOrHasATypoRecordsNothing() {
    var grid = grid()
    _ = grid.start()
    let long = grid.handle("yyyy")
    #expect(long.records.isEmpty)
    #expect(long.output.first == .message(.evaluateTooMany(typed: 4, left: 3)))
    for typo in ["x", "y9", "yx", "+y", "n0", "/"] {
      let step = grid.handle(typo)
      #expect(step.records.isEmpty, "\(typo)")
      #expect(step.output.first == .message(.evaluateTypo(reasons: 2)), "\(typo)")
    }
    #expect(at(grid) == [0, 0])
    #expect(grid.recordedCount == 0)
  }

  @Test func resumesAfterASkipAndAnInterruptWithoutAskingAgain() {
    // First run: Ani's first cell skipped (absent at that table), the rest of her row and
    // Budi's row recorded, then Ctrl-C (the driver keeps outcomes and skipped cells).
    var first = grid()
    _ = first.start()
    _ = first.handle("")
    _ = first.handle("yy")
    _ = first.handle("yny")
    #expect(first.skipped.count == 1)
    var recorded = first.outcomes
    for (person, cells) in recorded {
      for (indicator, outcome) in cells {
        var stored = outcome
        stored.eventID = "e-\(person)-\(indicator)"
        recorded[person]?[indicator] = stored
      }
    }
    // Second run: starts at Siti Aminah, not at the skipped cell nor a recorded one.
    var second = grid(outcomes: recorded, skipped: first.skipped)
    let start = second.start()
    #expect(at(second) == [2, 0])
    #expect(start.output.contains(.person(number: 3, count: 5, participant: people[2])))
    // Every cell asked from here on is one not recorded before: 9 cells, then done.
    var asked = 1
    var step = second.handle("y")
    while !step.done {
      let cell = second.key(second.cell)
      #expect(recorded[cell.participant]?[cell.indicator] == nil, "\(cell) asked again")
      #expect(!first.skipped.contains(cell))
      asked += 1
      step = second.handle("y")
    }
    #expect(asked == 9)
    #expect(second.recordedCount == 9)
    // Third run: only the skipped cell is left, so it is asked, and said so.
    var third = grid(outcomes: second.outcomes, skipped: second.skipped)
    let last = third.start()
    #expect(last.output.contains(.message(.evaluateSkippedAgain(1))))
    #expect(at(third) == [0, 0])
    #expect(third.handle("y").done)
    #expect(third.skipped.isEmpty)
    // Fourth run: nothing left to ask.
    var fourth = grid(outcomes: third.outcomes)
    let nothing = fourth.start()
    #expect(nothing.done)
    #expect(nothing.output.contains(.message(.evaluateAllRecorded(cells: 15))))
  }

  @Test func recordedCellsInsideARowAreNotAskedUnlessTheRowIsOpened() {
    let budi = people[1].id
    let outcome = IndicatorOutcome(
      indicator: "affiliate-account", achieved: true, reason: nil, note: nil,
      source: .facilitator, session: "s1s1s1s1", time: 1, eventID: "e")
    var grid = grid(outcomes: [budi: ["affiliate-account": outcome]])
    _ = grid.start()
    _ = grid.handle("+")
    #expect(at(grid) == [1, 0])
    // Budi has two cells to ask: a three-answer row does not fit.
    #expect(grid.handle("yyy").output.first == .message(.evaluateTooMany(typed: 3, left: 2)))
    let row = grid.handle("nn")
    #expect(row.records.map(\.record.indicator) == ["installed-app", "video-content"])
    // `a` opens his row: every cell asked again.
    _ = grid.handle("b")
    _ = grid.handle("b")
    _ = grid.handle("a")
    #expect(at(grid) == [1, 0])
    #expect(grid.handle("yyy").records.count == 3)
    // `--all` asks every cell, recorded or not.
    var all = self.grid(outcomes: [budi: ["affiliate-account": outcome]], all: true)
    _ = all.start()
    _ = all.handle("+")
    #expect(all.handle("yyy").records.count == 3)
  }

  @Test func jumpsToAPersonByNumberOrNameStart() {
    var grid = grid()
    _ = grid.start()
    let byNumber = grid.handle("/4")
    #expect(at(grid) == [3, 0])
    #expect(byNumber.output.contains(.person(number: 4, count: 5, participant: people[3])))
    _ = grid.handle("/budi")
    #expect(at(grid) == [1, 0])
    _ = grid.handle("/dede")
    #expect(at(grid) == [4, 0], "accents folded")
    _ = grid.handle("/nur")
    #expect(at(grid) == [3, 0], "a later word's start")
    let two = grid.handle("/siti")
    #expect(two.output.first == .message(.evaluateWhichPerson("/3 Siti Aminah, /4 Siti Nur")))
    #expect(at(grid) == [3, 0])
    let none = grid.handle("/zaenab")
    #expect(none.output.first == .message(.evaluateNoSuchPerson("zaenab")))
    #expect(grid.handle("/9").output.first == .message(.evaluateNoSuchPerson("9")))
    // A jump opens the row: her recorded cells are asked too.
    _ = grid.handle("/2")
    _ = grid.handle("+")
    _ = grid.handle("/2")
    #expect(grid.handle("nnn").records.count == 3)
  }

  @Test func rosterNumbersAreWhatAJumpUses() {
    var numbered = people
    for index in numbered.indices { numbered[index].rosterNumber = 10 + index }
    var grid = EvaluationGrid(
      people: numbered, indicators: FacilitatorFixtures.indicators,
      reasons: FacilitatorFixtures.reasons, session: nil, outcomes: [:])
    _ = grid.start()
    _ = grid.handle("/12")
    #expect(at(grid) == [2, 0])
  }

  @Test func qQuitsAtEveryPrompt() {
    func quits(_ keys: [String]) -> Bool {
      var grid = grid()
      _ = grid.start()
      for key in keys { _ = grid.handle(key) }
      let step = grid.handle("q")
      let done = FacilitatorText.evaluateDone(
        recorded: grid.recordedCount, skipped: grid.skipped.count)
      return step.done && step.output.last == .message(done)
    }
    #expect(quits([]))
    #expect(quits(["y"]), "mid-row")
    #expect(quits(["r"]), "the reason prompt")
    #expect(quits(["r", "7"]), "after a wrong reason number")
    #expect(quits(["x"]), "after a typo")
    #expect(quits(["/siti"]), "after an ambiguous jump")
    #expect(quits(["?"]), "after the help")
    #expect(quits(["+", "b"]), "after going back")
  }

  @Test func theReasonPromptTakesANumberNoReasonOrCancel() {
    var grid = grid()
    _ = grid.start()
    #expect(
      grid.handle("r").output == [
        .message(.evaluateReasonTypo(count: 2)), .reasons(FacilitatorFixtures.reasons),
      ], "how to answer (Enter cancels), then the list and its prompt")
    let bad = grid.handle("9")
    #expect(bad.records.isEmpty)
    #expect(bad.output.first == .message(.evaluateReasonTypo(count: 2)))
    let cancelled = grid.handle("")
    #expect(cancelled.records.isEmpty)
    #expect(!grid.choosingReason)
    _ = grid.handle("r")
    #expect(grid.handle("2").records.map(\.record.reason) == ["other"])
    _ = grid.handle("r")
    #expect(grid.handle("n").records.map(\.record.reason) == [nil])
    // A reason by its id or the start of its label, as `record --reason` reads it.
    _ = grid.handle("r")
    #expect(grid.handle("DOC").records.map(\.record.reason) == ["documents"])
    _ = grid.handle("r")
    let shared = grid.handle("alasan")
    #expect(shared.records.isEmpty, "a label start shared by both reasons")
    #expect(shared.output.first == .message(.evaluateReasonTypo(count: 2)))
    #expect(grid.handle("alasan oth").records.map(\.record.reason) == ["other"])
  }

  @Test func backGoesToThePreviousCellAcrossPeople() {
    var grid = grid()
    _ = grid.start()
    _ = grid.handle("---")
    #expect(at(grid) == [1, 0])
    _ = grid.handle("b")
    #expect(at(grid) == [0, 2])
  }

  @Test func aRecordTakenBackIsNotInTheSummaryNorTheCount() {
    var grid = grid()
    _ = grid.start()
    _ = grid.handle("/5")
    let step = grid.handle("+")
    #expect(step.done)
    // Dédé was learning: her second record could not be saved.
    grid.notSaved(step.records[1], before: [:])
    let outcomes = grid.outcomes[people[4].id]
    let shown = step.output.map { grid.refreshed($0, unsaved: [people[4].id]) }
    #expect(
      shown.contains(
        .summary(
          participant: people[4],
          outcomes: [outcomes?["installed-app"], nil, outcomes?["video-content"]])))
    #expect(shown.last == .message(.evaluateDone(recorded: 2, skipped: 0)))
    #expect(outcomes?["installed-app"] != nil)
  }

  @Test func emptyGridsSaySo() {
    var empty = EvaluationGrid(
      people: [], indicators: FacilitatorFixtures.indicators, reasons: [], session: nil,
      outcomes: [:])
    #expect(empty.start() == EvaluationGrid.Step(output: [.message(.evaluateNothing)], done: true))
  }

  @Test func aGroupNamedKelompokIsNotPrefixedAgain() {
    var person = people[0]
    person.group = "Kelompok Wanita Tani Mawar"
    #expect(ParticipantLabel(person).text(in: .id).contains("(Kelompok Wanita Tani Mawar, id"))
    #expect(ParticipantLabel(person).text(in: .en).contains("(Kelompok Wanita Tani Mawar, id"))
    person.group = "Mawar"
    #expect(ParticipantLabel(person).text(in: .id).contains("(kelompok Mawar, id"))
    #expect(ParticipantLabel(person).text(in: .en).contains("(group Mawar, id"))
  }
}
