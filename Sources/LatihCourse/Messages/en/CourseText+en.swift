extension CourseText {
  package var english: String {
    switch self {
    case .minutes(let count): return "\(count) min"
    case .questions(let count): return count == 1 ? "1 question" : "\(count) questions"
    case .testTag: return "pre/post-test"
    case .unavailable: return "file has problems, cannot be used yet"
    case .factsChecked(let date, let stale):
      let day = Self.longDate(date, months: Self.englishMonths)
      return "Facts checked: \(day)" + (stale ? " (long ago, check again)" : "")
    }
  }

  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
