import LatihBase

/// Words for showing a course: lesson lists, durations, counts.
package enum CourseText: LocalizedText, Hashable {
  case minutes(Int)
  case questions(Int)
  case testTag
  case unavailable
  /// The day a lesson's facts were last checked (`YYYY-MM-DD`), and whether that is longer
  /// ago than the course allows.
  case factsChecked(String, stale: Bool)

  /// `YYYY-MM-DD` as "30 November 2026" with the month names of a language (January
  /// first); the text unchanged when it is not such a date.
  static func longDate(_ date: String, months: [String]) -> String {
    let parts = date.split(separator: "-")
    guard parts.count == 3, let month = Int(parts[1]), months.indices.contains(month - 1),
      let day = Int(parts[2])
    else { return date }
    return "\(day) \(months[month - 1]) \(parts[0])"
  }
}
