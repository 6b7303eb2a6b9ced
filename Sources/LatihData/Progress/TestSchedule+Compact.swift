extension TestSchedule {
  /// ``roles(in:)-(ParticipantProgress)`` for a journal read into ``CompactProgress``:
  /// each full course-test run's position in ``CompactProgress/runs`` with its role, in
  /// the order opened.
  package func roles(in progress: CompactProgress, _ vocabulary: CompactVocabulary)
    -> [(run: Int, role: TestRole)]
  {
    guard let test, let lesson = vocabulary.lesson(test) else { return [] }
    let milestones = milestones(progress, vocabulary)
    return progress.runs.indices.compactMap { index in
      let run = progress.runs[index]
      guard Int(run.lesson) == lesson, !run.isPractice else { return nil }
      return (index, role(explicitTag: run.explicitTag, at: run.openedAt, milestones: milestones))
    }
  }

  /// ``scores(in:)-(ParticipantProgress)`` for ``CompactProgress`` (without the run ids,
  /// which a compact record does not keep).
  package func scores(in progress: CompactProgress, _ vocabulary: CompactVocabulary)
    -> TestScores
  {
    var scores = TestScores()
    for (run, role) in roles(in: progress, vocabulary) {
      guard let score = progress.runs[run].score else { continue }
      switch role {
      case .pre where scores.pre == nil: scores.pre = score
      case .post where scores.post == nil: scores.post = score
      case .neither: scores.neither += 1
      default: break
      }
    }
    return scores
  }

  /// When she first finished any other lesson, and when she had finished all of them.
  private func milestones(_ progress: CompactProgress, _ vocabulary: CompactVocabulary)
    -> (first: Int64?, all: Int64?)
  {
    var first: Int64?
    var all: Int64? = lessons.isEmpty ? nil : Int64.min
    for lesson in lessons {
      let done = vocabulary.lesson(lesson).flatMap(progress.firstCompletion)
      if let done { first = min(first ?? done, done) }
      if let latest = all { all = done.map { max(latest, $0) } }
    }
    return (first, all)
  }
}
