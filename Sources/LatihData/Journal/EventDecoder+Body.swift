import LatihBase

extension EventDecoder {
  /// The event types by the bytes of their stored names.
  private static let typeNames: [(bytes: [UInt8], type: EventType)] = EventType.allCases.map {
    (Array($0.rawValue.utf8), $0)
  }

  /// The body for the line's `type` from the values read; nil when a required field is
  /// missing or of the wrong kind.
  mutating func body(
    type: (range: Range<Int>, escaped: Bool), typeEnd: Int, retry: [String]?,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> EventBody? {
    var known: EventType?
    if type.escaped {
      known = string(.name, escaped: true, range: type.range, in: bytes, needed: true)
        .flatMap(EventType.init)
    } else {
      let name = UnsafeBufferPointer(rebasing: bytes[type.range])
      known =
        Self.typeNames.first { entry in
          entry.bytes.withUnsafeBufferPointer { ByteSearch.equal($0, name) }
        }?.type
    }
    guard let known else {
      guard !envelopeAfterType,
        let typeName = string(.name, escaped: type.escaped, range: type.range, in: bytes)
      else { return nil }
      let fields = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[typeEnd...]), as: UTF8.self)
      return .unknown(type: typeName, fields: fields)
    }
    switch known {
    case .enrolled:
      guard let name = string(.name, bytes) else { return nil }
      return .enrolled(
        Enrollment(
          name: name, group: string(.group, bytes), code: string(.code, bytes),
          phone: string(.phone, bytes), rosterNumber: integer(.roster)))
    case .sessionCreated:
      guard let session = string(.session, bytes), let title = string(.title, bytes) else {
        return nil
      }
      return .sessionCreated(
        SessionInfo(
          session: session, title: title, place: string(.place, bytes),
          date: string(.date, bytes)))
    case .sessionJoined:
      guard let session = string(.session, bytes) else { return nil }
      return .sessionJoined(session: session)
    case .lessonOpened:
      guard let run = string(.run, bytes), let lesson = string(.lesson, bytes),
        let language = string(.lang, bytes, needed: true).flatMap(Language.init(rawValue:)),
        let seed = seed(bytes)
      else { return nil }
      return .lessonOpened(
        LessonOpening(
          run: run, lesson: lesson, language: language, seed: seed,
          shuffled: bool(.shuffled) ?? true,
          tag: string(.tag, bytes, needed: true).flatMap(TestTag.init),
          tagSet: string(.tagSet, bytes, needed: true).flatMap(TagSource.init),
          session: string(.session, bytes), retry: retry, retryOf: string(.retryOf, bytes)))
    case .pageReached:
      guard let run = string(.run, bytes), let lesson = string(.lesson, bytes),
        let page = integer(.page), page >= 0
      else { return nil }
      return .pageReached(PageVisit(run: run, lesson: lesson, page: page))
    case .checklistItem:
      guard let run = string(.run, bytes), let lesson = string(.lesson, bytes),
        let item = string(.item, bytes), let done = bool(.done)
      else { return nil }
      return .checklistItem(
        ChecklistMark(
          run: run, lesson: lesson, item: item, done: done, reason: string(.reason, bytes),
          indicator: string(.indicator, bytes), session: string(.session, bytes),
          note: string(.note, bytes)))
    case .answer:
      guard let run = string(.run, bytes), let lesson = string(.lesson, bytes),
        let question = string(.question, bytes), let attempt = integer(.attempt),
        let correct = bool(.correct), let final = bool(.final),
        let response = string(.response, bytes)
      else { return nil }
      return .answer(
        AnswerRecord(
          run: run, lesson: lesson, question: question, attempt: attempt, correct: correct,
          final: final, response: response))
    case .lessonCompleted:
      guard let run = string(.run, bytes), let lesson = string(.lesson, bytes),
        let correct = integer(.correct), let total = integer(.total),
        let score = integer(.score), let passed = bool(.passed)
      else { return nil }
      return .lessonCompleted(
        LessonResult(
          run: run, lesson: lesson, correct: correct, total: total, score: score,
          passed: passed, tag: string(.tag, bytes, needed: true).flatMap(TestTag.init)))
    case .indicatorRecorded:
      guard let indicator = string(.indicator, bytes), let achieved = bool(.achieved),
        let source = string(.source, bytes, needed: true).flatMap(RecordSource.init)
      else { return nil }
      return .indicatorRecorded(
        IndicatorRecord(
          indicator: indicator, achieved: achieved, reason: string(.reason, bytes),
          note: string(.note, bytes), source: source, session: string(.session, bytes)))
    case .participantsLinked:
      guard let other = string(.other, bytes) else { return nil }
      return .participantsLinked(other: other)
    case .postTestOpened:
      guard let session = string(.session, bytes) else { return nil }
      return .postTestOpened(session: session)
    case .participantRenamed:
      guard let name = string(.name, bytes, needed: true), !name.isEmpty else { return nil }
      return .participantRenamed(name: name)
    case .participantRemoved: return .participantRemoved
    case .participantRestored: return .participantRestored
    case .sessionRenamed:
      guard let session = string(.session, bytes, needed: true), !session.isEmpty,
        let title = string(.title, bytes, needed: true), !title.isEmpty
      else { return nil }
      let date = string(.date, bytes, needed: true)
      if let date, Timestamp.validDate(date) == nil { return nil }
      return .sessionRenamed(
        SessionInfo(session: session, title: title, place: string(.place, bytes), date: date))
    case .sessionRemoved, .sessionRestored:
      guard let session = string(.session, bytes, needed: true), !session.isEmpty else {
        return nil
      }
      return known == .sessionRemoved
        ? .sessionRemoved(session: session) : .sessionRestored(session: session)
    case .sessionsLinked:
      guard let session = string(.session, bytes, needed: true), !session.isEmpty,
        let other = string(.other, bytes, needed: true), !other.isEmpty, other != session
      else { return nil }
      return .sessionsLinked(session: session, other: other)
    case .sessionPin:
      guard let session = string(.session, bytes, needed: true), !session.isEmpty,
        let policy = string(.pin, bytes, needed: true).flatMap(PinPolicy.init(rawValue:))
      else { return nil }
      return .sessionPin(session: session, policy: policy)
    case .pinSet:
      guard let stored = string(.pin, bytes, needed: true) else { return .pinSet(nil) }
      guard let pin = PinHash(stored: stored) else { return nil }
      return .pinSet(pin)
    }
  }

  /// The last string read for `key`.
  private mutating func string(
    _ key: EventKey, _ bytes: UnsafeBufferPointer<UInt8>, needed: Bool = false
  ) -> String? {
    guard let field = last(key, where: { $0 == .string || $0 == .escapedString }) else {
      return nil
    }
    return string(
      key, escaped: field.kind == .escapedString, range: field.range, in: bytes, needed: needed)
  }

  /// The last integer read for `key`.
  private func integer(_ key: EventKey) -> Int? { last(key) { $0 == .integer }?.value }

  /// The last bool read for `key`.
  private func bool(_ key: EventKey) -> Bool? { last(key) { $0 == .bool }.map { $0.value != 0 } }

  private func last(_ key: EventKey, where kind: (Field.Kind) -> Bool) -> Field? {
    var index = fields.count - 1
    while index >= 0 {
      if fields[index].key == key && kind(fields[index].kind) { return fields[index] }
      index -= 1
    }
    return nil
  }

  /// The shuffle seed: a string of digits that fits in 64 bits (read from the bytes
  /// in the usual case; anything else as `UInt64(String)` would).
  private mutating func seed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard let field = last(.seed, where: { $0 == .string || $0 == .escapedString }) else {
      return nil
    }
    if field.kind == .string,
      let value = DigitString.value(UnsafeBufferPointer(rebasing: bytes[field.range]))
    {
      return value
    }
    return string(
      .seed, escaped: field.kind == .escapedString, range: field.range, in: bytes, needed: true
    ).flatMap { UInt64($0) }
  }
}
