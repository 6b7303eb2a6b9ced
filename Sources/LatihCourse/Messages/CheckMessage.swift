import LatihBase

/// Messages of `latih check` and of loading a course: diagnostics and summaries.
package enum CheckMessage: LocalizedText, Hashable {
  // Bytes and lines
  case cannotRead(SystemError)
  case fileTooLarge(limit: Int, size: Int)
  case lineTooLong(limit: Int, length: Int)
  case invalidUTF8
  case controlCharacter(UInt32)
  // Front matter
  case missingFrontMatter
  case unclosedFrontMatter
  case malformedFrontMatterLine
  case unknownKey(String)
  case duplicateKey(String)
  case missingKey(String)
  case invalidNumber(key: String, value: String, range: ClosedRange<Int>)
  case invalidID(String)
  case invalidValue(key: String, value: String, allowed: [String])
  case invalidDate(key: String, value: String)
  case invalidSourceKey(String, limit: Int)
  // Lesson structure
  case textBeforeFirstPage
  case noPages
  case emptyHeading
  case unknownMarker(String, allowed: [String])
  case markerNotAllowedHere(String)
  case conflictingMarkers(String, String)
  case titleInsidePage
  case unclosedCodeBlock
  case tableSeparatorMissing
  case tableColumnCount(expected: Int, found: Int)
  case checklistEmpty
  case checklistItemTicked
  case quizEmpty
  case questionWithoutAnswers
  case mixedOptionStyles
  case noCorrectAnswer
  case singleChoiceManyCorrect(Int)
  case tooFewOptions(Int)
  case tooManyOptions(Int)
  case orderTooFewItems(Int)
  case orderTooManyItems(Int)
  case shortWithoutAnswers
  case trueFalseWithOptions
  case unexpectedInQuestion(QuestionKind)
  case textAfterExplanation
  case optionExplanationWithoutOption
  case duplicateID(String, firstLine: Int)
  case unknownIndicator(String, known: [String])
  case tooManyPages(Int)
  case tooManyQuestions(Int)
  case testWithoutQuestions
  // Manifest and course
  case manifestMissing(String)
  case unknownLanguage(String)
  case missingTitle(Language)
  case missingSection(String)
  case lessonListEntryMalformed
  case lessonNotFound(id: String, language: Language)
  case lessonListedTwice(String)
  case lessonNotInManifest(String)
  case duplicateLessonFile(id: String, otherPath: String)
  case missingLabel(id: String, language: Language)
  case labelEntryMalformed
  case reasonTieOnIndicator
  case reasonTieEmpty
  case courseTestNotListed(String)
  case courseTestNotTest(String)
  case tooManyLessons(Int)
  case languageFolderMissing(Language)
  case factsNeverChecked(String)
  case factsCheckedLongAgo(lesson: String, date: String, days: Int, limit: Int)
  case notALessonPath
  // Translations
  case translationLessonKind(expected: LessonKind, found: LessonKind, primary: String)
  case translationPageCount(expected: Int, found: Int, primary: String)
  case translationPageKind(page: Int, expected: Page.Kind, found: Page.Kind, primary: String)
  case translationItemCount(page: Int, expected: Int, found: Int, primary: String)
  case translationItem(number: Int, detail: String, primary: String)
  case translationQuestionCount(page: Int, expected: Int, found: Int, primary: String)
  case translationQuestion(number: Int, id: String, detail: QuestionMismatch, primary: String)
  // Summaries
  case summaryOK(lessons: Int, languages: Int, questions: Int, indicators: Int, warnings: Int)
  case summaryFailed(errors: Int, warnings: Int)
  case filesOK(files: Int, questions: Int, warnings: Int)

  /// How a translated question differs from the primary language's.
  package enum QuestionMismatch: Hashable, Sendable {
    case kind(expected: QuestionKind, found: QuestionKind)
    case id(expected: String, found: String)
    case optionCount(expected: Int, found: Int)
    case correctOptions(expected: String, found: String)
    case orderCount(expected: Int, found: Int)
    case trueFalse(expected: Bool, found: Bool)
  }

  /// `U+0007` style name of a code point.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// A list of words for messages: `[a], [b]`.
  static func bracketed(_ words: [String]) -> String {
    words.map { "[\($0)]" }.joined(separator: ", ")
  }
}

extension QuestionKind {
  /// The kind's name for messages and the tutor.
  package func name(in language: Language) -> String {
    CommonText.questionKind(self).text(in: language)
  }
}

extension Page.Kind {
  /// The page kind's name for messages.
  package func name(in language: Language) -> String {
    CommonText.pageKind(self).text(in: language)
  }
}
