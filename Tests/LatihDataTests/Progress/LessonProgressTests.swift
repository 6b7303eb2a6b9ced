import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct LessonProgressTests {
  /// A lesson's life: fail, retry, pass, then reopen and do worse.
  static let life: [Event] = [
    ProgressHistory.opened(1, run: "r1", at: 1),
    ProgressHistory.completed(2, run: "r1", score: 40, at: 2),
    ProgressHistory.opened(3, run: "r2", at: 3),
    ProgressHistory.completed(4, run: "r2", score: 80, at: 4),
    ProgressHistory.opened(5, run: "r3", at: 5),
    ProgressHistory.completed(6, run: "r3", score: 60, at: 6),
  ]

  /// After the first `count` events of ``life``: status, best score, the run to resume.
  @Test(arguments: [
    (0, LessonStatus.notStarted, nil as Int?, nil as String?, 0),
    (1, .inProgress, nil, "r1", 0),
    (2, .needsReview, 40, nil, 1),
    (3, .inProgress, 40, "r2", 1),
    (4, .passed, 80, nil, 2),
    (5, .passed, 80, "r3", 2),
    (6, .passed, 80, nil, 3),
  ])
  func statusAfterEachStep(
    count: Int, status: LessonStatus, best: Int?, openRun: String?, completed: Int
  ) {
    let lesson = ParticipantProgress(events: Array(Self.life.prefix(count))).lesson("dasar")
    #expect(lesson.status == status)
    #expect(lesson.bestScore == best)
    #expect(lesson.openRun?.id == openRun)
    #expect(lesson.completedRuns.count == completed)
    #expect(lesson.passed == (status == .passed))
    #expect(lesson.runs.count == (count + 1) / 2)
  }

  @Test func unfinishedEarlierRunIsNotResumedAfterALaterFinishedOne() {
    let lesson = ParticipantProgress(events: [
      ProgressHistory.opened(1, run: "r1", at: 1),
      ProgressHistory.page(2, run: "r1", page: 3, at: 2),
      ProgressHistory.opened(3, run: "r2", at: 3),
      ProgressHistory.completed(4, run: "r2", score: 20, at: 4),
    ]).lesson("dasar")
    #expect(lesson.openRun == nil)
    #expect(lesson.status == .needsReview)
    #expect(lesson.bestScore == 20)
    #expect(lesson.lastActivity == SampleEvents.baseTime + 4 * 60_000)
  }

  @Test func lessonWithoutQuestionsPassesWithScoreZero() {
    let result = LessonResult(
      run: "r1", lesson: "baca", correct: 0, total: 0, score: 0,
      passed: true)
    let lesson = ParticipantProgress(events: [
      ProgressHistory.opened(1, run: "r1", lesson: "baca", at: 1),
      SampleEvents.event(2, .lessonCompleted(result), minutes: 2),
    ]).lesson("baca")
    #expect(lesson.status == .passed)
    #expect(lesson.bestScore == 0)
  }

  @Test func neverOpenedLessonIsEmpty() {
    let lesson = ParticipantProgress(events: Self.life).lesson("lain")
    #expect(lesson.runs.isEmpty && lesson.status == .notStarted)
    #expect(lesson.bestScore == nil && lesson.openRun == nil && lesson.lastActivity == nil)
  }
}
