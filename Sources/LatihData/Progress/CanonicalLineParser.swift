import LatihBase

/// Reads a journal line written the way Latih writes it (``EventFields``: envelope keys
/// in order, then a body of plain strings, integers and bools, no spaces, no escapes)
/// straight into a ``CompactLine``, for the event types a report reads in bulk.
///
/// It reads a line only when ``EventDecoder`` is sure to accept it with the same values;
/// anything else (another type, an escape, a key out of place, a value of another kind,
/// `null`, a repeated key) gives nil, and the caller reads the line with the decoder.
struct CanonicalLineParser {
  /// One body value read: 1 string, 2 integer, 3 bool.
  private struct Value {
    var kind: UInt8 = 0
    var range: Range<Int> = 0..<0
    var number = 0
  }

  private var values = [Value](repeating: Value(), count: EventKey.cacheSlots)
  private var present: UInt64 = 0

  init() {}

  /// The line whose object is `bytes` (up to its checksum trailer), if it is canonical.
  mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CompactLine? {
    var cursor = Cursor(bytes: bytes)
    var line = CompactLine()
    guard cursor.literal("{\"seq\":"), let sequence = cursor.integer(), sequence > 0,
      cursor.literal(",\"id\":"), let id = cursor.string(), !id.isEmpty,
      cursor.literal(",\"t\":"), let time = cursor.string(),
      let stamp = Timestamp.parse(bytes: UnsafeBufferPointer(rebasing: bytes[time])),
      cursor.literal(",\"dev\":"), cursor.string() != nil,
      cursor.literal(",\"p\":"), cursor.string() != nil,
      cursor.literal(",\"type\":"), let type = cursor.string()
    else { return nil }
    line.sequence = sequence
    line.time = stamp
    line.id = (id, false)
    let kind = Self.kind(UnsafeBufferPointer(rebasing: bytes[type]))
    guard let kind else { return nil }
    present = 0
    while !cursor.atEnd {
      guard cursor.literal(","), let keyRange = cursor.string(),
        case .body(let key) = EventKey.name(UnsafeBufferPointer(rebasing: bytes[keyRange])),
        cursor.literal(":"), present & (1 << UInt64(key.rawValue)) == 0
      else { return nil }
      present |= 1 << UInt64(key.rawValue)
      var value = Value()
      switch cursor.peek {
      case 0x22:
        guard let range = cursor.string() else { return nil }
        value = Value(kind: 1, range: range)
      case 0x74, 0x66:
        guard let flag = cursor.bool() else { return nil }
        value = Value(kind: 3, number: flag ? 1 : 0)
      default:
        guard let number = cursor.integer() else { return nil }
        value = Value(kind: 2, number: number)
      }
      values[key.rawValue] = value
    }
    return fill(&line, kind, bytes) ? line : nil
  }

