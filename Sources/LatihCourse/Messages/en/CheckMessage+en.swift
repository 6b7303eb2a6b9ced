import LatihBase

extension CheckMessage {
  package var english: String {
    switch self {
    case .cannotRead(let error): return "cannot be read: \(SystemErrorText(error).english)"
    case .fileTooLarge(let limit, let size):
      return "file too large (\(size) bytes); the limit is \(limit) bytes"
    case .lineTooLong(let limit, let length):
      return "line too long (\(length) characters); the limit is \(limit) characters"
    case .invalidUTF8: return "not valid UTF-8 text; save the file as UTF-8"
    case .controlCharacter(let value):
      return "control or invisible character \(Self.codePoint(value)) is not allowed; delete it"
    case .missingFrontMatter:
      return "a lesson must start with a '---' line and its details (id, title, minutes)"
    case .unclosedFrontMatter: return "the details at the top are not closed with a '---' line"
    case .malformedFrontMatterLine: return "a details line must look like 'key: value'"
    case .unknownKey(let key): return "unknown key '\(key)'"
    case .duplicateKey(let key): return "key '\(key)' is given twice"
    case .missingKey(let key): return "key '\(key)' is required"
    case .invalidNumber(let key, let value, let range):
      return
        "'\(key)' must be a whole number \(range.lowerBound)–\(range.upperBound), not '\(value)'"
    case .invalidID(let value):
      return
        "invalid id '\(value)': use 1–64 lowercase letters a–z, digits and '-', starting with a letter"
    case .invalidValue(let key, let value, let allowed):
      return "'\(key)' cannot be '\(value)'; choose one of: \(allowed.joined(separator: ", "))"
    case .invalidDate(let key, let value):
      return "'\(key)' must be a real date YYYY-MM-DD, such as 2026-11-30, not '\(value)'"
    case .invalidSourceKey(let key, let limit):
      return "unknown key '\(key)'; sources are written source.1, source.2, … up to source.\(limit)"
    case .textBeforeFirstPage:
      return "text before the first page; start every page with '## Title'"
    case .noPages: return "the lesson has no pages; add '## Title'"
    case .emptyHeading: return "empty heading"
    case .unknownMarker(let marker, let allowed):
      return "unknown marker [\(marker)]; known here: \(Self.bracketed(allowed))"
    case .markerNotAllowedHere(let marker): return "marker [\(marker)] is not allowed here"
    case .conflictingMarkers(let first, let second):
      return "markers [\(first)] and [\(second)] cannot be used together"
    case .titleInsidePage:
      return "a '# ' title is only allowed before the first page; use '## ' or '### '"
    case .unclosedCodeBlock: return "``` block is not closed"
    case .tableSeparatorMissing:
      return "a table's second line must be a separator such as '|---|---|'"
    case .tableColumnCount(let expected, let found):
      return "table row has \(found) columns, the header \(expected)"
    case .checklistEmpty: return "[checklist] page has no '- [ ] …' items"
    case .checklistItemTicked:
      return "write checklist items unticked '- [ ]'; participants do the ticking"
    case .quizEmpty: return "[quiz] page has no '### …' questions"
    case .questionWithoutAnswers:
      return
        "question has no answers: add '- ( )' / '- [ ]' options or a [true], [false], [order] or [short] marker"
    case .mixedOptionStyles:
      return "'( )' and '[ ]' options are mixed; '( )' is for one answer, '[ ]' for select-all"
    case .noCorrectAnswer: return "question has no correct answer; mark it with (x) or [x]"
    case .singleChoiceManyCorrect(let count):
      return
        "single-choice question has \(count) correct answers; mark one (x), or use '- [x]' options for select-all"
    case .tooFewOptions(let count):
      return "a choice question needs at least 2 options (has \(count))"
    case .tooManyOptions(let count):
      return "a choice question can have at most 10 options (has \(count))"
    case .orderTooFewItems(let count):
      return "an [order] question needs at least 2 numbered items '1. …' (has \(count))"
    case .orderTooManyItems(let count):
      return "an [order] question can have at most 10 items (has \(count))"
    case .shortWithoutAnswers:
      return "a [short] question needs at least one accepted answer '- answer'"
    case .trueFalseWithOptions:
      return "a [true]/[false] question has no options; remove the list"
    case .unexpectedInQuestion(let kind):
      return "this line does not fit a \(kind.name(in: .en)) question; see lessons/FORMAT.md"
    case .textAfterExplanation:
      return
        "text after the '>' explanation is not part of the question; move it up or start a new question '### '"
    case .optionExplanationWithoutOption:
      return "an option explanation '  >' must come right under an option"
    case .duplicateID(let id, let firstLine):
      return "id '\(id)' is already used on line \(firstLine)"
    case .unknownIndicator(let id, let known):
      return "indicator '\(id)' is not in course.md; known: \(known.joined(separator: ", "))"
    case .tooManyPages(let limit): return "the lesson has more than \(limit) pages"
    case .tooManyQuestions(let limit): return "the lesson has more than \(limit) questions"
    case .testWithoutQuestions: return "a 'kind: test' lesson must have [quiz] questions"
    case .manifestMissing(let directory):
      return "no course.md in \(directory); see lessons/FORMAT.md"
    case .unknownLanguage(let code): return "unknown language code '\(code)'; use id or en"
    case .missingTitle(let language):
      return "no course title for language '\(language.rawValue)' (title.\(language.rawValue))"
    case .missingSection(let marker): return "section [\(marker)] is missing"
    case .lessonListEntryMalformed:
      return "the lesson list holds ids, such as '1. apa-itu-afiliasi'"
    case .lessonNotFound(let id, let language):
      return "lesson '\(id)' is missing from folder \(language.rawValue)/"
    case .lessonListedTwice(let id): return "lesson '\(id)' is listed twice"
    case .lessonNotInManifest(let id):
      return "lesson '\(id)' is not listed in course.md [lessons], so it is not used"
    case .duplicateLessonFile(let id, let otherPath):
      return "lesson id '\(id)' is also used by \(otherPath)"
    case .missingLabel(let id, let language):
      return "'\(id)' has no label for language '\(language.rawValue)'"
    case .labelEntryMalformed:
      return "write '- the-id', then under it '  - id: label' and '  - en: label'"
    case .reasonTieOnIndicator:
      return "'for:' is only for reasons [reasons], to name the indicators a reason explains"
    case .reasonTieEmpty:
      return
        "write indicator ids after 'for:', for example '  - for: affiliate-account, video-content'"
    case .courseTestNotListed(let id): return "course-test '\(id)' is not listed in [lessons]"
    case .courseTestNotTest(let id): return "course-test '\(id)' must have 'kind: test'"
    case .tooManyLessons(let limit): return "the course has more than \(limit) lessons"
    case .languageFolderMissing(let language):
      return "language folder \(language.rawValue)/ is missing"
    case .factsNeverChecked(let id):
      return "lesson '\(id)' does not say when its facts were checked; add 'checked: YYYY-MM-DD'"
    case .factsCheckedLongAgo(let id, let date, let days, let limit):
      return
        "the facts of lesson '\(id)' were last checked on \(date), \(days) days ago (more than "
        + "\(limit)); check the sources again, then update 'checked:'"
    case .notALessonPath: return "not a .md file or a course folder"
    case .translationLessonKind(let expected, let found, let primary):
      return "lesson kind '\(found.rawValue)' differs from '\(expected.rawValue)' in \(primary)"
    case .translationPageCount(let expected, let found, let primary):
      return "the translation has \(found) pages, \(primary) has \(expected)"
    case .translationPageKind(let page, let expected, let found, let primary):
      return "page \(page) is a \(found.name(in: .en)), in \(primary) a \(expected.name(in: .en))"
    case .translationItemCount(let page, let expected, let found, let primary):
      return "page \(page) has \(found) checklist items, \(primary) has \(expected)"
    case .translationItem(let number, let detail, let primary):
      return "checklist item \(number) differs from \(primary): \(detail)"
    case .translationQuestionCount(let page, let expected, let found, let primary):
      return "page \(page) has \(found) questions, \(primary) has \(expected)"
    case .translationQuestion(let number, let id, let detail, let primary):
      return "question \(number) (\(id)) differs from \(primary): \(detail.english)"
    case .summaryOK(let lessons, let languages, let questions, let indicators, let warnings):
      let tail = warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""
      return
        "\(lessons) lessons × \(languages) languages, \(questions) questions, \(indicators) indicators: OK\(tail)"
    case .summaryFailed(let errors, let warnings):
      return
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    case .filesOK(let files, let questions, let warnings):
      let tail = warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""
      return "\(files) files, \(questions) questions: OK\(tail)"
    }
  }
}

extension CheckMessage.QuestionMismatch {
  var english: String {
    switch self {
    case .kind(let expected, let found):
      return "it is \(found.name(in: .en)), expected \(expected.name(in: .en))"
    case .id(let expected, let found): return "its id is '\(found)', expected '\(expected)'"
    case .optionCount(let expected, let found):
      return "it has \(found) options, expected \(expected)"
    case .correctOptions(let expected, let found):
      return "its correct answers are \(found), expected \(expected)"
    case .orderCount(let expected, let found):
      return "it has \(found) items to order, expected \(expected)"
    case .trueFalse(let expected, let found):
      return "its answer is [\(found)], expected [\(expected)]"
    }
  }
}
