/// The kind of a quiz question; raw values are stored in journals and reports.
package enum QuestionKind: String, Hashable, Sendable, CaseIterable, Codable {
  case single
  case multiple
  case trueFalse = "true-false"
  case order
  case short
}

/// An answer option of a choice question.
package struct AnswerOption: Hashable, Sendable {
  package var text: RichText
  package var isCorrect: Bool
  /// Shown when the participant picks this option.
  package var explanation: RichText?
  package var location: SourceLocation

  package init(
    text: RichText, isCorrect: Bool, explanation: RichText? = nil, location: SourceLocation
  ) {
    self.text = text
    self.isCorrect = isCorrect
    self.explanation = explanation
    self.location = location
  }
}

/// What a question asks for and what counts as right.
package enum AnswerKey: Hashable, Sendable {
  /// Exactly one correct option.
  case single([AnswerOption])
  /// One or more correct options; all and only those must be chosen.
  case multiple([AnswerOption])
  case trueFalse(Bool)
  /// The items in the right order.
  case order([RichText])
  /// Accepted answers, compared with ``AnswerMatcher``.
  case short([String])

  package var kind: QuestionKind {
    switch self {
    case .single: return .single
    case .multiple: return .multiple
    case .trueFalse: return .trueFalse
    case .order: return .order
    case .short: return .short
    }
  }

  /// The options of a choice question (empty for other kinds).
  package var options: [AnswerOption] {
    switch self {
    case .single(let options), .multiple(let options): return options
    default: return []
    }
  }
}

/// A quiz question.
package struct Question: Hashable, Sendable {
  /// Stable id: explicit `{#id}` or derived `qN`.
  package var id: String
  package var prompt: RichText
  /// Extra paragraphs under the heading (a situation to read).
  package var details: [RichText]
  package var key: AnswerKey
  package var explanation: RichText?
  package var hint: RichText?
  package var location: SourceLocation

  package init(
    id: String, prompt: RichText, details: [RichText] = [], key: AnswerKey,
    explanation: RichText? = nil, hint: RichText? = nil, location: SourceLocation
  ) {
    self.id = id
    self.prompt = prompt
    self.details = details
    self.key = key
    self.explanation = explanation
    self.hint = hint
    self.location = location
  }

  package var kind: QuestionKind { key.kind }

  /// How many tries this question gets, given the lesson's setting.
  ///
  /// One when a wrong answer would leave a single possibility (true/false, two options)
  /// or in a test; otherwise the setting.
  package func tries(allowed: Int, isTest: Bool) -> Int {
    if isTest { return 1 }
    switch key {
    case .trueFalse: return 1
    case .single(let options): return max(1, min(allowed, options.count - 1))
    default: return max(1, allowed)
    }
  }
}
