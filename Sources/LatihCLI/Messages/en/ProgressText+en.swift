extension ProgressText {
  package var english: String {
    switch self {
    case .enrolledOn(let date): return "enrolled \(date)"
    case .lastActive(let time): return "last active \(time)"
    case .never: return "never"
    case .lessonsHeading: return "Lessons:"
    case .indicatorsHeading: return "Indicators:"
    case .noIndicators: return "nothing recorded yet"
    case .achieved: return "achieved"
    case .notYet(let reason): return "not yet — \(reason)"
    case .source(let source):
      return source == .facilitator ? "recorded by facilitator" : "self-reported"
    case .runs(let count): return "finished \(count)×"
    case .onPage(let page, let count): return "on page \(page)/\(count)"
    case .test(let pre, let post): return "Pre-test: \(pre) · post-test: \(post)"
    case .notTaken: return "not taken"
    case .summaryLine(let passed, let total): return "\(passed)/\(total) passed"
    case .removedLesson(let id): return "lesson '\(id)' (no longer in the course; progress kept)"
    }
  }
}
