import LatihBase
import LatihCourse
import LatihData

/// An answer as typed, understood: display positions chosen, an order, true/false or text.
package enum ParsedAnswer: Hashable, Sendable {
  /// Display positions (0-based), for single and select-all questions.
  case choices([Int])
  /// Display positions in the order the participant put them.
  case order([Int])
  case truth(Bool)
  case text(String)
  /// "I don't know" (`0`, "tidak tahu"), offered in a test only: counts as wrong.
  case dontKnow
}

/// Why a line is not an answer yet: shown as a one-line hint, and the question is asked
/// again without using a try.
package enum AnswerProblem: Error, Hashable, Sendable {
  case empty
  /// A single-choice question got several letters.
  case chooseOne(letters: Int)
  /// A letter outside a…(letters).
  case unknownLetter(String, letters: Int)
  case repeatedLetter(String)
  /// An order that does not use each letter exactly once.
  case orderIncomplete(letters: Int)
  case trueOrFalse
  /// A short answer one or two letters off an accepted one: check the spelling.
  case nearMiss
}

/// Turns a typed line into a ``ParsedAnswer`` for a question, or says what is wrong.
package enum AnswerParser {
  /// The longest short answer kept, in characters (cleaned like a name, so the same cap).
  package static let maximumTextLength = NameKey.maximumLength

  /// `input` read for `view` with the words of `language` (true/false words, numbers
  /// and filler words in short answers).
  ///
  /// In a test (`test`), "I don't know" (`0`, "tidak tahu") is an answer and a short
  /// answer close to an accepted one is not checked for typos (one try, no hints: it is
  /// graded as typed). Elsewhere a near miss is one that is not a word of the course
  /// (`terms`).
  package static func parse(
    _ input: String, for view: QuestionView, in language: Language,
    terms: CourseTerms = .none, test: Bool = false
  ) -> Result<ParsedAnswer, AnswerProblem> {
    let trimmed = input.trimmingCharacters()
    guard !trimmed.isEmpty else { return .failure(.empty) }
    if test, isDontKnow(trimmed, for: view, in: language) { return .success(.dontKnow) }
    let count = view.choices.count
    switch view.question.key {
    case .single:
      let letters = letters(in: trimmed)
      switch letters {
      case .failure(let problem): return .failure(problem)
      case .success(let tokens):
        guard tokens.count == 1 else { return .failure(.chooseOne(letters: count)) }
        return position(tokens[0], count).map { .choices([$0]) }
      }
    case .multiple, .order:
      guard case .success(let tokens) = letters(in: trimmed) else {
        return .failure(.unknownLetter(trimmed, letters: count))
      }
      var positions: [Int] = []
      for token in tokens {
        switch position(token, count) {
        case .failure(let problem): return .failure(problem)
        case .success(let index):
          if positions.contains(index) { return .failure(.repeatedLetter(token)) }
          positions.append(index)
        }
      }
      if case .order = view.question.key {
        guard positions.count == count else { return .failure(.orderIncomplete(letters: count)) }
        return .success(.order(positions))
      }
      return .success(.choices(positions.sorted()))
    case .trueFalse:
      let words = AnswerWords.of(language)
      var folded = NameKey.folded(trimmed)
      if folded.hasSuffix(".") { folded.removeLast() }
      if words.truthWords.contains(folded) { return .success(.truth(true)) }
      if words.falseWords.contains(folded) { return .success(.truth(false)) }
      return .failure(.trueOrFalse)
    case .short(let accepted):
      let text = NameKey.clean(trimmed, limit: maximumTextLength)
      if !test, AnswerMatcher.isNearMiss(text, accepted: accepted, in: language, terms: terms) {
        return .failure(.nearMiss)
      }
      return .success(.text(text))
    }
  }

  /// Whether `text` says "I don't know" in `language` (and is not itself an accepted
  /// short answer, such as `0`).
  static func isDontKnow(_ text: String, for view: QuestionView, in language: Language) -> Bool {
    var folded = NameKey.folded(text).filter { $0 != "'" && $0 != "’" }
    while folded.hasSuffix(".") || folded.hasSuffix("!") { folded.removeLast() }
    guard AnswerWords.of(language).dontKnow.contains(folded) else { return false }
    if case .short(let accepted) = view.question.key {
      return !AnswerMatcher.matches(text, accepted: accepted, in: language)
    }
    return true
  }

  /// Splits `a c`, `a,c`, `a, c` or `ac` into single letters.
  private static func letters(in text: String) -> Result<[String], AnswerProblem> {
    // `a)`, `(a)` and `a.` are how options look on paper: accept them as `a`.
    let tokens = text.lowercased().split { " ,;()".contains($0) }
      .map { String($0.hasSuffix(".") && $0.count == 2 ? $0.dropLast() : $0) }
    if tokens.count == 1, tokens[0].count > 1, tokens[0].allSatisfy({ $0.isLetter && $0.isASCII }) {
      return .success(tokens[0].map { String($0) })
    }
    return .success(tokens)
  }

  private static func position(_ token: String, _ count: Int) -> Result<Int, AnswerProblem> {
    guard token.count == 1, let scalar = token.unicodeScalars.first, scalar.isASCII,
      (97..<(97 + count)).contains(Int(scalar.value))
    else { return .failure(.unknownLetter(token, letters: count)) }
    return .success(Int(scalar.value) - 97)
  }
}

/// Marks a parsed answer right or wrong and records it in file terms.
package enum Grader {
  /// The verdict and the response as stored (`2`, `1,3`, `3,1,2`, `true`, or the text).
  package static func grade(_ answer: ParsedAnswer, for view: QuestionView, in language: Language)
    -> (correct: Bool, response: String)
  {
    switch (answer, view.question.key) {
    case (.choices(let positions), .single(let options)),
      (.choices(let positions), .multiple(let options)):
      let chosen = Set(positions.map { view.order[$0] })
      let correct = Set(options.indices.filter { options[$0].isCorrect })
      let response = chosen.sorted().map { String($0 + 1) }.joined(separator: ",")
      return (chosen == correct, response)
    case (.order(let positions), .order):
      let fileOrder = positions.map { view.order[$0] }
      return (
        fileOrder == Array(fileOrder.indices),
        fileOrder.map { String($0 + 1) }.joined(separator: ",")
      )
    case (.truth(let value), .trueFalse(let expected)):
      return (value == expected, value ? "true" : "false")
    case (.text(let text), .short(let accepted)):
      return (AnswerMatcher.matches(text, accepted: accepted, in: language), text)
    case (.dontKnow, _):
      // Nothing chosen: a typed answer is never empty, so `""` always means this.
      return (false, "")
    default:
      return (false, "")
    }
  }

  /// Explanations of the options the participant picked, in display order.
  package static func pickedExplanations(_ answer: ParsedAnswer, for view: QuestionView)
    -> [RichText]
  {
    guard case .choices(let positions) = answer else { return [] }
    let options = view.question.key.options
    return positions.compactMap { options[view.order[$0]].explanation }
  }
}
