import LatihBase

/// How old a lesson's facts are: warns about lessons last checked too long ago, or never.
package struct FactAge: Sendable {
  /// Days after which a lesson's `checked:` date draws a warning, unless configured.
  package static let defaultMaximumDays = 180
  /// The largest `--max-age` accepted (ten years).
  package static let largestMaximumDays = 3650

  /// Milliseconds since 1970 (from the injected clock).
  package var now: Int64
  /// A lesson checked more than this many days before `now` draws a warning.
  package var maximumDays: Int

  package init(now: Int64, maximumDays: Int = Self.defaultMaximumDays) {
    self.now = now
    self.maximumDays = maximumDays
  }

  /// Whole days from `date` (`YYYY-MM-DD`, midnight UTC) to now; nil for an invalid date.
  package func days(since date: String) -> Int? {
    guard let then = Timestamp.parse(Array((date + "T00:00:00.000Z").utf8)) else { return nil }
    let day: Int64 = 86_400_000
    let elapsed = now - then
    // Rounded down, also before the date (a date in the future is a negative age).
    return Int(elapsed >= 0 ? elapsed / day : (elapsed - day + 1) / day)
  }

  /// Whether `lesson`'s facts were checked more than ``maximumDays`` ago.
  package func isStale(_ lesson: Lesson) -> Bool {
    guard let checked = lesson.checked, let days = days(since: checked.date) else { return false }
    return days > maximumDays
  }

  /// A warning for every lesson of `course`, in every language, that does not say when its
  /// facts were checked (at its first line) or was checked too long ago (at the date).
  package func warnings(for course: Course) -> [Diagnostic] {
    var sink = DiagnosticSink()
    for language in course.manifest.languages {
      for id in course.lessonIDs {
        guard let lesson = course.lesson(id, in: language) else { continue }
        guard let checked = lesson.checked else {
          sink.warning(SourceLocation(path: lesson.path, line: 1), .factsNeverChecked(id))
          continue
        }
        if let days = days(since: checked.date), days > maximumDays {
          sink.warning(
            checked.location,
            .factsCheckedLongAgo(lesson: id, date: checked.date, days: days, limit: maximumDays))
        }
      }
    }
    return sink.diagnostics
  }
}
