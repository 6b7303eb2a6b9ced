extension CommonText {
  package var english: String {
    switch self {
    case .questionKind(let kind):
      switch kind {
      case .single: return "single choice"
      case .multiple: return "select all that apply"
      case .trueFalse: return "true/false"
      case .order: return "put in order"
      case .short: return "short answer"
      }
    case .pageKind(let kind):
      switch kind {
      case .reading: return "reading page"
      case .checklist: return "checklist"
      case .quiz: return "quiz"
      }
    case .lessonKind(let kind):
      switch kind {
      case .lesson: return "lesson"
      case .test: return "test"
      }
    case .yes: return "yes"
    case .no: return "no"
    case .trueWord: return "True"
    case .falseWord: return "False"
    }
  }
}
