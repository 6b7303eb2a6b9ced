import LatihBase

/// The front matter lines that say when a lesson's facts were checked and against what.
extension LessonParser {
  /// The prefix of a source key: `source.1`, `source.2`, …
  static let sourceKeyPrefix = "source."
  /// The most sources a lesson may name.
  static let maximumSources = 50

  /// `checked: YYYY-MM-DD`, or nil (reported when present but not a real date).
  mutating func parseChecked(_ front: FrontMatter) -> Lesson.Checked? {
    guard let entry = front.entry("checked") else { return nil }
    let here = location(entry.line, entry.valueColumn)
    guard let date = Timestamp.validDate(entry.value) else {
      sink.error(here, .invalidDate(key: "checked", value: entry.value))
      return nil
    }
    return Lesson.Checked(date: date, location: here)
  }

  /// The `source.N: text` lines in the order of N (1 to ``maximumSources``); a key with
  /// another suffix and an empty text are reported.
  mutating func parseSources(_ front: FrontMatter) -> [String] {
    var numbered: [(number: Int, text: String)] = []
    for entry in front.entries where entry.key.hasPrefix(Self.sourceKeyPrefix) {
      let suffix = entry.key.dropFirst(Self.sourceKeyPrefix.count)
      guard suffix.first != "0", let number = Int(suffix),
        (1...Self.maximumSources).contains(number)
      else {
        sink.error(location(entry.line), .invalidSourceKey(entry.key, limit: Self.maximumSources))
        continue
      }
      let text = TerminalSanitizer.cleanLine(entry.value)
      guard !text.isEmpty else {
        sink.error(location(entry.line), .missingKey(entry.key))
        continue
      }
      numbered.append((number, text))
    }
    return numbered.sorted { $0.number < $1.number }.map(\.text)
  }
}
