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
    /// The first try at each of the lesson's questions (question index, right or not),
    /// in the order answered.
    var firstTries: [(question: Int, correct: Bool)]
    /// The best score of a finished run, if any.
    var bestScore: Int?
    var passed: Bool
  }

  /// Outcomes of course indicators, in course order (empty: not assessed).
  var indicators: [Indicator] = []
  /// Lessons of the course with at least one run, in course order.
  var lessons: [Lesson] = []
  /// The course test's first pre-test and last post-test score, when the course has a
  /// test.
  var test: (pre: Int?, post: Int?)?

  /// The contribution of `progress` to a report planned by `plan`, counting only
  /// indicator records of `session` (or without one) when a session is given.
  init(_ progress: ParticipantProgress, session: String?, plan: ReportPlan) {
    for (id, outcome) in progress.indicators(session: session) {
      guard let index = plan.indicatorIndex[id] else { continue }
      indicators.append(
        Indicator(
          index: index, achieved: outcome.achieved, reason: outcome.reason, note: outcome.note))
    }
    indicators.sort { $0.index < $1.index }
    for (index, slot) in plan.lessons.enumerated() {
      guard let lesson = progress.lessons[slot.id], !lesson.runs.isEmpty else { continue }
      var seen: Set<Int> = []
      var firstTries: [(question: Int, correct: Bool)] = []
      for run in lesson.runs.indices {
        for answer in lesson.runs[run].answers.indices {
          let record = lesson.runs[run].answers[answer]
          guard let question = slot.questionIndex[record.question], seen.insert(question).inserted
          else { continue }
          firstTries.append((question, record.correct))
        }
      }
      lessons.append(
        Lesson(
          index: index, firstTries: firstTries, bestScore: lesson.bestScore,
          passed: lesson.passed))
    }
    if let test = plan.manifest.courseTest { self.test = progress.testScores(test: test) }
  }
}
