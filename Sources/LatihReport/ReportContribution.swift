import LatihCourse
import LatihData

/// What one person adds to a report's counts, worked out from their progress alone, so
/// it can be done on any thread while other people's journals are read; ``ReportTally``
/// then counts contributions in scope order, which is cheap.
struct ReportContribution: Sendable {
  /// An indicator outcome that counts, by course index.
  struct Indicator: Sendable {
    var index: Int
    var achieved: Bool
    /// The reason given (nil or empty when none).
    var reason: String?
    var note: String?
  }

  /// A lesson the person started, by course index.
  struct Lesson: Sendable {
    var index: Int
    /// The first try at each of the lesson's questions in full runs (question index,
    /// right or not), in the order answered. For the course test: the post-test's.
    var firstTries: [(question: Int, correct: Bool)]
    /// For the course test: the first tries in the pre-test.
    var preTestTries: [(question: Int, correct: Bool)] = []
    /// The best score of a finished full run, if any (for the course test: the post-test).
    var bestScore: Int?
    var passed: Bool
    /// Whether she finished a retry of missed questions (practice).
    var practiced: Bool
  }

  /// Verified outcomes (the facilitator's) of course indicators, in course order (empty:
  /// not assessed).
  var indicators: [Indicator] = []
  /// The participant's own checklist answers, in course order.
  var selfReported: [Indicator] = []
  /// Lessons of the course with at least one run, in course order.
  var lessons: [Lesson] = []
  /// The course test's scores, when the course has a test.
  var test: TestScores?

  /// The contribution of `progress` to a report planned by `plan`, counting only
  /// indicator records of `session` (or without one) when a session is given; `schedule`
  /// decides which course-test runs are pre- and post-tests.
  init(
    _ progress: ParticipantProgress, session: String?, plan: ReportPlan, schedule: TestSchedule
  ) {
    indicators = Self.outcomes(progress.indicators(from: .facilitator, session: session), plan)
    selfReported = Self.outcomes(
      progress.indicators(from: .selfReported, session: session), plan)
    if plan.manifest.courseTest != nil { test = schedule.scores(in: progress) }
    let roles = schedule.roles(in: progress)
    let preRuns = Set(roles.filter { $0.role == .pre }.map(\.run.id))
    let postRuns = Set(roles.filter { $0.role == .post }.map(\.run.id))
    for (index, slot) in plan.lessons.enumerated() {
      guard let lesson = progress.lessons[slot.id], !lesson.runs.isEmpty else { continue }
      let isTest = index == plan.testLesson
      let full = lesson.runs.filter { !$0.opening.isPractice }
      lessons.append(
        Lesson(
          index: index,
          firstTries: Self.firstTries(
            isTest ? full.filter { postRuns.contains($0.id) } : full, slot),
          preTestTries: isTest
            ? Self.firstTries(full.filter { preRuns.contains($0.id) }, slot) : [],
          // The course test's row counts the post-test (a pre-test is no result).
          bestScore: isTest ? test?.post : lesson.bestScore,
          passed: isTest ? (test?.post ?? -1) >= plan.passMark : lesson.passed,
          practiced: !lesson.practiceRuns.isEmpty))
    }
  }

  private static func outcomes(_ outcomes: [String: IndicatorOutcome], _ plan: ReportPlan)
    -> [Indicator]
  {
    var result: [Indicator] = []
    for (id, outcome) in outcomes {
      guard let index = plan.indicatorIndex[id] else { continue }
      result.append(
        Indicator(
          index: index, achieved: outcome.achieved, reason: outcome.reason, note: outcome.note))
    }
    return result.sorted { $0.index < $1.index }
  }

  /// The first try of each question of `slot` over `runs` (the first run in which it
  /// was answered), in the order answered.
  private static func firstTries(_ runs: [LessonRun], _ slot: ReportPlan.LessonSlot)
    -> [(question: Int, correct: Bool)]
  {
    var seen: Set<Int> = []
    var tries: [(question: Int, correct: Bool)] = []
    for run in runs.indices {
      for answer in runs[run].answers.indices {
        let record = runs[run].answers[answer]
        guard let question = slot.questionIndex[record.question], seen.insert(question).inserted
        else { continue }
        tries.append((question, record.correct))
      }
    }
    return tries
  }
}