  /// Checks the body against `kind`'s fields (required ones present, no others) and
  /// copies what the report needs into `line`.
  private func fill(
    _ line: inout CompactLine, _ kind: CompactLine.Kind?, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    func text(_ key: EventKey) -> CompactLine.Text? {
      has(key, 1) ? (values[key.rawValue].range, false) : nil
    }
    func word(_ key: EventKey) -> String? {
      guard has(key, 1) else { return nil }
      let range = values[key.rawValue].range
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    line.kind = kind ?? .other
    switch kind {
    case .answer:
      guard only([.run, .lesson, .question, .attempt, .correct, .final, .response]),
        has(.run, 1), has(.lesson, 1), has(.question, 1), has(.attempt, 2), has(.correct, 3),
        has(.final, 3), has(.response, 1)
      else { return false }
      line.run = text(.run)
      line.question = text(.question)
      line.flag = values[EventKey.correct.rawValue].number != 0
    case .opened:
      guard only([.run, .lesson, .lang, .seed, .shuffled, .tag, .tagSet, .session, .retryOf]),
        has(.run, 1), has(.lesson, 1), word(.lang).flatMap(Language.init(rawValue:)) != nil,
        has(.seed, 1), (1...19).contains(values[EventKey.seed.rawValue].range.count),
        bytes[values[EventKey.seed.rawValue].range].allSatisfy({ $0 &- 0x30 < 10 }),
        !isPresent(.shuffled) || has(.shuffled, 3), !isPresent(.tag) || has(.tag, 1),
        !isPresent(.tagSet) || has(.tagSet, 1), !isPresent(.session) || has(.session, 1),
        !isPresent(.retryOf) || has(.retryOf, 1)
      else { return false }
      line.run = text(.run)
      line.lesson = text(.lesson)
      line.isPractice = isPresent(.retryOf)
      let tag = word(.tag).flatMap(TestTag.init(rawValue:))
      line.explicitTag = word(.tagSet).flatMap(TagSource.init(rawValue:)) == .explicit ? tag : nil
    case .completed:
      guard only([.run, .lesson, .correct, .total, .score, .passed, .tag]),
        has(.run, 1), has(.lesson, 1), has(.correct, 2), has(.total, 2), has(.score, 2),
        has(.passed, 3), !isPresent(.tag) || has(.tag, 1)
      else { return false }
      line.run = text(.run)
      line.score = values[EventKey.score.rawValue].number
      line.flag = values[EventKey.passed.rawValue].number != 0
    case .checklist:
      guard only([.run, .lesson, .item, .done, .reason, .indicator, .session, .note]),
        has(.run, 1), has(.lesson, 1), has(.item, 1), has(.done, 3),
        strings([.reason, .indicator, .session, .note])
      else { return false }
      line.flag = values[EventKey.done.rawValue].number != 0
    case .indicator:
      guard only([.indicator, .achieved, .reason, .note, .source, .session]),
        has(.indicator, 1), has(.achieved, 3),
        let source = word(.source).flatMap(RecordSource.init(rawValue:)),
        strings([.reason, .note, .session])
      else { return false }
      line.flag = values[EventKey.achieved.rawValue].number != 0
      line.source = source
    case .other, nil:
      // Pages reached: checked, counted by nothing.
      guard only([.run, .lesson, .page]), has(.run, 1), has(.lesson, 1), has(.page, 2),
        values[EventKey.page.rawValue].number >= 0
      else { return false }
    }
    if line.kind == .checklist || line.kind == .indicator {
      line.indicator = text(.indicator)
      line.reason = text(.reason)
      line.note = text(.note)
      line.session = text(.session)
    }
    return true
  }

  private func isPresent(_ key: EventKey) -> Bool { present & (1 << UInt64(key.rawValue)) != 0 }

  private func has(_ key: EventKey, _ kind: UInt8) -> Bool {
    isPresent(key) && values[key.rawValue].kind == kind
  }

  /// Whether the body has no key but `keys`.
  private func only(_ keys: [EventKey]) -> Bool {
    present & ~keys.reduce(0) { $0 | 1 << UInt64($1.rawValue) } == 0
  }

  /// Whether each of `keys` present is a string.
  private func strings(_ keys: [EventKey]) -> Bool {
    keys.allSatisfy { !isPresent($0) || has($0, 1) }
  }

  /// The counted event type named `name` (nil for page-reached); `.other` is never
  /// returned: other types are left to the decoder.
  private static func kind(_ name: UnsafeBufferPointer<UInt8>) -> CompactLine.Kind?? {
    for (bytes, kind) in types where bytes.withUnsafeBufferPointer({ ByteSearch.equal($0, name) }) {
      return .some(kind)
    }
    return nil
  }

  private static let types: [([UInt8], CompactLine.Kind?)] = [
    (Array("answer".utf8), .answer), (Array("page-reached".utf8), nil),
    (Array("checklist-item".utf8), .checklist), (Array("lesson-opened".utf8), .opened),
    (Array("lesson-completed".utf8), .completed),
    (Array("indicator-recorded".utf8), .indicator),
  ]
}
