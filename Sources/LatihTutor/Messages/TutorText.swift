import LatihBase
import LatihCourse
import LatihData

/// Everything the tutor says: lesson screens, feedback, the welcome and the lesson menu.
package enum TutorText: LocalizedText, Hashable {
  // Lesson screens
  case pageOf(page: Int, count: Int)
  case questionOf(number: Int, count: Int)
  case instruction(QuestionKind, letters: Int)
  case attemptOf(attempt: Int, tries: Int)
  case trueFalseChoices
  case checklistQuestion
  case reasonsHeading
  case itemDone
  case itemNotYet
  case markDone
  case markNotYet(reason: String)
  case markOpen
  // Feedback
  case right
  case wrong
  case recorded
  case tryAgain(left: Int)
  case rightAnswerIs(String)
  case hintLabel
  case answerProblem(AnswerProblem)
  // Navigation
  case keys(KeyHints)
  case help(KeyHints)
  case resumed(page: Int, pageCount: Int)
  case firstPage
  case readingTypo
  case checklistTypo
  case reasonTypo(count: Int)
  case checklistCompleted
  case pageAnswered
  case summaryTypo(canRetry: Bool)
  // Summary
  case finished(String)
  case score(correct: Int, total: Int, percent: Int)
  case passed(passMark: Int)
  case notPassed(passMark: Int)
  case readingDone
  case testTagged(TestTag)
  case reviewHeading
  // Saving
  case progressSaved
  /// Saving failed; `unsaved` says exactly what was not saved (never "the last answer"
  /// when no answer was being saved).
  case saveFailed(String, unsaved: UnsavedWork)
  case readFailed(String)
  case journalRepaired(line: Int)
  case journalSkipped(lines: String)
  case participantBusy(String)
  // Welcome and menu
  case welcome(course: String)
  case askName
  case nameEmpty
  case chooseAmong
  case chooseTypo(count: Int)
  case confirmEnroll(String)
  case confirmTypo
  case enrolled(String)
  case greeting(String)
  case lessonsHeading
  case status(LessonStatus)
  case bestScore(Int)
  case suggestion(number: Int, title: String)
  case allPassed
  case menuKeys
  case menuTypo(count: Int)
  case nextParticipant
  case goodbye
  case noSuchParticipant(String)
  case ambiguousParticipant(String)
  case participantLine(name: String, details: String)
  case unknownQuestions(Int)
}

/// What a failed save did not keep, for ``TutorText/saveFailed(_:unsaved:)``.
package enum UnsavedWork: String, Sendable, Hashable {
  /// The answer just given.
  case answer
  /// The place in the lesson (a page turned, a lesson opened); no answer.
  case place
  /// A new enrolment: the person was not added.
  case enrolment
  /// Nothing had been written yet (the journal could not be opened): nothing is lost.
  case nothing
}
