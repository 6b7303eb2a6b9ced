import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct ParticipantProgressTests {
  static let inOrder = ParticipantProgress(events: ProgressHistory.rich)

  /// Everything a progress exposes, for comparing two of them.
  static func same(_ a: ParticipantProgress, _ b: ParticipantProgress) -> Bool {
    a.events == b.events && a.lessons == b.lessons && a.indicatorRecords == b.indicatorRecords
      && a.lastActivity == b.lastActivity && a.indicators() == b.indicators()
      && a.indicators(session: "s1") == b.indicators(session: "s1")
      && a.indicators(session: "s2") == b.indicators(session: "s2")
      && a.testScores(test: "tes") == b.testScores(test: "tes")
  }

  @Test(arguments: UInt64(0)..<25)
  func shuffledEventsGiveTheSameProgress(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let shuffled = ProgressHistory.rich.shuffled(using: &random)
    #expect(Self.same(ParticipantProgress(events: shuffled), Self.inOrder))
  }

  @Test(arguments: UInt64(0)..<5)
  func duplicatesCountOnce(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let doubled = (ProgressHistory.rich + ProgressHistory.rich.prefix(12)).shuffled(using: &random)
    let progress = ParticipantProgress(events: doubled)
    #expect(progress.events.count == ProgressHistory.rich.count)
    #expect(Self.same(progress, Self.inOrder))
  }

  @Test func eventsAreInTimeOrderThenIdOrder() {
    let times = Self.inOrder.events.map { ($0.time, $0.id) }
    #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 })
    #expect(Self.inOrder.events.map(\.id) == ProgressHistory.rich.map(\.id))
  }

  @Test func runsCollectTheirEvents() throws {
    let dasar = Self.inOrder.lesson("dasar")
    #expect(dasar.runs.map(\.id) == ["r1", "r2", "r3"])
    let first = dasar.runs[0]
    #expect(first.lastPage == 1)
    #expect(first.answers.map(\.question) == ["q1", "q1", "q2"])
    #expect(first.finalAnswer("q1")?.attempt == 2)
    #expect(first.tries("q1").count == 2)
    #expect(first.missedQuestions == ["q2"])
    #expect(first.result?.score == 50)
    #expect(first.openedAt == SampleEvents.baseTime + 3 * 60_000)
    #expect(first.lastActivity == SampleEvents.baseTime + 7 * 60_000)
    #expect(dasar.runs[1].opening.retry == ["q2"])
    #expect(dasar.runs[2].lastPage == 2)
    let checklist = try #require(Self.inOrder.lessons["daftar"]?.runs.first)
    #expect(checklist.marks.count == 4)
    #expect(checklist.mark("ktp")?.done == true)
    #expect(Self.inOrder.lastActivity == SampleEvents.baseTime + 31 * 60_000)
    #expect(Set(Self.inOrder.lessons.keys) == ["dasar", "tes", "daftar"])
  }

  @Test func eventsOfUnopenedRunsAreIgnored() {
    let stray = [
      ProgressHistory.answer(1, run: "ghost", question: "q1", correct: true, at: 1),
      ProgressHistory.completed(2, run: "ghost", score: 100, at: 2),
      ProgressHistory.page(3, run: "ghost", page: 4, at: 3),
    ]
    let progress = ParticipantProgress(events: stray)
    #expect(progress.lessons.isEmpty)
    #expect(progress.lesson("dasar").status == .notStarted)
    #expect(progress.lastActivity == SampleEvents.baseTime + 3 * 60_000)
  }

  @Test func testScoresAreFirstPreAndLastPost() {
    #expect(Self.inOrder.testScores(test: "tes") == (30, 80))
    let preOnly = ParticipantProgress(events: Array(ProgressHistory.rich.prefix(5)))
    #expect(preOnly.testScores(test: "tes") == (30, nil))
    #expect(preOnly.testScores(test: "other") == (nil, nil))
    let morePre = ParticipantProgress(
      events: ProgressHistory.rich + [
        ProgressHistory.opened(40, run: "t4", lesson: "tes", tag: .pre, at: 40),
        ProgressHistory.completed(41, run: "t4", lesson: "tes", score: 90, tag: .pre, at: 41),
        ProgressHistory.opened(42, run: "t5", lesson: "tes", tag: .post, at: 42),
      ])
    #expect(morePre.testScores(test: "tes") == (30, 80))
  }
}
