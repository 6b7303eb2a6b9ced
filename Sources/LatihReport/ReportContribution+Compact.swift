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
    var roles: [Int: TestRole] = [:]
    for (run, role) in schedule.roles(in: progress, vocabulary) { roles[run] = role }
    let runs = progress.runs
    for (index, slot) in plan.lessons.enumerated() {
      guard let number = vocabulary.lesson(slot.id) else { continue }
      let started = runs.indices.filter { Int(runs[$0].lesson) == number }
      guard !started.isEmpty else { continue }
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
    var seen: Set<Int32> = []
    var tries: [(question: Int, correct: Bool)] = []
    for run in runs {
      for answer in progress.runs[run].answers where seen.insert(answer.question).inserted {
        tries.append((Int(answer.question), answer.correct))
      }
    }
    return tries
  }
}
