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
  /// When the run was finished (the time of its result).
  package var completedAt: Int64?
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

  /// Whether run `index` is a full run (not practice) that was finished: only these count.
  private func counts(_ index: Int) -> Bool {
    runs[index].result != nil && !runs[index].opening.isPractice
  }

  /// Finished full runs (retries of missed questions are practice and not among them).
  package var completedRuns: [LessonRun] { runs.indices.filter(counts).map { runs[$0] } }

  /// Finished retries of missed questions: practice, shown but never counted.
  package var practiceRuns: [LessonRun] {
    runs.filter { $0.result != nil && $0.opening.isPractice }
  }

  /// The best score of a finished full run (practice never raises it).
  package var bestScore: Int? {
    // Index loops read the results in place (no copies of whole runs): reports ask this
    // for every person and lesson.
    var best: Int?
    for index in runs.indices where counts(index) {
      if let score = runs[index].result?.score { best = max(best ?? score, score) }
    }
    return best
  }

  /// Whether a finished full run passed (practice never passes a lesson).
  package var passed: Bool {
    runs.indices.contains { counts($0) && runs[$0].result?.passed == true }
  }

  /// Whether some full run was finished.
  var hasCompletedRun: Bool { runs.indices.contains(where: counts) }

  /// When a full run was first finished.
  package var firstCompletion: Int64? {
    var first: Int64?
    for index in runs.indices where counts(index) {
      if let time = runs[index].completedAt { first = min(first ?? time, time) }
    }
    return first
  }

  /// The latest run, when it is not finished: where to resume.
  package var openRun: LessonRun? {
    guard let last = runs.last, last.result == nil else { return nil }
    return last
  }

  /// An open retry of missed questions leaves the status as the full runs made it.
  package var status: LessonStatus {
    if passed { return .passed }
    if let open = openRun, !open.opening.isPractice || !hasCompletedRun { return .inProgress }
    if hasCompletedRun { return .needsReview }
    return runs.isEmpty ? .notStarted : .inProgress
  }

  /// Time of the last event for this lesson.
  package var lastActivity: Int64? { runs.map(\.lastActivity).max() }
}
