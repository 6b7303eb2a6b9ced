import Foundation
import LatihBase
import LatihCourse
import LatihData

/// An independent reader of journal lines built only on Foundation (`JSONDecoder`,
/// `JSONSerialization`, `Calendar`) and a bit-by-bit CRC-32, written from the format's
/// rules rather than from the fast path's code. ``JournalCrossCheck`` compares the two.
package enum ReferenceJournalDecoder {
  /// One decoded line.
  package struct Decoded {
    package var sequence: Int
    /// For an unknown type, the body is `.unknown(type:fields: "")`; see `extraFields`.
    package var event: Event
    /// For an unknown type: the line's fields other than the common ones, as
    /// ``canonical(_:)`` JSON.
    var extraFields: Data?

    package init(sequence: Int, event: Event, extraFields: Data?) {
      self.sequence = sequence
      self.event = event
      self.extraFields = extraFields
    }
  }

  /// Keys every line has (or may have), outside the event's body.
  package static let commonKeys: Set<String> = ["seq", "id", "t", "dev", "p", "type", "crc"]

  /// A JSON value serialised with sorted keys: equal data means equal values.
  package static func canonical(_ value: Any) -> Data? {
    try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
  }

  /// CRC-32 (IEEE), one bit at a time.
  package static func crc32(_ bytes: some Sequence<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
    }
    return ~crc
  }

  /// Decodes one line without its newline; nil if Latih must not accept it.
  package static func decode(_ line: [UInt8]) -> Decoded? {
    // The line ends in `,"crc":"xxxxxxxx"}`: a checksum of everything before it.
    let trailer = Array(#","crc":""#.utf8)
    guard line.count > 20, line.first == UInt8(ascii: "{"), line.last == UInt8(ascii: "}"),
      line[line.count - 2] == UInt8(ascii: "\"")
    else { return nil }
    let start = line.count - 18
    guard Array(line[start..<start + 8]) == trailer,
      let hex = String(bytes: line[start + 8..<start + 16], encoding: .utf8),
      hex == hex.lowercased(), let stored = UInt32(hex, radix: 16),
      crc32(line[..<start]) == stored
    else { return nil }
    let data = Data(line)
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let header = try? JSONDecoder().decode(Header.self, from: data), header.seq > 0,
      !header.id.isEmpty, let time = ReferenceTime.milliseconds(header.t)
    else { return nil }
    func event(_ body: EventBody) -> Event {
      Event(id: header.id, time: time, device: header.dev, participant: header.p, body: body)
    }
    guard EventType(rawValue: header.type) != nil else {
      return Decoded(
        sequence: header.seq, event: event(.unknown(type: header.type, fields: "")),
        extraFields: canonical(object.filter { !commonKeys.contains($0.key) }))
    }
    guard let body = try? body(header.type, data) else { return nil }
    if body.concernsParticipant && header.p == nil { return nil }
    return Decoded(sequence: header.seq, event: event(body), extraFields: nil)
  }

  private struct Header: Decodable {
    var seq: Int
    var id: String
    var t: String
    var dev: String
    var p: String?
    var type: String
  }

  private struct Failure: Error {}

  /// The body of a known event type, field by field as the format defines it.
  private static func body(_ type: String, _ data: Data) throws -> EventBody {
    let json = JSONDecoder()
    func decode<T: Decodable>(_ kind: T.Type) throws -> T { try json.decode(kind, from: data) }
    switch EventType(rawValue: type)! {
    case .enrolled:
      let v = try decode(Enrolled.self)
      return .enrolled(
        Enrollment(
          name: v.name, group: v.group, code: v.code, phone: v.phone, rosterNumber: v.roster))
    case .sessionCreated:
      let v = try decode(Session.self)
      guard let title = v.title else { throw Failure() }
      return .sessionCreated(
        SessionInfo(session: v.session, title: title, place: v.place, date: v.date))
    case .sessionJoined:
      return .sessionJoined(session: try decode(Session.self).session)
    case .lessonOpened:
      let v = try decode(Opened.self)
      guard let language = Language(rawValue: v.lang), let seed = UInt64(v.seed) else {
        throw Failure()
      }
      return .lessonOpened(
        LessonOpening(
          run: v.run, lesson: v.lesson, language: language, seed: seed,
          shuffled: v.shuffled ?? true, tag: v.tag.flatMap(TestTag.init(rawValue:)),
          tagSet: v.tagSet.flatMap(TagSource.init(rawValue:)), session: v.session, retry: v.retry,
          retryOf: v.retryOf))
    case .pageReached:
      let v = try decode(Page.self)
      guard v.page >= 0 else { throw Failure() }
      return .pageReached(PageVisit(run: v.run, lesson: v.lesson, page: v.page))
    case .checklistItem:
      let v = try decode(Checklist.self)
      return .checklistItem(
        ChecklistMark(
          run: v.run, lesson: v.lesson, item: v.item, done: v.done, reason: v.reason,
          indicator: v.indicator, session: v.session, note: v.note))
    case .answer:
      let v = try decode(Answer.self)
      return .answer(
        AnswerRecord(
          run: v.run, lesson: v.lesson, question: v.question, attempt: v.attempt,
          correct: v.correct, final: v.final, response: v.response))
    case .lessonCompleted:
      let v = try decode(Completed.self)
      return .lessonCompleted(
        LessonResult(
          run: v.run, lesson: v.lesson, correct: v.correct, total: v.total, score: v.score,
          passed: v.passed, tag: v.tag.flatMap(TestTag.init(rawValue:))))
    case .indicatorRecorded:
      let v = try decode(Indicator.self)
      guard let source = RecordSource(rawValue: v.source) else { throw Failure() }
      return .indicatorRecorded(
        IndicatorRecord(
          indicator: v.indicator, achieved: v.achieved, reason: v.reason, note: v.note,
          source: source, session: v.session))
    case .participantsLinked:
      return .participantsLinked(other: try decode(Linked.self).other)
    case .postTestOpened:
      return .postTestOpened(session: try decode(Session.self).session)
    case .participantRenamed:
      let name = try decode(Renamed.self).name
      guard !name.isEmpty else { throw Failure() }
      return .participantRenamed(name: name)
    case .participantRemoved: return .participantRemoved
    case .participantRestored: return .participantRestored
    case .sessionRenamed:
      let v = try decode(Session.self)
      guard !v.session.isEmpty, let title = v.title, !title.isEmpty else { throw Failure() }
      if let date = v.date, ReferenceTime.milliseconds(date + "T00:00:00.000Z") == nil {
        throw Failure()
      }
      return .sessionRenamed(
        SessionInfo(session: v.session, title: title, place: v.place, date: v.date))
    case .sessionRemoved, .sessionRestored:
      let session = try decode(Session.self).session
      guard !session.isEmpty else { throw Failure() }
      return type == EventType.sessionRemoved.rawValue
        ? .sessionRemoved(session: session) : .sessionRestored(session: session)
    case .sessionsLinked:
      let v = try decode(SessionsLinked.self)
      guard !v.session.isEmpty, !v.other.isEmpty, v.session != v.other else { throw Failure() }
      return .sessionsLinked(session: v.session, other: v.other)
    case .sessionPin:
      let v = try decode(SessionPin.self)
      guard !v.session.isEmpty, let policy = PinPolicy(rawValue: v.pin) else { throw Failure() }
      return .sessionPin(session: v.session, policy: policy)
    case .pinSet:
      guard let stored = try decode(PinSet.self).pin else { return .pinSet(nil) }
      guard let pin = PinHash(stored: stored) else { throw Failure() }
      return .pinSet(pin)
    }
  }

  private struct SessionPin: Decodable {
    var session, pin: String
  }

  private struct PinSet: Decodable {
    var pin: String?
  }

  private struct Enrolled: Decodable {
    var name: String
    var group, code, phone: String?
    var roster: Int?
  }

  private struct Session: Decodable {
    var session: String
    var title, place, date: String?
  }

  private struct Opened: Decodable {
    var run, lesson, lang, seed: String
    var shuffled: Bool?
    var tag, tagSet, session, retryOf: String?
    var retry: [String]?

    enum CodingKeys: String, CodingKey {
      case run, lesson, lang, seed, shuffled, tag, session, retry
      case tagSet = "tag-set"
      case retryOf = "retry-of"
    }
  }

  private struct Page: Decodable {
    var run, lesson: String
    var page: Int
  }

  private struct Checklist: Decodable {
    var run, lesson, item: String
    var done: Bool
    var reason, indicator, session, note: String?
  }

  private struct Answer: Decodable {
    var run, lesson, question, response: String
    var attempt: Int
    var correct, final: Bool
  }

  private struct Completed: Decodable {
    var run, lesson: String
    var correct, total, score: Int
    var passed: Bool
    var tag: String?
  }

  private struct Indicator: Decodable {
    var indicator, source: String
    var achieved: Bool
    var reason, note, session: String?
  }

  private struct Linked: Decodable {
    var other: String
  }

  private struct Renamed: Decodable {
    var name: String
  }

  private struct SessionsLinked: Decodable {
    var session, other: String
  }
}

