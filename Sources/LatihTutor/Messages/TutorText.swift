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
  case rereadTypo
  case checklistTypo
  case reasonTypo(count: Int)
  case checklistChange(count: Int)
  case askNote
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
  /// The post-test's review: every question with the right answer.
  case testReviewHeading
  /// "Your answer: …" in a review.
  case yourAnswer(String)
  /// "I don't know" as an answer in a review.
  case dontKnowAnswer
  /// After the post-test (or the last lesson of a course without a test): the course is
  /// done; the certificate comes from the facilitator.
  case courseFinished
  /// Every lesson passed, the post-test still to take (lesson `number`).
  case lessonsDoneTakePostTest(number: Int)
  // Saving
  case progressSaved
  /// No key for the idle time: the turn ended, saved.
  case idleSaved(minutes: Double)
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
  /// A name close to a typed one: "Maksud Anda Siti Aminah (kelompok Mawar)?".
  case didYouMean(name: String, group: String?)
  /// Several close names, listed after this.
  case didYouMeanMany
  /// One person in a did-you-mean list: her name and group.
  case personWithGroup(name: String, group: String?)
  /// The keys under a did-you-mean question (`many`: a numbered list).
  case didYouMeanKeys(many: Bool)
  /// Enter alone (or a typo) at a did-you-mean question: no default, ask again.
  case didYouMeanTypo(many: Bool, count: Int)
  case enrolled(String)
  // PIN
  /// Her PIN, before her run continues.
  case askPin
  /// A wrong PIN; `left` tries remain.
  case pinWrong(left: Int)
  /// Three wrong PINs: back to the welcome.
  case pinLocked
  /// The session uses PINs and she has none: choose one (`required`) or may (`optional`).
  case choosePin(required: Bool)
  case repeatPin
  case pinNotFourDigits
  case pinMismatch
  case pinSaved
  case greeting(String)
  case lessonsHeading
  case status(LessonStatus)
  case bestScore(Int)
  /// The course test in the lesson list when only the pre-test is done.
  case preTestDone
  /// After the pre-test: thanks and what comes next (no score, no pass or fail).
  case preTestThanks
  /// A course test taken part-way through the course.
  case testMidCourse
  /// A retry's result: practice.
  case practiceScore(correct: Int, total: Int)
  /// The official score a retry leaves unchanged (nil: none yet).
  case officialScoreKept(Int?)
  /// Finished retries of missed questions (in `progress`).
  case practiceRuns(Int)
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

extension TutorText {
  /// Minutes as typed: `10`, `0.5`.
  static func minutes(_ value: Double) -> String {
    value == value.rounded() && value < 1e9 ? String(Int(value)) : String(value)
  }

  /// `text` ending a sentence: a full stop unless it already ends with one (or `?`, `!`).
  static func sentence(_ text: String) -> String {
    guard let last = text.last, !".?!…".contains(last) else { return text }
    return text + "."
  }

  /// An order typed for `letters` items, as an example: the last letter first, then the
  /// rest (`c a b` for three, `e a b c d` for five).
  static func orderExample(_ letters: Int) -> String {
    let count = max(letters, 2)
    return ([count - 1] + Array(0..<(count - 1))).map(QuestionView.letter).joined(separator: " ")
  }
}
