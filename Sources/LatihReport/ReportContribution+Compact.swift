import LatihData

extension ReportContribution {
  /// The contribution of a journal read into ``CompactProgress`` (one record, read
  /// exactly): the same as ``init(_:session:plan:schedule:)`` gives for her full
  /// progress.
  init(
    _ progress: CompactProgress, session: String?, plan: ReportPlan, schedule: TestSchedule
  ) {
    guard let vocabulary = plan.vocabulary else {
      preconditionFailure("compact progress is only read for a course with a vocabulary")
    }
    indicators = Self.outcomes(progress, from: .facilitator, session: session, plan)
    selfReported = Self.outcomes(progress, from: .selfReported, session: session, plan)
    let runs = progress.runs
    // The course test's runs with their roles, worked out once for the scores and the
    // test's row (the plan's lesson numbers are the schedule's: the same course).
    var roles = [TestRole?](repeating: nil, count: runs.count)
    if plan.manifest.courseTest != nil {
      let found =
        plan.scheduleLessons.map {
          schedule.roles(in: progress, test: $0.test, lessons: $0.lessons)
        }
        ?? schedule.roles(in: progress, vocabulary)
      for (run, role) in found { roles[run] = role }
      test = schedule.scores(in: progress, roles: found)
    }
    // Each lesson's runs read in place (a lesson's number in the vocabulary is its place
    // in the plan): no array per lesson, and no copy of a run (it would retain its
    // answers).
    for index in plan.lessons.indices {
      let isTest = index == plan.testLesson
      var started = false
      var practiced = false
      var passed = false
      var best: Int?
      for position in runs.indices where Int(runs[position].lesson) == index {
        started = true
        guard let score = runs[position].score else { continue }
        if runs[position].isPractice {
          practiced = true
        } else {
          // Finished full runs: the only ones that count (``LessonProgress``).
          best = max(best ?? score, score)
          if runs[position].passed { passed = true }
        }
      }
      guard started else { continue }
      lessons.append(
        Lesson(
          index: index,
          firstTries: Self.firstTries(progress, lesson: index) { !isTest || roles[$0] == .post },
          preTestTries: isTest
            ? Self.firstTries(progress, lesson: index) { roles[$0] == .pre } : [],
          bestScore: isTest ? test?.post : best,
          passed: isTest ? (test?.post ?? -1) >= plan.passMark : passed,
          practiced: practiced))
    }
  }

  /// The latest record per indicator from `source` (of `session`, or without one, when
  /// a session is given), in course order.
  private static func outcomes(
    _ progress: CompactProgress, from source: RecordSource, session: String?,
    _ plan: ReportPlan
  ) -> [Indicator] {
    var latest: [CompactProgress.Indicator?] = Array(
      repeating: nil, count: plan.manifest.indicators.count)
    for record in progress.indicators where record.source == source {
      if let session, let recorded = record.session, recorded != session { continue }
      latest[Int(record.index)] = record
    }
    return latest.compactMap { record in
      record.map {
        Indicator(index: Int($0.index), achieved: $0.achieved, reason: $0.reason, note: $0.note)
      }
    }
  }

  /// The first try of each question over the full runs of lesson `lesson` (by number)
  /// that `counts` (by position in `progress`), in the order answered.
  private static func firstTries(
    _ progress: CompactProgress, lesson: Int, where counts: (Int) -> Bool
  ) -> [(question: Int, correct: Bool)] {
    var seen = QuestionSet()
    var tries: [(question: Int, correct: Bool)] = []
    let runs = progress.runs
    for run in runs.indices
    where Int(runs[run].lesson) == lesson && !runs[run].isPractice && counts(run) {
      for answer in runs[run].answers where seen.insert(answer.question) {
        tries.append((Int(answer.question), answer.correct))
      }
    }
    return tries
  }

  /// Question numbers seen: a bit each for the first 256 (a lesson has at most 200
  /// questions), so a person's first tries are worked out without a hash table.
  private struct QuestionSet {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var others: Set<Int32> = []

    /// Adds `question`; whether it was new.
    mutating func insert(_ question: Int32) -> Bool {
      guard (0..<256).contains(question) else { return others.insert(question).inserted }
      let bit: UInt64 = 1 << UInt64(question & 63)
      let before: UInt64
      switch question >> 6 {
      case 0:
        before = words.0
        words.0 |= bit
      case 1:
        before = words.1
        words.1 |= bit
      case 2:
        before = words.2
        words.2 |= bit
      default:
        before = words.3
        words.3 |= bit
      }
      return before & bit == 0
    }
  }
}
