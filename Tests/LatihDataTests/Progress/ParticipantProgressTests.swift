import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct ParticipantProgressTests {
  static let inOrder = ParticipantProgress(events: ProgressHistory.rich)
  static let schedule = TestSchedule(test: "tes", lessons: ["dasar", "tes"])

  /// Everything a progress exposes, for comparing two of them.
  static func same(_ a: ParticipantProgress, _ b: ParticipantProgress) -> Bool {
    a.events == b.events && a.lessons == b.lessons && a.indicatorRecords == b.indicatorRecords
      && a.lastActivity == b.lastActivity && a.indicators() == b.indicators()
      && a.indicators(session: "s1") == b.indicators(session: "s1")
      && a.indicators(session: "s2") == b.indicators(session: "s2")
      && Self.schedule.scores(in: a) == Self.schedule.scores(in: b)
      && a.indicators(from: .selfReported) == b.indicators(from: .selfReported)
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

  /// Minutes after ``SampleEvents/baseTime`` in milliseconds.
  static func at(_ minutes: Int64, seconds: Int64 = 0) -> Int64 {
    SampleEvents.baseTime + minutes * 60_000 + seconds * 1000
  }

  @Test func preAndPostAreDecidedByTime() {
    // "dasar" is finished at minute 7: t1 (minute 1) is the pre-test, t2 and t3 after it.
    let scores = Self.schedule.scores(in: Self.inOrder)
    #expect(scores.pre == 30)
    #expect(scores.post == 60)
    #expect(scores.neither == 0)
    // With "daftar" in the course too (never finished), t2 and t3 are mid-course.
    let longer = TestSchedule(test: "tes", lessons: ["dasar", "daftar", "tes"])
    let mid = longer.scores(in: Self.inOrder)
    #expect(mid.pre == 30)
    #expect(mid.post == nil)
    #expect(mid.neither == 2)
    #expect(longer.roles(in: Self.inOrder).map(\.role) == [.pre, .neither, .neither])
    // The facilitator opened the post-test between t2 and t3.
    var opened = longer
    opened.postTestOpened = Self.at(21, seconds: 30)
    #expect(opened.roles(in: Self.inOrder).map(\.role) == [.pre, .neither, .post])
    #expect(opened.scores(in: Self.inOrder).post == 80)
    let preOnly = ParticipantProgress(events: Array(ProgressHistory.rich.prefix(5)))
    #expect(Self.schedule.scores(in: preOnly) == TestScores(pre: 30, post: nil).with(run: "t1"))
    #expect(TestSchedule(test: nil, lessons: ["dasar"]).scores(in: preOnly) == TestScores())
  }

  @Test func aRetakeBeforeStudyingIsStillThePreTestAndTheFirstCounts() {
    // Tagged post by the laptop (old rule), opened before any lesson was finished.
    let retake = ParticipantProgress(
      events: Array(ProgressHistory.rich.prefix(5)) + [
        ProgressHistory.opened(40, run: "t0", lesson: "tes", tag: .post, at: 3),
        ProgressHistory.completed(41, run: "t0", lesson: "tes", score: 90, tag: .post, at: 4),
      ])
    #expect(Self.schedule.roles(in: retake).map(\.role) == [.pre, .pre])
    #expect(Self.schedule.scores(in: retake).pre == 30)
    #expect(Self.schedule.scores(in: retake).post == nil)
  }

  @Test func anExplicitTagIsKept() {
    let opening = LessonOpening(
      run: "t9", lesson: "tes", language: .id, seed: 1, shuffled: false, tag: .post,
      tagSet: .explicit)
    let events = [
      SampleEvents.event(1, .lessonOpened(opening), minutes: 1),
      ProgressHistory.completed(2, run: "t9", lesson: "tes", score: 70, tag: .post, at: 2),
    ]
    let progress = ParticipantProgress(events: events)
    #expect(Self.schedule.scores(in: progress).post == 70)
    #expect(Self.schedule.scores(in: progress).pre == nil)
  }

  @Test func aRetryOfMissedQuestionsIsPractice() {
    let dasar = Self.inOrder.lesson("dasar")
    // r1 scored 50; the retry r2 "scored" 100 but is practice.
    #expect(dasar.bestScore == 50)
    #expect(!dasar.passed)
    #expect(dasar.completedRuns.map(\.id) == ["r1"])
    #expect(dasar.practiceRuns.map(\.id) == ["r2"])
    let withoutR3 = ParticipantProgress(events: Array(ProgressHistory.rich.prefix(15)))
    #expect(withoutR3.lesson("dasar").status == .needsReview)
  }

  @Test func verifiedAndSelfReportedAreApart() {
    let verified = Self.inOrder.indicators(from: .facilitator)
    let own = Self.inOrder.indicators(from: .selfReported)
    #expect(Set(verified.keys) == ["affiliate-account", "video-content"])
    #expect(verified["affiliate-account"]?.achieved == false)
    #expect(own["affiliate-account"]?.achieved == true)
    #expect(own["installed-app"]?.achieved == true)
    #expect(verified["installed-app"] == nil)
  }
}

extension TestScores {
  func with(run: String) -> TestScores {
    var copy = self
    copy.preRun = run
    return copy
  }
}
