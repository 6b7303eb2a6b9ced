extension TestSchedule {
  /// ``roles(in:)-(ParticipantProgress)`` for a journal read into ``CompactProgress``:
  /// each full course-test run's position in ``CompactProgress/runs`` with its role, in
  /// the order opened.
  package func roles(in progress: CompactProgress, _ vocabulary: CompactVocabulary)
    -> [(run: Int, role: TestRole)]
  {
    guard let test, let lesson = vocabulary.lesson(test) else { return [] }
    // A lesson the vocabulary does not know is never finished (-1 matches no run).
    return roles(in: progress, test: lesson, lessons: lessons.map { vocabulary.lesson($0) ?? -1 })
  }

  /// ``roles(in:_:)`` with the course test and the other lessons given by their numbers
  /// in the vocabulary (looked up once for everyone, not per person).
  package func roles(in progress: CompactProgress, test: Int, lessons: [Int])
    -> [(run: Int, role: TestRole)]
  {
    let milestones = milestones(progress, lessons)
    var roles: [(run: Int, role: TestRole)] = []
    // Fields read in place: a copy of a run would retain its answers.
    let runs = progress.runs
    for index in runs.indices where Int(runs[index].lesson) == test && !runs[index].isPractice {
      roles.append(
        (
          index,
          role(
            explicitTag: runs[index].explicitTag, at: runs[index].openedAt,
            milestones: milestones)
        ))
    }
    return roles
  }

  /// ``scores(in:)-(ParticipantProgress)`` for ``CompactProgress`` (without the run ids,
  /// which a compact record does not keep).
  package func scores(in progress: CompactProgress, _ vocabulary: CompactVocabulary)
    -> TestScores
  {
    scores(in: progress, roles: roles(in: progress, vocabulary))
  }

  /// The scores of `progress` whose course-test runs have `roles` (``roles(in:_:)``).
  package func scores(in progress: CompactProgress, roles: [(run: Int, role: TestRole)])
    -> TestScores
  {
    var scores = TestScores()
    for (run, role) in roles {
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

  /// When she first finished any other lesson (of `lessons`, by number), and when she
  /// had finished all of them: each lesson's first completion (the earliest of its
  /// finished full runs, as ``LessonProgress/firstCompletion``) found in one pass over
  /// her runs.
  private func milestones(_ progress: CompactProgress, _ lessons: [Int])
    -> (first: Int64?, all: Int64?)
  {
    var first: Int64?
    var all: Int64? = lessons.isEmpty ? nil : Int64.min
    let count = (lessons.max() ?? -1) + 1
    guard count > 0 else {
      // No lesson the vocabulary knows: none is ever finished.
      return (nil, nil)
    }
    var done = [Int64?](repeating: nil, count: count)
    let runs = progress.runs
    for index in runs.indices where runs[index].score != nil && !runs[index].isPractice {
      let lesson = Int(runs[index].lesson)
      guard lesson >= 0, lesson < count, let time = runs[index].completedAt else { continue }
      done[lesson] = min(done[lesson] ?? time, time)
    }
    for lesson in lessons {
      let finished = lesson >= 0 ? done[lesson] : nil
      if let finished { first = min(first ?? finished, finished) }
      if let latest = all { all = finished.map { max(latest, $0) } }
    }
    return (first, all)
  }
}
