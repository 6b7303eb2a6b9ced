import LatihBase

/// The rules every event merged from another laptop must meet: the same shapes, lengths
/// and ranges Latih's own input gives its events. A merged file with one event breaking
/// them is refused whole (see ``Merger``).
///
/// | fields | rule |
/// |---|---|
/// | `id` (event) | a generated id (8–32 lowercase hex digits) |
/// | `p` | a generated id; required by every known kind but the session kinds (`session-created`, `-renamed`, `-removed`, `-restored`, `sessions-linked`), which have none |
/// | `dev` | a generated id, or `unknown` |
/// | `t` | inside ``Timestamp/isSane(_:)`` (2000-01-01 … 2100-01-01, UTC) |
/// | `session`, `run`, `retry-of`, `other` | generated ids (`other` not the event's own participant or session) |
/// | `lesson`, `question`, `item`, `indicator`, `reason`, `retry` | course ids (1–64 of `a-z0-9-`, a letter first) |
/// | `name`, `title` (also of `participant-renamed`, `session-renamed`) | 1–120 characters |
/// | `group`, `code`, `phone`, `place` | up to 120 characters |
/// | `note` | up to 4,000 characters |
/// | `response` | up to 1,000 characters (an answer typed is cut at 120) |
/// | `date` | a calendar date `YYYY-MM-DD` |
/// | `page` | 0…99 (a lesson has at most 100 pages) |
/// | `attempt` | 1…1,000 |
/// | `roster` (of `participant-enrolled`, optional) | 1…100,000 |
/// | `total`, `correct`, `score` | `0 ≤ correct ≤ total ≤ 1,000,000`, score 0…100 |
/// | `retry` | at most 200 ids (a lesson's question limit) |
/// | an unknown kind's fields | at most 64 KiB |
/// | a line of an export | at most 1 MiB (refused unread) |
package enum EventRules {
  /// The longest name, group, code, phone, session title or place, in characters.
  package static let maximumLabel = NameKey.maximumLength
  /// The longest facilitator note, in characters.
  package static let maximumNote = 4000
  /// The largest roster number (`No` column) an enrolment may carry.
  package static let maximumRosterNumber = 100_000
  /// The longest stored answer, in characters.
  package static let maximumResponse = 1000
  /// Pages of a lesson (the lesson format's limit).
  package static let maximumPages = 100
  /// Questions retried at once (a lesson's question limit).
  package static let maximumRetry = 200
  /// Tries at one question.
  package static let maximumAttempt = 1000
  /// Questions counted in one result.
  package static let maximumTotal = 1_000_000
  /// Bytes of the fields of an event kind from a newer Latih.
  package static let maximumUnknownFields = 64 * 1024
  /// Bytes of one line of an export: no event meeting these rules comes near it, so a
  /// longer line is refused without being decoded.
  package static let maximumLineBytes = 1024 * 1024

  /// Why an event breaks the rules: the first field found wrong.
  package enum Problem: Hashable, Sendable {
    /// Not a generated id (or a course id) where one is required.
    case identifier(field: String)
    /// Longer than the field allows, in characters (bytes for `fields`).
    case tooLong(field: String, limit: Int)
    /// Empty where text is required.
    case empty(field: String)
    /// A number outside its range.
    case outOfRange(field: String)
    /// A time outside the sane window.
    case time
    /// A kind that belongs to a person, without one.
    case missingParticipant
    /// A session event carrying a participant.
    case unexpectedParticipant
  }

  /// The first rule `event` breaks, or nil when it meets them all.
  package static func problem(_ event: Event) -> Problem? {
    guard DataStore.isIdentifier(event.id) else { return .identifier(field: "id") }
    guard Timestamp.isSane(event.time) else { return .time }
    guard event.device == "unknown" || DataStore.isIdentifier(event.device) else {
      return .identifier(field: "dev")
    }
    if let participant = event.participant, !DataStore.isIdentifier(participant) {
      return .identifier(field: "p")
    }
    switch event.body {
    case .sessionCreated, .sessionRenamed, .sessionRemoved, .sessionRestored, .sessionsLinked,
      .postTestOpened, .sessionPin:
      if event.participant != nil { return .unexpectedParticipant }
    case .unknown:
      break
    default:
      if event.participant == nil { return .missingParticipant }
    }
    return bodyProblem(event)
  }

  private static func bodyProblem(_ event: Event) -> Problem? {
    var check = Check()
    switch event.body {
    case .enrolled(let value):
      check.label("name", value.name, required: true)
      check.label("group", value.group)
      check.label("code", value.code)
      check.label("phone", value.phone)
      if let number = value.rosterNumber {
        check.range("roster", number, 1...maximumRosterNumber)
      }
    case .sessionCreated(let value):
      check.generated("session", value.session)
      check.label("title", value.title, required: true)
      check.label("place", value.place)
      if let date = value.date, Timestamp.validDate(date) == nil {
        check.found = .outOfRange(field: "date")
      }
    case .sessionJoined(let session):
      check.generated("session", session)
    case .lessonOpened(let value):
      check.generated("run", value.run)
      check.course("lesson", value.lesson)
      check.generated("session", value.session)
      check.generated("retry-of", value.retryOf)
      if let retry = value.retry {
        check.range("retry", retry.count, 0...maximumRetry)
        for id in retry { check.course("retry", id) }
      }
    case .pageReached(let value):
      check.generated("run", value.run)
      check.course("lesson", value.lesson)
      check.range("page", value.page, 0...(maximumPages - 1))
    case .checklistItem(let value):
      check.generated("run", value.run)
      check.course("lesson", value.lesson)
      check.course("item", value.item)
      check.course("reason", value.reason)
      check.course("indicator", value.indicator)
      check.generated("session", value.session)
      check.text("note", value.note, limit: maximumNote)
    case .answer(let value):
      check.generated("run", value.run)
      check.course("lesson", value.lesson)
      check.course("question", value.question)
      check.range("attempt", value.attempt, 1...maximumAttempt)
      check.text("response", value.response, limit: maximumResponse)
    case .lessonCompleted(let value):
      check.generated("run", value.run)
      check.course("lesson", value.lesson)
      check.range("total", value.total, 0...maximumTotal)
      check.range("correct", value.correct, 0...max(0, value.total))
      check.range("score", value.score, 0...100)
    case .indicatorRecorded(let value):
      check.course("indicator", value.indicator)
      check.course("reason", value.reason)
      check.text("note", value.note, limit: maximumNote)
      check.generated("session", value.session)
    case .participantsLinked(let other):
      check.generated("other", other)
      if other == event.participant { check.found = check.found ?? .identifier(field: "other") }
    case .participantRenamed(let name):
      check.label("name", name, required: true)
    case .participantRemoved, .participantRestored, .pinSet:
      // A PIN's form is checked when it is read (salt and hash in hexadecimal).
      break
    case .sessionRenamed(let value):
      check.generated("session", value.session)
      check.label("title", value.title, required: true)
      check.label("place", value.place)
      if let date = value.date, Timestamp.validDate(date) == nil {
        check.found = check.found ?? .outOfRange(field: "date")
      }
    case .sessionRemoved(let session), .sessionRestored(let session),
      .postTestOpened(let session), .sessionPin(let session, _):
      check.generated("session", session)
    case .sessionsLinked(let session, let other):
      check.generated("session", session)
      check.generated("other", other)
      if other == session { check.found = check.found ?? .identifier(field: "other") }
    case .unknown(_, let fields):
      if fields.utf8.count > maximumUnknownFields {
        check.found = .tooLong(field: "fields", limit: maximumUnknownFields)
      }
    }
    return check.found
  }

  /// Whether `text` has at most `limit` characters (counted without walking a huge text).
  static func fits(_ text: String, _ limit: Int) -> Bool {
    let bytes = text.utf8.count
    if bytes <= limit { return true }
    // A character of a clean name is rarely over 16 bytes; 64 leaves room for accents.
    if bytes > limit * 64 { return false }
    return text.count <= limit
  }

  /// Collects the first problem of a body.
  private struct Check {
    var found: Problem?

    mutating func generated(_ field: String, _ value: String?) {
      guard found == nil, let value, !DataStore.isIdentifier(value) else { return }
      found = .identifier(field: field)
    }

    mutating func course(_ field: String, _ value: String?) {
      guard found == nil, let value, !CourseIdentifier.isValid(value) else { return }
      found = .identifier(field: field)
    }

    mutating func label(_ field: String, _ value: String?, required: Bool = false) {
      guard found == nil else { return }
      if required, value?.isEmpty ?? true {
        found = .empty(field: field)
        return
      }
      text(field, value, limit: EventRules.maximumLabel)
    }

    mutating func text(_ field: String, _ value: String?, limit: Int) {
      guard found == nil, let value, !EventRules.fits(value, limit) else { return }
      found = .tooLong(field: field, limit: limit)
    }

    mutating func range(_ field: String, _ value: Int, _ range: ClosedRange<Int>) {
      guard found == nil, !range.contains(value) else { return }
      found = .outOfRange(field: field)
    }
  }
}
