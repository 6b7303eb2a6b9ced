import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// What `latih live` knows of one participant, built from her journal's events in the
/// order they were appended (never from the whole folder again).
package struct LivePerson: Sendable, Equatable {
  package var id: String
  package var name = ""
  package var code: String?
  /// The time of her last event (milliseconds since 1970), 0 before any.
  package var lastEvent: Int64 = 0
  /// The lesson of her latest run, and that run.
  package var lesson: String?
  package var run: String?
  /// The 0-based page last reached in that run.
  package var page: Int?
  /// The question last answered in that run, and its attempt.
  package var question: String?
  package var attempt = 0
  /// Final answers in the run, and how many were right.
  package var answered = 0
  package var correct = 0
  /// Checklist items of the run, done or not (the latest mark of each).
  package var items: [String: Bool] = [:]
  /// Wrong attempts in a row (any right answer resets it).
  package var wrongInARow = 0
  /// The score when the run was completed, nil while it is open.
  package var completedScore: Int?
  /// Her final wrong answers, per lesson and question (all runs).
  package var misses: [QuestionKey: Int] = [:]

  /// A question of a lesson.
  package struct QuestionKey: Hashable, Sendable, Comparable {
    package var lesson: String
    package var question: String

    package static func < (lhs: Self, rhs: Self) -> Bool {
      (lhs.lesson, lhs.question) < (rhs.lesson, rhs.question)
    }
  }

  package init(id: String) { self.id = id }

  /// Checklist items marked done in the run.
  package var ticks: Int { items.values.filter { $0 }.count }

  /// Applies one event.
  package mutating func apply(_ event: Event) {
    lastEvent = max(lastEvent, event.time)
    switch event.body {
    case .enrolled(let enrollment):
      name = enrollment.name
      code = enrollment.code
    case .lessonOpened(let opening):
      lesson = opening.lesson
      run = opening.run
      page = 0
      question = nil
      attempt = 0
      answered = 0
      correct = 0
      items = [:]
      wrongInARow = 0
      completedScore = nil
    case .pageReached(let visit) where visit.run == run:
      page = visit.page
      question = nil
    case .answer(let answer) where answer.run == run:
      question = answer.question
      attempt = answer.attempt
      wrongInARow = answer.correct ? 0 : wrongInARow + 1
      if answer.final {
        answered += 1
        if answer.correct { correct += 1 }
      }
      if answer.final && !answer.correct {
        misses[QuestionKey(lesson: answer.lesson, question: answer.question), default: 0] += 1
      }
    case .checklistItem(let mark) where mark.run == run:
      items[mark.item] = mark.done
    case .lessonCompleted(let result) where result.run == run:
      completedScore = result.score
    default:
      break
    }
  }
}
