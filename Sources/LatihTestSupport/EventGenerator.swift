import LatihData

/// A repeatable `RandomNumberGenerator` (SplitMix64 through ``SeededIdentifierSource``).
package struct SeededRandom: RandomNumberGenerator {
  private let source: SeededIdentifierSource

  package init(seed: UInt64) { source = SeededIdentifierSource(seed: seed) }

  package mutating func next() -> UInt64 { source.next64() }
}

/// Random but repeatable events of every kind, with text that stresses the JSON writer
/// and readers (quotes, backslashes, control characters, accents, emoji, text that looks
/// like a checksum field), optional fields absent or present, and events of unknown future
/// types whose fields reuse known names with other value kinds.
///
/// For decoding cross-checks and benchmarks: the same seed gives the same journal.
package struct EventGenerator {
  private var random: SeededRandom
  private var time: Int64 = SampleEvents.baseTime

  package init(seed: UInt64) { random = SeededRandom(seed: seed) }

  /// Pieces that random text is made of.
  package static let fragments = [
    "Siti", "Nurhaliza", "Nurhaliza\u{301}", "Nurhalizá", "Ibu Dewi", " ", "", "q1", "dasar",
    "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1B}[31m", "\u{1F}", "\u{7F}",
    "\u{85}", "\u{2028}", "\u{202E}", "é", "中文", "😀", "👩‍👩‍👧", "🇮🇩", "\u{FFFD}",
    #","crc":"00000000"}"#, "{", "}", "[", "]", ":", ",", "null", "true", "12", "-0", "1e3",
  ]

  /// 0–4 random fragments.
  package mutating func text() -> String {
    (0..<Int.random(in: 0...4, using: &random)).map { _ in
      Self.fragments.randomElement(using: &random)!
    }.joined()
  }

  package mutating func maybe(_ make: (inout EventGenerator) -> String) -> String? {
    Bool.random(using: &random) ? make(&self) : nil
  }

  package mutating func flag() -> Bool { Bool.random(using: &random) }

  package mutating func count(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &random)
  }

  /// The next event, a little later than the previous one.
  package mutating func next() -> Event {
    time += Int64.random(in: 0...90_000, using: &random)
    let id = [random.next(), random.next()].map { String($0, radix: 16).padded(16) }.joined()
    let body = body()
    let participant: String? =
      count(0...9) == 0 && !body.concernsParticipant ? nil : SampleEvents.participant
    return Event(
      id: id, time: time, device: SampleEvents.device, participant: participant, body: body)
  }

  /// `count` events.
  package mutating func events(_ count: Int) -> [Event] { (0..<count).map { _ in next() } }

  /// A journal of `count` generated events (sequence 1…count).
  package static func journal(count: Int, seed: UInt64) -> [UInt8] {
    var generator = EventGenerator(seed: seed)
    return SampleEvents.journal(generator.events(count))
  }

  private mutating func body() -> EventBody {
    switch count(0...20) {
    case 0:
      return .enrolled(
        Enrollment(
          name: text(), group: maybe { $0.text() }, code: maybe { $0.text() },
          phone: maybe { $0.text() }))
    case 1:
      return .sessionCreated(
        SessionInfo(
          session: text(), title: text(), place: maybe { $0.text() },
          date: maybe { _ in "2026-11-23" }))
    case 2: return .sessionJoined(session: text())
    case 3:
      let retry: [String]? = flag() ? nil : (0..<count(0...3)).map { _ in text() }
      return .lessonOpened(
        LessonOpening(
          run: text(), lesson: text(), language: flag() ? .id : .en, seed: random.next(),
          shuffled: flag(), tag: [nil, .pre, .post].randomElement(using: &random)!,
          tagSet: [nil, .automatic, .explicit].randomElement(using: &random)!,
          session: maybe { $0.text() }, retry: retry, retryOf: maybe { $0.text() }))
    case 4: return .pageReached(PageVisit(run: text(), lesson: text(), page: count(0...500)))
    case 5:
      return .checklistItem(
        ChecklistMark(
          run: text(), lesson: text(), item: text(), done: flag(), reason: maybe { $0.text() },
          indicator: maybe { $0.text() }, session: maybe { $0.text() },
          note: maybe { $0.text() }))
    case 6:
      return .answer(
        AnswerRecord(
          run: text(), lesson: text(), question: text(), attempt: count(1...9), correct: flag(),
          final: flag(), response: text()))
    case 7:
      return .lessonCompleted(
        LessonResult(
          run: text(), lesson: text(), correct: count(0...20), total: count(0...20),
          score: count(0...100), passed: flag(),
          tag: [nil, .pre, .post].randomElement(using: &random)!))
    case 8:
      return .indicatorRecorded(
        IndicatorRecord(
          indicator: text(), achieved: flag(), reason: maybe { $0.text() },
          note: maybe { $0.text() }, source: flag() ? .facilitator : .selfReported,
          session: maybe { $0.text() }))
    case 9: return .participantsLinked(other: text())
    case 10: return .participantRenamed(name: "n" + text())
    case 11: return .participantRemoved
    case 12: return .participantRestored
    case 13:
      return .sessionRenamed(
        SessionInfo(
          session: "s" + text(), title: "t" + text(), place: maybe { $0.text() },
          date: maybe { _ in "2026-11-24" }))
    case 14: return .sessionRemoved(session: "s" + text())
    case 15: return .sessionRestored(session: "s" + text())
    case 16: return .sessionsLinked(session: "a" + text(), other: "b" + text())
    case 17: return .postTestOpened(session: text())
    case 19: return .sessionPin(session: "s" + text(), policy: PinPolicy.allCases[count(0...2)])
    case 20: return .pinSet(flag() ? PinHash(pin: "1234", salt: "0123456789abcdef") : nil)
    default: return unknown()
    }
  }

  /// An event type from a "newer Latih": new keys, and known keys with other value kinds.
  private mutating func unknown() -> EventBody {
    let keys = ["score", "session", "retry", "done", "page", "note", "url", "extra", "list"]
    var writer = JSONWriter()
    writer.beginObject()
    for key in keys.shuffled(using: &random).prefix(count(0...4)) {
      writer.key(key)
      value(into: &writer, depth: 0)
    }
    writer.endObject()
    let inner = writer.bytes.dropFirst().dropLast()
    let fields = inner.isEmpty ? "" : "," + String(decoding: inner, as: UTF8.self)
    return .unknown(type: "future-" + String(count(1...3)), fields: fields)
  }

  private mutating func value(into writer: inout JSONWriter, depth: Int) {
    switch count(0...(depth < 2 ? 7 : 5)) {
    case 0: writer.string(text())
    case 1: writer.integer(Int64.random(in: -1_000_000...1_000_000, using: &random))
    case 2: writer.decimal(Double(count(-9999...9999)) / 8, decimals: 3)
    case 3: writer.bool(flag())
    case 4: writer.null()
    case 5: writer.integer(UInt64.max)
    case 6:
      writer.beginArray()
      for _ in 0..<count(0...3) { value(into: &writer, depth: depth + 1) }
      writer.endArray()
    default:
      writer.beginObject()
      var used: Set<String> = []
      for _ in 0..<count(0...3) {
        let key = text()
        guard used.insert(key).inserted else { continue }
        writer.key(key)
        value(into: &writer, depth: depth + 1)
      }
      writer.endObject()
    }
  }
}

extension String {
  /// Left-padded with zeros to `width` characters.
  fileprivate func padded(_ width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
