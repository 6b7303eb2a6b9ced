/// The kind of a quiz question; raw values are stored in journals and reports.
public enum QuestionKind: String, Hashable, Sendable, CaseIterable, Codable {
  case single
  case multiple
  case trueFalse = "true-false"
  case order
  case short
}

/// An answer option of a choice question.
public struct Option: Hashable, Sendable {
  public var text: RichText
  public var isCorrect: Bool
  /// Shown when the participant picks this option.
  public var explanation: RichText?
  public var location: SourceLocation

  public init(
    text: RichText, isCorrect: Bool, explanation: RichText? = nil, location: SourceLocation
  ) {
    self.text = text
    self.isCorrect = isCorrect
    self.explanation = explanation
    self.location = location
  }
}

/// What a question asks for and what counts as right.
public enum AnswerKey: Hashable, Sendable {
  /// Exactly one correct option.
  case single([Option])
  /// One or more correct options; all and only those must be chosen.
  case multiple([Option])
  case trueFalse(Bool)
  /// The items in the right order.
  case order([RichText])
  /// Accepted answers, compared with ``AnswerMatcher``.
  case short([String])

  public var kind: QuestionKind {
    switch self {
    case .single: return .single
    case .multiple: return .multiple
    case .trueFalse: return .trueFalse
    case .order: return .order
    case .short: return .short
    }
  }

  /// The options of a choice question (empty for other kinds).
  public var options: [Option] {
    switch self {
    case .single(let options), .multiple(let options): return options
    default: return []
    }
  }
}

/// A quiz question.
public struct Question: Hashable, Sendable {
  /// Stable id: explicit `{#id}` or derived `qN`.
  public var id: String
  public var prompt: RichText
  /// Extra paragraphs under the heading (a situation to read).
  public var details: [RichText]
  public var key: AnswerKey
  public var explanation: RichText?
  public var hint: RichText?
  public var location: SourceLocation

  public init(
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

  public var kind: QuestionKind { key.kind }

  /// How many tries this question gets, given the lesson's setting.
  ///
  /// One when a wrong answer would leave a single possibility (true/false, two options)
  /// or in a test; otherwise the setting.
  public func tries(allowed: Int, isTest: Bool) -> Int {
    if isTest { return 1 }
    switch key {
    case .trueFalse: return 1
    case .single(let options): return max(1, min(allowed, options.count - 1))
    default: return max(1, allowed)
    }
  }
}
