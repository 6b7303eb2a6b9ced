import LatihBase

/// Reads the fields of journal lines into events: the fast path behind
/// ``JournalLine/decode(_:)-(UnsafeBufferPointer<UInt8>)`` and ``JournalReader``, a
/// hand-written scanner over bytes with no intermediate tree. ``EventDecodingTests`` and
/// `GeneratedDataCrossCheckTests` check it against `JSONDecoder` line by line.
///
/// One decoder reads a whole journal. Between lines it keeps its scratch space, and it
/// reuses the `String` of a value when the same key had the same bytes on the previous
/// line (the device, the participant, the run, the lesson repeat line after line), so a
/// typical line allocates little more than its event id.
///
/// Rules (kept from the first version, which `JSONDecoder` agrees with): keys in any
/// order, unknown keys skipped, a key repeated in one object makes the line malformed
/// (as ``JSONValue/parse(_:)`` refuses it in an export header: no reader may see another
/// value than the next), keys with escapes and fields of the wrong kind make the line
/// malformed where a required value is concerned, and an unknown event type is kept whole
/// as ``EventBody/unknown`` (malformed when `id`, `t`, `dev`, `p` or `seq` follow its
/// `type`: written again, they would be repeated).
struct EventDecoder {
  /// One value read for a body key.
  struct Field {
    enum Kind { case string, escapedString, integer, bool }
    var key: EventKey
    var kind: Kind
    /// The string's bytes (between the quotes), for strings.
    var range: Range<Int>
    /// The integer, or 1/0 for a bool.
    var value: Int
  }

  /// Body values of the current line, in the order read.
  private(set) var fields: [Field] = []
  /// Per key (``EventKey/cacheSlot``): the last long string made.
  private var cachedText: [String] = []
  /// Keys Latih does not know, read on the current line (to refuse one repeated).
  private var unknownKeys: [Range<Int>] = []
  /// Whether an envelope key came after `type` on the current line.
  private(set) var envelopeAfterType = false
  /// With true, only the event's id, device and participant and the strings that decide
  /// whether a line is valid (its type, language, source) are made; the body's other
  /// strings read as empty. For callers that only need to know which events a file holds
  /// (``Merger``, ``ExportLines``): the lines accepted are exactly the same.
  var identifiersOnly = false
  /// With true, the event id is not made either: the event carries a placeholder id and
  /// ``identifier`` says where the id's bytes are (for ``CompactProgressReader``, which
  /// compares ids as bytes). The lines accepted are exactly the same.
  var identifierRangeOnly = false
  /// With ``identifierRangeOnly``: the current line's id, as the bytes between its
  /// quotes, and whether it has escapes (then only the decoded id is exact).
  private(set) var identifier: (range: Range<Int>, escaped: Bool) = (0..<0, false)

  init() {}

  /// Reads a line's object up to `end` (where the checksum trailer starts): its
  /// sequence number and event, or nil when it is not a valid journal object.
  mutating func read(_ line: UnsafeBufferPointer<UInt8>, end: Int) -> (Int, Event)? {
    let bytes = UnsafeBufferPointer(rebasing: line[..<end])
    var scanner = JSONScanner(bytes)
    fields.removeAll(keepingCapacity: true)
    unknownKeys.removeAll(keepingCapacity: true)
    envelopeAfterType = false
    var seen: UInt64 = 0
    guard scanner.consume(0x7B), !scanner.consume(0x7D) else { return nil }
    var sequence: Int?
    var id: String?
    var time: Int64?
    var device: String?
    var participant: String?
    var type: (range: Range<Int>, escaped: Bool)?
    var typeEnd = 0
    var retry: [String]?
    while true {
      guard let keyRange = scanner.rawString(), scanner.consume(0x3A) else { return nil }
      let name = EventKey.name(UnsafeBufferPointer(rebasing: bytes[keyRange]))
      if let name {
        guard seen & name.bit == 0 else { return nil }
        seen |= name.bit
        if type != nil, name.isEnvelope { envelopeAfterType = true }
      } else {
        let key = UnsafeBufferPointer(rebasing: bytes[keyRange])
        for earlier in unknownKeys
        where ByteSearch.equal(UnsafeBufferPointer(rebasing: bytes[earlier]), key) {
          return nil
        }
        unknownKeys.append(keyRange)
      }
      switch name {
      case .sequence:
        guard let value = scanner.integer(), let int = Int(exactly: value) else { return nil }
        sequence = int
      case .id:
        if identifierRangeOnly {
          let start = scanner.index
          if let range = scanner.rawString() {
            identifier = (range, false)
            id = range.isEmpty ? "" : "-"
          } else {
            scanner.index = start
            guard let value = scanner.string() else { return nil }
            identifier = ((start + 1)..<(scanner.index - 1), true)
            id = value
          }
        } else {
          guard let value = scanner.string() else { return nil }
          id = value
        }
      case .time:
        guard let range = scanner.rawString(),
          let value = Timestamp.parse(bytes: UnsafeBufferPointer(rebasing: bytes[range]))
        else { return nil }
        time = value
      case .device:
        guard let value = cachedString(.device, &scanner) else { return nil }
        device = value
      case .participant:
        guard let value = cachedString(.participant, &scanner) else { return nil }
        participant = value
      case .type:
        guard let value = scanner.stringRange() else { return nil }
        type = value
        typeEnd = scanner.index
      case .retry:
        let start = scanner.index
        retry = scanner.stringArray()
        if retry == nil {
          // Another kind of value (a newer event type reusing the name): skipped.
          scanner.index = start
          guard scanner.skipValue() else { return nil }
        }
      case .body(let key):
        guard readValue(key, &scanner) else { return nil }
      case nil:
        guard scanner.skipValue() else { return nil }
      }
      if scanner.consume(0x2C) { continue }
      break
    }
    scanner.skipSpace()
    guard scanner.atEnd, let sequence, sequence > 0, let id, !id.isEmpty, let time, let device,
      let type
    else { return nil }
    guard let body = body(type: type, typeEnd: typeEnd, retry: retry, in: bytes) else {
      return nil
    }
    if body.concernsParticipant && participant == nil { return nil }
    let event = Event(id: id, time: time, device: device, participant: participant, body: body)
    return (sequence, event)
  }

