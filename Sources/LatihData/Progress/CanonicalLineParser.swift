import LatihBase

/// Reads a journal line written the way Latih writes it (``EventFields``: envelope keys
/// in order, then a body of plain strings, integers and bools, no spaces, no escapes)
/// straight into a ``CompactLine``, for the event types a report reads in bulk and the
/// sessions joined that every journal has.
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
  /// The date of the last line's time (a journal's lines come a day at a time).
  private var day = Timestamp.Day()
  /// The last line's device and participant, as bytes.
  private var envelope = EnvelopeTail()

  init() {}

  /// The line whose object is `bytes` (up to its checksum trailer), if it is canonical.
  mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CompactLine? {
    var line = CompactLine()
    guard parse(upToTrailer: bytes, into: &line) == bytes.count else { return nil }
    return line
  }

  /// Reads the canonical line that `bytes` start with into `line`, up to its checksum
  /// trailer (`,"crc":"`) or the end of `bytes`, whichever comes first, and returns where
  /// it stopped (nil: not canonical, `line` undefined): so a reader finds a line's end
  /// without searching for its newline. Every byte before the end is read and checked
  /// as ``parse(_:)`` checks it. The line is filled in place: it is 130 bytes, read a
  /// million times a second.
  mutating func parse(upToTrailer bytes: UnsafeBufferPointer<UInt8>, into line: inout CompactLine)
    -> Int?
  {
    line = CompactLine()
    var cursor = Cursor(bytes: bytes)
    guard cursor.literal("{\"seq\":"), let sequence = cursor.integer(), sequence > 0,
      cursor.literal(",\"id\":"), let id = cursor.string(), !id.isEmpty,
      // A time is 24 bytes, each read and checked below: no scan for its end.
      cursor.literal(",\"t\":"), let time = cursor.string(length: 24),
      let stamp = Timestamp.parse(bytes: UnsafeBufferPointer(rebasing: bytes[time]), day: &day),
      readDeviceAndParticipant(&cursor), let type = cursor.string()
    else { return nil }
    line.sequence = sequence
    line.time = stamp
    line.id = CompactLine.Text(id, escaped: false)
    guard let shape = Self.shape(UnsafeBufferPointer(rebasing: bytes[type])) else { return nil }
    present = 0
    while !cursor.atEnd, !cursor.atTrailer {
      guard let key = cursor.bodyKey(), present & (1 << UInt64(key.rawValue)) == 0
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
    return fill(&line, shape, bytes) ? cursor.index : nil
  }

  /// Reads `,"dev":"…","p":"…","type":` at `cursor`: as the last line's bytes when they
  /// are the same (``EnvelopeTail``), else checked, and kept for the next line.
  private mutating func readDeviceAndParticipant(_ cursor: inout Cursor) -> Bool {
    let start = cursor.index
    let same = envelope.match(cursor.bytes, at: start)
    if same > 0 {
      cursor.index += same
      return true
    }
    guard cursor.literal(",\"dev\":"), cursor.string() != nil,
      cursor.literal(",\"p\":"), cursor.string() != nil,
      cursor.literal(",\"type\":")
    else { return false }
    envelope.keep(cursor.bytes, start..<cursor.index)
    return true
  }

  /// Checks the body against `shape`'s fields (required ones present, no others) and
  /// copies what the report needs into `line`.
  private func fill(
    _ line: inout CompactLine, _ shape: Shape, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    func text(_ key: EventKey) -> CompactLine.Text? {
      has(key, 1) ? CompactLine.Text(values[key.rawValue].range, escaped: false) : nil
    }
    func word(_ key: EventKey) -> String? {
      guard has(key, 1) else { return nil }
      let range = values[key.rawValue].range
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var kind = CompactLine.Kind.other
    if case .counted(let counted) = shape { kind = counted }
    line.kind = kind
    switch shape {
    case .counted(.answer):
      guard
        only(
          bit(.run) | bit(.lesson) | bit(.question) | bit(.attempt) | bit(.correct) | bit(.final)
            | bit(.response)),
        has(.run, 1), has(.lesson, 1), has(.question, 1), has(.attempt, 2), has(.correct, 3),
        has(.final, 3), has(.response, 1)
      else { return false }
      line.run = text(.run)
      line.question = text(.question)
      line.flag = values[EventKey.correct.rawValue].number != 0
    case .counted(.opened):
      guard
        only(
          bit(.run) | bit(.lesson) | bit(.lang) | bit(.seed) | bit(.shuffled) | bit(.tag)
            | bit(.tagSet) | bit(.session) | bit(.retryOf)),
        has(.run, 1), has(.lesson, 1), word(.lang).flatMap(Language.init(rawValue:)) != nil,
        has(.seed, 1),
        DigitString.value(
          UnsafeBufferPointer(rebasing: bytes[values[EventKey.seed.rawValue].range]))
          != nil,
        !isPresent(.shuffled) || has(.shuffled, 3), !isPresent(.tag) || has(.tag, 1),
        !isPresent(.tagSet) || has(.tagSet, 1), !isPresent(.session) || has(.session, 1),
        !isPresent(.retryOf) || has(.retryOf, 1)
      else { return false }
      line.run = text(.run)
      line.lesson = text(.lesson)
      line.isPractice = isPresent(.retryOf)
      let tag = word(.tag).flatMap(TestTag.init(rawValue:))
      line.explicitTag = word(.tagSet).flatMap(TagSource.init(rawValue:)) == .explicit ? tag : nil
    case .counted(.completed):
      guard
        only(
          bit(.run) | bit(.lesson) | bit(.correct) | bit(.total) | bit(.score) | bit(.passed)
            | bit(.tag)),
        has(.run, 1), has(.lesson, 1), has(.correct, 2), has(.total, 2), has(.score, 2),
        has(.passed, 3), !isPresent(.tag) || has(.tag, 1)
      else { return false }
      line.run = text(.run)
      line.score = values[EventKey.score.rawValue].number
      line.flag = values[EventKey.passed.rawValue].number != 0
    case .counted(.checklist):
      guard
        only(
          bit(.run) | bit(.lesson) | bit(.item) | bit(.done) | bit(.reason) | bit(.indicator)
            | bit(.session) | bit(.note)),
        has(.run, 1), has(.lesson, 1), has(.item, 1), has(.done, 3),
        strings(bit(.reason) | bit(.indicator) | bit(.session) | bit(.note))
      else { return false }
      line.flag = values[EventKey.done.rawValue].number != 0
    case .counted(.indicator):
      guard
        only(
          bit(.indicator) | bit(.achieved) | bit(.reason) | bit(.note) | bit(.source)
            | bit(.session)),
        has(.indicator, 1), has(.achieved, 3),
        let source = word(.source).flatMap(RecordSource.init(rawValue:)),
        strings(bit(.reason) | bit(.note) | bit(.session))
      else { return false }
      line.flag = values[EventKey.achieved.rawValue].number != 0
      line.source = source
    case .pageReached:
      // Checked, counted by nothing.
      guard only(bit(.run) | bit(.lesson) | bit(.page)), has(.run, 1), has(.lesson, 1),
        has(.page, 2),
        values[EventKey.page.rawValue].number >= 0
      else { return false }
    case .sessionJoined:
      // Counted by nothing; read by the roster (``CompactProgress/rosterLines``).
      guard only(bit(.session)), has(.session, 1) else { return false }
      line.isRosterEvent = true
    case .enrolled:
      // Counted by nothing; read by the roster. The decoder needs only the name.
      guard only(bit(.name) | bit(.group) | bit(.code) | bit(.phone) | bit(.roster)),
        has(.name, 1), strings(bit(.group) | bit(.code) | bit(.phone)),
        !isPresent(.roster) || has(.roster, 2)
      else { return false }
      line.isRosterEvent = true
    case .counted(.other):
      return false
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

  /// The bit of `key` in a set of keys (a mask, so checking a line allocates nothing).
  @inline(__always)
  private func bit(_ key: EventKey) -> UInt64 { 1 << UInt64(key.rawValue) }

  /// Whether the body has no key outside the set `keys`.
  private func only(_ keys: UInt64) -> Bool { present & ~keys == 0 }

  /// Whether each key of the set `keys` that is present is a string.
  private func strings(_ keys: UInt64) -> Bool {
    var left = present & keys
    while left != 0 {
      let raw = left.trailingZeroBitCount
      if values[raw].kind != 1 { return false }
      left &= left - 1
    }
    return true
  }

  /// The event types read here: the counted ones, and three more every journal has
  /// (pages reached, sessions joined, the enrolment). Other types are left to the
  /// decoder.
  private enum Shape {
    case counted(CompactLine.Kind)
    case pageReached
    case sessionJoined
    case enrolled
  }

  /// The shape of the event type named `name`, if it is one read here.
  private static func shape(_ name: UnsafeBufferPointer<UInt8>) -> Shape? {
    switch name.count {
    case 6 where name.holds("answer", at: 0): .counted(.answer)
    case 8 where name.holds("enrolled", at: 0): .enrolled
    case 12 where name.holds("page-reached", at: 0): .pageReached
    case 13 where name.holds("lesson-opened", at: 0): .counted(.opened)
    case 14 where name.holds("checklist-item", at: 0): .counted(.checklist)
    case 14 where name.holds("session-joined", at: 0): .sessionJoined
    case 16 where name.holds("lesson-completed", at: 0): .counted(.completed)
    case 18 where name.holds("indicator-recorded", at: 0): .counted(.indicator)
    default: nil
    }
  }
}
