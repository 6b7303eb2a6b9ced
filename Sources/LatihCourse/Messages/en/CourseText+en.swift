extension CourseText {
  package var english: String {
    switch self {
    case .minutes(let count): return "\(count) min"
    case .questions(let count): return count == 1 ? "1 question" : "\(count) questions"
    case .testTag: return "pre/post-test"
    case .unavailable: return "file has problems, cannot be used yet"
    }
  }
}
