import LatihBase

/// Words for showing a course: lesson lists, durations, counts.
package enum CourseText: LocalizedText, Hashable {
  case minutes(Int)
  case questions(Int)
  case testTag
  case unavailable
}