/// Timestamps through Foundation's Gregorian calendar (UTC), as a reference for
/// ``Timestamp``.
package enum ReferenceTime {
  package static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  private static let units: Set<Calendar.Component> = [
    .year, .month, .day, .hour, .minute, .second,
  ]

  /// `YYYY-MM-DDTHH:MM:SS.mmmZ` as milliseconds since 1970; nil unless it names a real
  /// moment in exactly that form.
  package static func milliseconds(_ text: String) -> Int64? {
    let shape = Array("dddd-dd-ddTdd:dd:dd.dddZ".utf8)
    let bytes = Array(text.utf8)
    guard bytes.count == shape.count else { return nil }
    for (byte, expected) in zip(bytes, shape) {
      let isDigit = (0x30...0x39).contains(byte)
      guard expected == UInt8(ascii: "d") ? isDigit : byte == expected else { return nil }
    }
    let numbers = text.split { !$0.isNumber }.map { Int($0)! }
    var parts = DateComponents()
    (parts.year, parts.month, parts.day) = (numbers[0], numbers[1], numbers[2])
    (parts.hour, parts.minute, parts.second) = (numbers[3], numbers[4], numbers[5])
    guard let date = calendar.date(from: parts) else { return nil }
    let back = calendar.dateComponents(units, from: date)
    guard back.year == parts.year, back.month == parts.month, back.day == parts.day,
      back.hour == parts.hour, back.minute == parts.minute, back.second == parts.second
    else { return nil }
    return Int64(date.timeIntervalSince1970) * 1000 + Int64(numbers[6])
  }

  /// Milliseconds since 1970 (not negative) as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
  package static func string(_ milliseconds: Int64) -> String {
    let date = Date(timeIntervalSince1970: Double(milliseconds / 1000))
    let c = calendar.dateComponents(units, from: date)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year!, c.month!, c.day!, c.hour!,
      c.minute!, c.second!, Int(milliseconds % 1000))
  }
}
