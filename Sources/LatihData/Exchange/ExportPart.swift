import LatihBase

/// A part of the data an export can leave out: what identifies or speaks for a person
/// beyond her name, and where the export was made. By default `latih export` leaves them
/// all out (see README, "What an export contains"); `--include` or `--full` keeps them.
package enum ExportPart: String, CaseIterable, Hashable, Sendable, Comparable {
  /// The laptop's host name, in the export's header.
  case host
  /// Phone numbers (`phone` of `enrolled`).
  case phones
  /// Facilitators' notes (`note` of `indicator-recorded`).
  case notes
  /// What was typed or chosen as an answer (`response` of `answer`, kept as `""`).
  case answers

  package static func < (lhs: ExportPart, rhs: ExportPart) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Event {
  /// The event with the private text of `parts` left out: a phone or note becomes
  /// absent, an answer's response empty. Every figure (scores, right and wrong, outcomes,
  /// reasons) stays.
  package func omitting(_ parts: Set<ExportPart>) -> Event {
    var copy = self
    switch body {
    case .enrolled(var value) where parts.contains(.phones):
      value.phone = nil
      copy.body = .enrolled(value)
    case .indicatorRecorded(var value) where parts.contains(.notes):
      value.note = nil
      copy.body = .indicatorRecorded(value)
    case .answer(var value) where parts.contains(.answers):
      value.response = ""
      copy.body = .answer(value)
    default:
      break
    }
    return copy
  }

  /// The one private text the event holds (a phone, a note, an answer), nil when it has
  /// none or it was left out.
  var privateText: String? {
    let text: String?
    switch body {
    case .enrolled(let value): text = value.phone
    case .indicatorRecorded(let value): text = value.note
    case .answer(let value): text = value.response
    default: text = nil
    }
    return text?.isEmpty == false ? text : nil
  }
}

/// What two copies of one event (same id) are compared by, to find a conflict: the
/// event without its private text, and that text when present. Two copies agree when
/// everything but the private text is equal and the private texts are equal or one was
/// left out (an export without phones does not contradict one with them).
package struct EventFingerprint: Hashable, Sendable {
  var core: Int
  var detail: Int?

  package init(_ event: Event) {
    core = event.omitting(Set(ExportPart.allCases)).hashValue
    detail = event.privateText?.hashValue
  }

  /// For a line that was not read: agrees with nothing but itself.
  init(unreadable line: Int) {
    core = line
    detail = -1
  }

  package func agrees(with other: EventFingerprint) -> Bool {
    core == other.core && (detail == nil || other.detail == nil || detail == other.detail)
  }
}
