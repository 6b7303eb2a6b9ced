/// Checks that a translated lesson lines up with the primary language's version: the
/// same pages, checklist items and questions, in the same order, with the same answers.
enum TranslationChecker {
  /// Diagnostics, located in the translation, for every place it differs from `primary`.
  static func compare(_ translation: Lesson, with primary: Lesson) -> [Diagnostic] {
    var sink = DiagnosticSink()
    let top = SourceLocation(path: translation.path, line: 1)
    func reference(_ location: SourceLocation) -> String { "\(location.path):\(location.line)" }

    if translation.kind != primary.kind {
      sink.error(
        top,
        .translationLessonKind(
          expected: primary.kind, found: translation.kind, primary: primary.path))
    }
    if translation.pages.count != primary.pages.count {
      let at = translation.pages.dropFirst(primary.pages.count).first?.location ?? top
      sink.error(
        at,
        .translationPageCount(
          expected: primary.pages.count, found: translation.pages.count, primary: primary.path))
    }
    var questionNumber = 0
    for (index, (page, original)) in zip(translation.pages, primary.pages).enumerated() {
      let pageNumber = index + 1
      let origin = reference(original.location)
      guard page.kind == original.kind else {
        sink.error(
          page.location,
          .translationPageKind(
            page: pageNumber, expected: original.kind, found: page.kind, primary: origin))
        questionNumber += original.questions.count
        continue
      }
      if page.items.count != original.items.count {
        sink.error(
          page.location,
          .translationItemCount(
            page: pageNumber, expected: original.items.count, found: page.items.count,
            primary: origin))
      }
      for (itemIndex, (item, originalItem)) in zip(page.items, original.items).enumerated() {
        let itemOrigin = reference(originalItem.location)
        if item.id != originalItem.id {
          sink.error(
            item.location,
            .translationItem(
              number: itemIndex + 1, detail: "id '\(item.id)' ≠ '\(originalItem.id)'",
              primary: itemOrigin))
        }
        if item.indicator != originalItem.indicator {
          let detail =
            "[indicator: \(item.indicator ?? "-")] ≠ [indicator: \(originalItem.indicator ?? "-")]"
          sink.error(
            item.location,
            .translationItem(number: itemIndex + 1, detail: detail, primary: itemOrigin))
        }
      }
      if page.questions.count != original.questions.count {
        sink.error(
          page.location,
          .translationQuestionCount(
            page: pageNumber, expected: original.questions.count, found: page.questions.count,
            primary: origin))
      }
      for (offset, (question, originalQuestion)) in zip(page.questions, original.questions)
        .enumerated()
      {
        if let mismatch = difference(question, originalQuestion) {
          sink.error(
            question.location,
            .translationQuestion(
              number: questionNumber + offset + 1, id: originalQuestion.id, detail: mismatch,
              primary: reference(originalQuestion.location)))
        }
      }
      questionNumber += original.questions.count
    }
    return sink.diagnostics
  }

  /// The first way `question` differs from `original`, if any.
  static func difference(_ question: Question, _ original: Question)
    -> CheckMessage.QuestionMismatch?
  {
    if question.kind != original.kind {
      return .kind(expected: original.kind, found: question.kind)
    }
    if question.id != original.id { return .id(expected: original.id, found: question.id) }
    switch (question.key, original.key) {
    case (.single(let options), .single(let originalOptions)),
      (.multiple(let options), .multiple(let originalOptions)):
      if options.count != originalOptions.count {
        return .optionCount(expected: originalOptions.count, found: options.count)
      }
      let found = letters(options)
      let expected = letters(originalOptions)
      if found != expected { return .correctOptions(expected: expected, found: found) }
    case (.order(let items), .order(let originalItems)):
      if items.count != originalItems.count {
        return .orderCount(expected: originalItems.count, found: items.count)
      }
    case (.trueFalse(let value), .trueFalse(let originalValue)):
      if value != originalValue { return .trueFalse(expected: originalValue, found: value) }
    default:
      break
    }
    return nil
  }

  /// The correct options as letters in file order, such as `b, c`.
  private static func letters(_ options: [AnswerOption]) -> String {
    options.enumerated().filter { $0.element.isCorrect }
      .map { String(Character(Unicode.Scalar(UInt8(97 + $0.offset)))) }
      .joined(separator: ", ")
  }
}
