import LatihBase
import LatihCourse

extension TutorRenderer {
  /// A summary's review: each question in full with "your answer" and the right answer
  /// as option texts (never the run's shuffled letters, long scrolled away); a test's
  /// review marks each ✓ or ✗ and adds the explanation, never shown during the test.
  func review(_ items: [ReviewItem], isTest: Bool) -> [String] {
    guard !items.isEmpty else { return [] }
    var lines = ["", style.bold(text(isTest ? .testReviewHeading : .reviewHeading))]
    for item in items {
      let question = item.view.question
      let mark = isTest ? (item.correct ? style.green("✓") : style.red("✗")) + " " : "• "
      lines += [""] + blocks.wrap(question.prompt, first: mark, rest: "  ")
      if !item.correct, let response = item.response {
        lines += answerLines(.yourAnswer(""), answer(response, item), indent: "  ")
      }
      lines += answerLines(.rightAnswerIs(""), rightAnswerTexts(question), indent: "  ")
      if isTest, let explanation = question.explanation {
        lines += blocks.wrap(explanation, first: "  ", rest: "  ")
      }
    }
    return lines
  }

  /// `label` followed by one answer on the same line, or by a numbered list (an order).
  private func answerLines(_ label: TutorText, _ answer: [String], indent: String) -> [String] {
    let prefix = text(label).trimmingCharacters()
    guard answer.count > 1 else {
      return TextWrapper.wrap(
        prefix + " " + (answer.first ?? ""), width: width, firstPrefix: indent,
        restPrefix: indent)
    }
    var lines = TextWrapper.wrap(prefix, width: width, firstPrefix: indent, restPrefix: indent)
    for (index, line) in answer.enumerated() {
      lines += TextWrapper.wrap(
        line, width: width, firstPrefix: indent + "  \(index + 1). ", restPrefix: indent + "     ")
    }
    return lines
  }

  /// The right answer as text: the right options joined, the items in order, the true or
  /// false word, or the first accepted answer.
  func rightAnswerTexts(_ question: Question) -> [String] {
    switch question.key {
    case .single(let options), .multiple(let options):
      return [options.filter(\.isCorrect).map { blocks.inline($0.text) }.joined(separator: "; ")]
    case .order(let items):
      return items.map { blocks.inline($0) }
    case .trueFalse(let value):
      return [(value ? CommonText.trueWord : .falseWord).text(in: language)]
    case .short(let accepted):
      return [TerminalSanitizer.cleanLine(accepted.first ?? "")]
    }
  }

  /// A recorded response as text: the options chosen, the items in the order given, the
  /// true or false word, the typed text, or "don't know".
  func answer(_ response: String, _ item: ReviewItem) -> [String] {
    if response.isEmpty { return [text(.dontKnowAnswer)] }
    switch item.view.question.key {
    case .single(let options), .multiple(let options):
      guard let chosen = item.chosenIndices else { return [TerminalSanitizer.cleanLine(response)] }
      return [chosen.map { blocks.inline(options[$0].text) }.joined(separator: "; ")]
    case .order(let items):
      guard let chosen = item.chosenIndices else { return [TerminalSanitizer.cleanLine(response)] }
      return chosen.map { blocks.inline(items[$0]) }
    case .trueFalse:
      let word: CommonText = response == "true" ? .trueWord : .falseWord
      return [word.text(in: language)]
    case .short:
      return [TerminalSanitizer.cleanLine(response)]
    }
  }
}
