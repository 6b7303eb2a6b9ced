import LatihTestSupport
import Testing

@testable import LatihCLI
@testable import LatihData

@Suite struct EvaluationGridTests {
  let people = ["Ani", "Budi"].enumerated().map { index, name in
    Participant(
      id: "000000000000000\(index)", name: name, enrolledAt: 0, sessions: ["s1s1s1s1"])
  }

  func grid(outcomes: [String: [String: IndicatorOutcome]] = [:]) -> EvaluationGrid {
    EvaluationGrid(
      people: people, indicators: FacilitatorFixtures.indicators,
      reasons: FacilitatorFixtures.reasons, session: "s1s1s1s1", outcomes: outcomes)
  }

  @Test func walksPeopleTimesIndicatorsWithOneKeyEach() {
    var grid = grid()
    let first = grid.start()
    #expect(first.output.contains(.person(number: 1, count: 2, participant: people[0])))
    #expect(grid.handle("y").records.map(\.record.achieved) == [true])
    #expect(grid.handle("n").output == [.reasons(FacilitatorFixtures.reasons)])
    let reasoned = grid.handle("1")
    #expect(reasoned.records.map(\.record.reason) == ["documents"])
    #expect(reasoned.records.map(\.record.source) == [.facilitator])
    #expect(reasoned.records.map(\.record.session) == ["s1s1s1s1"])
    let skipped = grid.handle("")
    #expect(skipped.records.isEmpty)
    #expect(skipped.output.contains(.person(number: 2, count: 2, participant: people[1])))
    _ = grid.handle("s")
    _ = grid.handle("s")
    let last = grid.handle("y")
    #expect(last.done)
    #expect(last.records.map(\.participant) == [people[1]])
    #expect(grid.recordedCount == 3)
  }

  @Test func typosAndBadReasonNumbersRecordNothing() {
    var grid = grid()
    _ = grid.start()
    #expect(grid.handle("x").output == [.message(.evaluateTypo), .keys])
    _ = grid.handle("n")
    let bad = grid.handle("9")
    #expect(bad.records.isEmpty)
    #expect(bad.output.first == .message(.evaluateTypo))
    let cancelled = grid.handle("")
    #expect(cancelled.records.isEmpty)
    #expect(!grid.choosingReason)
    #expect(grid.cell.person == 0 && grid.cell.indicator == 0)
  }

  @Test func backGoesToThePreviousCellAcrossPeople() {
    var grid = grid()
    _ = grid.start()
    for _ in 0..<3 { _ = grid.handle("s") }
    #expect(grid.cell.person == 1 && grid.cell.indicator == 0)
    _ = grid.handle("b")
    #expect(grid.cell.person == 0 && grid.cell.indicator == 2)
  }

  @Test func resumesAtTheFirstCellWithoutAFacilitatorRecord() {
    func outcome(_ indicator: String, _ source: RecordSource) -> IndicatorOutcome {
      IndicatorOutcome(
        indicator: indicator, achieved: true, reason: nil, note: nil, source: source,
        session: nil, time: 0, eventID: "e")
    }
    var recorded: [String: [String: IndicatorOutcome]] = [:]
    for indicator in FacilitatorFixtures.indicators {
      recorded[people[0].id, default: [:]][indicator.id] = outcome(indicator.id, .facilitator)
    }
    recorded[people[1].id] = ["installed-app": outcome("installed-app", .selfReported)]
    var grid = grid(outcomes: recorded)
    let step = grid.start()
    #expect(grid.cell.person == 1 && grid.cell.indicator == 0)
    #expect(
      step.output.contains(
        .cell(
          indicator: FacilitatorFixtures.indicators[0],
          current: recorded[people[1].id]?["installed-app"])))
  }

  @Test func quitEndsAtOnceAndEmptyGridsSaySo() {
    var grid = grid()
    _ = grid.start()
    #expect(grid.handle("q").done)
    var empty = EvaluationGrid(
      people: [], indicators: FacilitatorFixtures.indicators, reasons: [], session: nil,
      outcomes: [:])
    #expect(empty.start() == EvaluationGrid.Step(output: [.message(.evaluateNothing)], done: true))
  }
}
