/// Writes and reads an event's fields (everything but `seq` and `crc`) in JSON.
///
/// The reader is a hand-written scanner over bytes (no intermediate tree), the fast path
/// for reports over a million events; ``EventDecodingTests`` check it against
/// `JSONDecoder` on generated data.
enum EventFields {
  /// Writes `id`, `t`, `dev`, `p`, `type` and the body's fields into an open object.
  static func write(_ event: Event, into writer: inout JSONWriter) {
    writer.field("id", event.id)
    writer.field("t", Timestamp.format(event.time))
    writer.field("dev", event.device)
    writer.field("p", event.participant)
    writer.field("type", event.body.typeName)
    switch event.body {
    case .enrolled(let value):
      writer.field("name", value.name)
      writer.field("group", value.group)
      writer.field("code", value.code)
      writer.field("phone", value.phone)
    case .sessionCreated(let value):
      writer.field("session", value.session)
      writer.field("title", value.title)
      writer.field("place", value.place)
      writer.field("date", value.date)
    case .sessionJoined(let session):
      writer.field("session", session)
    case .lessonOpened(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("lang", value.language.rawValue)
      writer.field("seed", String(value.seed))
      writer.field("shuffled", value.shuffled)
      writer.field("tag", value.tag?.rawValue)
      writer.field("session", value.session)
      if let retry = value.retry {
        writer.key("retry")
        writer.beginArray()
        for id in retry { writer.string(id) }
        writer.endArray()
      }
      writer.field("retry-of", value.retryOf)
    case .pageReached(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("page", value.page)
    case .checklistItem(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("item", value.item)
      writer.field("done", value.done)
      writer.field("reason", value.reason)
      writer.field("indicator", value.indicator)
      writer.field("session", value.session)
    case .answer(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("question", value.question)
      writer.field("attempt", value.attempt)
      writer.field("correct", value.correct)
      writer.field("final", value.final)
      writer.field("response", value.response)
    case .lessonCompleted(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("correct", value.correct)
      writer.field("total", value.total)
      writer.field("score", value.score)
      writer.field("passed", value.passed)
      writer.field("tag", value.tag?.rawValue)
    case .indicatorRecorded(let value):
      writer.field("indicator", value.indicator)
      writer.field("achieved", value.achieved)
      writer.field("reason", value.reason)
      writer.field("note", value.note)
      writer.field("source", value.source.rawValue)
      writer.field("session", value.session)
    case .participantsLinked(let other):
      writer.field("other", other)
    case .unknown(_, let fields):
      writer.rawFields(Array(fields.utf8))
    }
  }

  /// The fields of one line, as read.
  private struct Slots {
    var sequence: Int?
    var id: String?
    var time: Int64?
    var device: String?
    var participant: String?
    var type: String?
    var typeEnd = 0
    var strings: [Key: String] = [:]
    var integers: [Key: Int] = [:]
    var bools: [Key: Bool] = [:]
    var retry: [String]?
  }

  /// Body field names.
  private enum Key: Hashable {
    case name, group, code, phone, session, title, place, date, run, lesson, lang, seed
    case shuffled, tag, retryOf, page, item, done, reason, indicator, question, attempt
    case correct, final, response, total, score, passed, achieved, note, source, other
  }

  private static let keys: [(StaticString, Key)] = [
    ("name", .name), ("group", .group), ("code", .code), ("phone", .phone),
    ("session", .session), ("title", .title), ("place", .place), ("date", .date),
    ("run", .run), ("lesson", .lesson), ("lang", .lang), ("seed", .seed),
    ("shuffled", .shuffled), ("tag", .tag), ("retry-of", .retryOf), ("page", .page),
    ("item", .item), ("done", .done), ("reason", .reason), ("indicator", .indicator),
    ("question", .question), ("attempt", .attempt), ("correct", .correct), ("final", .final),
    ("response", .response), ("total", .total), ("score", .score), ("passed", .passed),
    ("achieved", .achieved), ("note", .note), ("source", .source), ("other", .other),
  ]

  /// Reads a line's object up to `end` (where the checksum trailer starts).
  static func read(_ line: UnsafeBufferPointer<UInt8>, end: Int) -> (Int, Event)? {
    var scanner = JSONScanner(UnsafeBufferPointer(rebasing: line[..<end]))
    guard scanner.consume(0x7B) else { return nil }
    var slots = Slots()
    if scanner.consume(0x7D) { return nil }
    while true {
      guard let keyRange = scanner.rawString(), scanner.consume(0x3A) else { return nil }
      guard readValue(keyRange, &scanner, &slots) else { return nil }
      if scanner.consume(0x2C) { continue }
      break
    }
    scanner.skipSpace()
    guard scanner.atEnd else { return nil }
    guard let sequence = slots.sequence, sequence > 0, let id = slots.id, !id.isEmpty,
      let time = slots.time, let device = slots.device, let type = slots.type,
      let body = body(type, slots, line: line, end: end)
    else { return nil }
    return (sequence, Event(id: id, time: time, device: device, participant: slots.participant, body: body))
  }

  private static func readValue(
    _ keyRange: Range<Int>, _ scanner: inout JSONScanner, _ slots: inout Slots
  ) -> Bool {
    if scanner.equals(keyRange, "seq") {
      guard let value = scanner.integer(), let int = Int(exactly: value) else { return false }
      slots.sequence = int
    } else if scanner.equals(keyRange, "id") {
      slots.id = scanner.string()
      return slots.id != nil
    } else if scanner.equals(keyRange, "t") {
      guard let range = scanner.rawString(),
        let time = Timestamp.parse(UnsafeBufferPointer(rebasing: scanner.bytes[range]))
      else { return false }
      slots.time = time
    } else if scanner.equals(keyRange, "dev") {
      slots.device = scanner.string()
      return slots.device != nil
    } else if scanner.equals(keyRange, "p") {
      slots.participant = scanner.string()
      return slots.participant != nil
    } else if scanner.equals(keyRange, "type") {
      slots.type = scanner.string()
      slots.typeEnd = scanner.index
      return slots.type != nil
    } else if scanner.equals(keyRange, "retry") {
      let start = scanner.index
      slots.retry = scanner.stringArray()
      if slots.retry == nil {
        // Another kind of value (a newer event type reusing the name): skipped.
        scanner.index = start
        return scanner.skipValue()
      }
    } else if let key = keys.first(where: { scanner.equals(keyRange, $0.0) })?.1 {
      switch scanner.peek() {
      case 0x22:
        guard let value = scanner.string() else { return false }
        slots.strings[key] = value
      case 0x74, 0x66:
        guard let value = scanner.bool() else { return false }
        slots.bools[key] = value
      case 0x6E:
        return scanner.null()
      default:
        let start = scanner.index
        if let value = scanner.integer(), let int = Int(exactly: value) {
          slots.integers[key] = int
        } else {
          // A fraction, a huge number, an object or an array: a newer event type reusing a
          // known name. Skipped, so the event is kept whole as `.unknown`.
          scanner.index = start
          return scanner.skipValue()
        }
      }
    } else {
      return scanner.skipValue()
    }
    return true
  }

  private static func body(
    _ type: String, _ slots: Slots, line: UnsafeBufferPointer<UInt8>, end: Int
  ) -> EventBody? {
    let s = slots.strings
    let i = slots.integers
    let b = slots.bools
    guard let known = EventType(rawValue: type) else {
      let fields = String(decoding: UnsafeBufferPointer(rebasing: line[slots.typeEnd..<end]), as: UTF8.self)
      return .unknown(type: type, fields: fields)
    }
    switch known {
    case .enrolled:
      guard let name = s[.name] else { return nil }
      return .enrolled(Enrollment(name: name, group: s[.group], code: s[.code], phone: s[.phone]))
    case .sessionCreated:
      guard let session = s[.session], let title = s[.title] else { return nil }
      return .sessionCreated(SessionInfo(session: session, title: title, place: s[.place], date: s[.date]))
    case .sessionJoined:
      guard let session = s[.session] else { return nil }
      return .sessionJoined(session: session)
    case .lessonOpened:
      guard let run = s[.run], let lesson = s[.lesson], let language = s[.lang].flatMap(Language.init(rawValue:)),
        let seed = s[.seed].flatMap({ UInt64($0) })
      else { return nil }
      return .lessonOpened(
        LessonOpening(
          run: run, lesson: lesson, language: language, seed: seed, shuffled: b[.shuffled] ?? true,
          tag: s[.tag].flatMap(TestTag.init(rawValue:)), session: s[.session], retry: slots.retry,
          retryOf: s[.retryOf]))
    case .pageReached:
      guard let run = s[.run], let lesson = s[.lesson], let page = i[.page], page >= 0 else { return nil }
      return .pageReached(PageVisit(run: run, lesson: lesson, page: page))
    case .checklistItem:
      guard let run = s[.run], let lesson = s[.lesson], let item = s[.item], let done = b[.done] else {
        return nil
      }
      return .checklistItem(
        ChecklistMark(
          run: run, lesson: lesson, item: item, done: done, reason: s[.reason],
          indicator: s[.indicator], session: s[.session]))
    case .answer:
      guard let run = s[.run], let lesson = s[.lesson], let question = s[.question],
        let attempt = i[.attempt], let correct = b[.correct], let final = b[.final],
        let response = s[.response]
      else { return nil }
      return .answer(
        AnswerRecord(
          run: run, lesson: lesson, question: question, attempt: attempt, correct: correct,
          final: final, response: response))
    case .lessonCompleted:
      guard let run = s[.run], let lesson = s[.lesson], let correct = i[.correct], let total = i[.total],
        let score = i[.score], let passed = b[.passed]
      else { return nil }
      return .lessonCompleted(
        LessonResult(
          run: run, lesson: lesson, correct: correct, total: total, score: score, passed: passed,
          tag: s[.tag].flatMap(TestTag.init(rawValue:))))
    case .indicatorRecorded:
      guard let indicator = s[.indicator], let achieved = b[.achieved],
        let source = s[.source].flatMap(RecordSource.init(rawValue:))
      else { return nil }
      return .indicatorRecorded(
        IndicatorRecord(
          indicator: indicator, achieved: achieved, reason: s[.reason], note: s[.note], source: source,
          session: s[.session]))
    case .participantsLinked:
      guard let other = s[.other] else { return nil }
      return .participantsLinked(other: other)
    }
  }
}