  /// The last string value read for body key `key` on the current line (its bytes
  /// between the quotes, and whether it has escapes), as the body is made from.
  func stringField(_ key: EventKey) -> (range: Range<Int>, escaped: Bool)? {
    var index = fields.count - 1
    while index >= 0 {
      let field = fields[index]
      if field.key == key && (field.kind == .string || field.kind == .escapedString) {
        return (field.range, field.kind == .escapedString)
      }
      index -= 1
    }
    return nil
  }

  /// Reads the value of body key `key`: a string, bool or integer is kept; `null` and
  /// other kinds (a fraction, an object: a newer event type reusing a known name) are
  /// checked and skipped.
  private mutating func readValue(_ key: EventKey, _ scanner: inout JSONScanner) -> Bool {
    switch scanner.peek() {
    case 0x22:
      guard let (range, escaped) = scanner.stringRange() else { return false }
      let kind: Field.Kind = escaped ? .escapedString : .string
      fields.append(Field(key: key, kind: kind, range: range, value: 0))
    case 0x74, 0x66:
      guard let value = scanner.bool() else { return false }
      fields.append(Field(key: key, kind: .bool, range: 0..<0, value: value ? 1 : 0))
    case 0x6E:
      return scanner.null()
    default:
      let start = scanner.index
      if let value = scanner.integer(), let int = Int(exactly: value) {
        fields.append(Field(key: key, kind: .integer, range: 0..<0, value: int))
      } else {
        scanner.index = start
        return scanner.skipValue()
      }
    }
    return true
  }

  /// The next string value, reusing the previous line's `String` for `key` when the
  /// bytes are the same.
  private mutating func cachedString(_ key: EventKey, _ scanner: inout JSONScanner) -> String? {
    guard let (range, escaped) = scanner.stringRange() else { return nil }
    return string(key, escaped: escaped, range: range, in: scanner.bytes, needed: true)
  }

  /// The string in `bytes[range]` (escapes decoded when `escaped`), from the cache for
  /// `key` when it holds the same bytes.
  mutating func string(
    _ key: EventKey, escaped: Bool, range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
    needed: Bool = false
  ) -> String? {
    // Validated when read (``JSONScanner/stringRange()``): making it cannot fail.
    if identifiersOnly && !needed { return "" }
    if escaped {
      var scanner = JSONScanner(bytes, from: range.lowerBound - 1)
      return scanner.string()
    }
    let value = UnsafeBufferPointer(rebasing: bytes[range])
    // Up to 15 bytes a String is stored inline, without allocating: no need to cache.
    guard value.count > 15 else { return String(decoding: value, as: UTF8.self) }
    if cachedText.isEmpty { cachedText = Array(repeating: "", count: EventKey.cacheSlots) }
    let slot = key.cacheSlot
    let same = cachedText[slot].utf8.withContiguousStorageIfAvailable {
      ByteSearch.equal($0, value)
    }
    if same == true { return cachedText[slot] }
    let text = String(decoding: value, as: UTF8.self)
    cachedText[slot] = text
    return text
  }
}
