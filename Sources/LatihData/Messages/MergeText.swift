import LatihBase

/// Messages of a merge that refused a file, and of what it brought in: every problem
/// named with its line or event id and the person concerned.
package enum MergeText: LocalizedText, Hashable {
  /// A file refused for its content: nothing of it was written.
  case refused(path: String, count: Int)
  /// A file refused because a person's journal stayed in use.
  case busy(path: String, who: String)
  /// An event breaking a rule of local input.
  case invalid(line: Int?, id: String, problem: EventRules.Problem)
  /// One id with two contents; `elsewhere` when the other copy is in another file.
  case conflict(id: String, who: String?, elsewhere: Bool)
  case orphan(who: String, events: Int)
  case sessionConflict(session: String)
  case unknownSession(session: String)
  case unknownLink(who: String, other: String)
  /// Problems not listed.
  case more(Int)
  /// A file merged here before (the same bytes), skipped.
  case known(path: String)
  /// A link merged in: two records now count as one person.
  case linked(path: String, first: String, second: String)

  /// The words for a field problem.
  func describe(_ problem: EventRules.Problem, in language: Language) -> String {
    switch (problem, language) {
    case (.identifier(let field), .id): return "`\(field)` bukan id yang sah"
    case (.identifier(let field), .en): return "`\(field)` is not a valid id"
    case (.tooLong("line", let limit), .id): return "barisnya lebih dari \(limit) bita"
    case (.tooLong("line", let limit), .en): return "the line is longer than \(limit) bytes"
    case (.tooLong(let field, let limit), .id): return "`\(field)` lebih dari \(limit) karakter"
    case (.tooLong(let field, let limit), .en):
      return "`\(field)` is longer than \(limit) characters"
    case (.empty(let field), .id): return "`\(field)` kosong"
    case (.empty(let field), .en): return "`\(field)` is empty"
    case (.outOfRange(let field), .id): return "`\(field)` di luar rentang yang sah"
    case (.outOfRange(let field), .en): return "`\(field)` is out of range"
    case (.time, .id): return "waktunya di luar 2000–2100"
    case (.time, .en): return "its time is outside 2000–2100"
    case (.missingParticipant, .id): return "tidak menyebut peserta"
    case (.missingParticipant, .en): return "names no participant"
    case (.unexpectedParticipant, .id): return "sesi yang menyebut peserta"
    case (.unexpectedParticipant, .en): return "a session event naming a participant"
    }
  }
}
