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
    if plan.manifest.courseTest != nil { test = schedule.scores(in: progress, vocabulary) }
    var roles = [TestRole?](repeating: nil, count: progress.runs.count)
    for (run, role) in schedule.roles(in: progress, vocabulary) { roles[run] = role }
    let runs = progress.runs
    // Each lesson's runs, in order, in one pass over them (a lesson's number in the
    // vocabulary is its place in the plan).
    var startedRuns = [[Int]](repeating: [], count: plan.lessons.count)
    for index in runs.indices where runs[index].lesson >= 0 {
      let lesson = Int(runs[index].lesson)
      if lesson < startedRuns.count { startedRuns[lesson].append(index) }
    }
    for index in plan.lessons.indices where !startedRuns[index].isEmpty {
      let started = startedRuns[index]
      let isTest = index == plan.testLesson
      let full = started.filter { !runs[$0].isPractice }
      // Finished full runs: the only ones that count (``LessonProgress``).
      let finished = full.filter { runs[$0].score != nil }
      lessons.append(
        Lesson(
          index: index,
          firstTries: Self.firstTries(
            progress, isTest ? full.filter { roles[$0] == .post } : full),
          preTestTries: isTest ? Self.firstTries(progress, full.filter { roles[$0] == .pre }) : [],
          bestScore: isTest ? test?.post : finished.compactMap { runs[$0].score }.max(),
          passed: isTest
            ? (test?.post ?? -1) >= plan.passMark : finished.contains { runs[$0].passed },
          practiced: started.contains { runs[$0].isPractice && runs[$0].score != nil }))
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

  /// The first try of each question over `runs` (positions in `progress`), in the
  /// order answered.
  private static func firstTries(_ progress: CompactProgress, _ runs: [Int])
    -> [(question: Int, correct: Bool)]
  {
    var seen = QuestionSet()
    var tries: [(question: Int, correct: Bool)] = []
    for run in runs {
      for answer in progress.runs[run].answers where seen.insert(answer.question) {
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
