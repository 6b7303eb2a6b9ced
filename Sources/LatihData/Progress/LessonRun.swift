/// One run through a lesson: opened, pages reached, answers and checklist marks given,
/// and (once finished) its result.
package struct LessonRun: Hashable, Sendable {
  package var opening: LessonOpening
  package var openedAt: Int64
  /// The page reached last (forwards or back), if any.
  package var lastPage: Int?
  /// Every try, in the order given.
  package var answers: [AnswerRecord] = []
  /// Checklist marks, in the order given (a later mark for an item replaces an earlier).
  package var marks: [ChecklistMark] = []
  package var result: LessonResult?
  /// Time of the last event in this run.
  package var lastActivity: Int64

  package init(opening: LessonOpening, openedAt: Int64) {
    self.opening = opening
    self.openedAt = openedAt
    self.lastActivity = openedAt
  }

  package var id: String { opening.run }

  /// The settling try of `question` in this run, if it has one.
  package func finalAnswer(_ question: String) -> AnswerRecord? {
    answers.last { $0.question == question && $0.final }
  }

  /// Tries of `question` made in this run.
  package func tries(_ question: String) -> [AnswerRecord] {
    answers.filter { $0.question == question }
  }

  /// The latest mark of checklist item `item` in this run.
  package func mark(_ item: String) -> ChecklistMark? { marks.last { $0.item == item } }

  /// Ids of questions settled wrong in this run.
  package var missedQuestions: [String] {
    var seen: Set<String> = []
    return answers.compactMap { answer in
      guard answer.final, !answer.correct, seen.insert(answer.question).inserted else { return nil }
      return answer.question
    }
  }
}

/// How far a participant is with a lesson.
package enum LessonStatus: String, Hashable, Sendable, CaseIterable {
  case notStarted = "not-started"
  case inProgress = "in-progress"
  case passed
  case needsReview = "needs-review"
}

/// A participant's history with one lesson, across runs.
package struct LessonProgress: Hashable, Sendable {
  package var lesson: String
  /// Runs in the order opened.
  package var runs: [LessonRun]

  package init(lesson: String, runs: [LessonRun]) {
    self.lesson = lesson
    self.runs = runs
  }

  /// Finished runs.
  package var completedRuns: [LessonRun] { runs.filter { $0.result != nil } }

  /// The best score of a finished run.
  package var bestScore: Int? {
    // Index loops read the results in place (no copies of whole runs): reports ask this
    // for every person and lesson.
    var best: Int?
    for index in runs.indices {
      if let score = runs[index].result?.score { best = max(best ?? score, score) }
    }
    return best
  }

  package var passed: Bool { runs.indices.contains { runs[$0].result?.passed == true } }

  /// Whether some run was finished.
  var hasCompletedRun: Bool { runs.indices.contains { runs[$0].result != nil } }

  /// The latest run, when it is not finished: where to resume.
  package var openRun: LessonRun? {
    guard let last = runs.last, last.result == nil else { return nil }
    return last
  }

  package var status: LessonStatus {
    if passed { return .passed }
    if openRun != nil { return .inProgress }
    if hasCompletedRun { return .needsReview }
    return runs.isEmpty ? .notStarted : .inProgress
  }

  /// Time of the last event for this lesson.
  package var lastActivity: Int64? { runs.map(\.lastActivity).max() }
}
