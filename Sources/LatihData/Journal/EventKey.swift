/// The keys of an event's body fields in a journal line, and the lookup from a key's
/// bytes to what it is (by length, then bytes: no `String` is made for a key).
enum EventKey: Int, CaseIterable {
  case name, group, code, phone, session, title, place, date, run, lesson, lang, seed
  case shuffled, tag, tagSet, retryOf, page, item, done, reason, indicator, question, attempt
  case correct, final, response, total, score, passed, achieved, note, source, other, roster, pin
  /// Not body keys: string-cache slots for the device and the participant.
  case device, participant

  /// What a key in a line is.
  enum Name: Equatable {
    case sequence, id, time, device, participant, type, retry
    case body(EventKey)

    /// One bit per key, to find a key repeated on a line.
    var bit: UInt64 {
      switch self {
      case .sequence: return 1 << 50
      case .id: return 1 << 51
      case .time: return 1 << 52
      case .device: return 1 << 53
      case .participant: return 1 << 54
      case .type: return 1 << 55
      case .retry: return 1 << 56
      case .body(let key): return 1 << UInt64(key.rawValue)
      }
    }

    /// Whether the key is one every event has, written before `type`.
    var isEnvelope: Bool {
      switch self {
      case .sequence, .id, .time, .device, .participant: return true
      default: return false
      }
    }
  }

  /// How many string-cache slots a decoder keeps (one per case).
  static let cacheSlots = allCases.count

  var cacheSlot: Int { rawValue }

  /// The length of the longest key ``name(_:)`` knows (`indicator`).
  static let longestName = 9

  /// What the key with these bytes is, or nil for a key Latih does not know.
  ///
  /// This runs for every key of every line, so a key is not compared text by text: its
  /// bytes (up to 8, little-endian, with the length in the top byte when shorter) make
  /// one 64-bit number to switch on. Each case names its key; `indicator`, the only
  /// longer key, is checked apart.
  static func name(_ key: UnsafeBufferPointer<UInt8>) -> Name? {
    if key.count == 9 {
      return code(UnsafeBufferPointer(rebasing: key[..<8])) == 0x6F74_6163_6964_6E69
        && key[8] == 0x72 ? .body(.indicator) : nil
    }
    guard key.count <= 8 else { return nil }
    return name(code: code(key))
  }

  /// What the key whose ``code(_:)`` is `code` is (a key of 1 to 8 bytes), or nil.
  static func name(code: UInt64) -> Name? {
    switch code {
    case 0x0100_0000_0000_0070: return .participant  // "p"
    case 0x0100_0000_0000_0074: return .time  // "t"
    case 0x0200_0000_0000_6469: return .id  // "id"
    case 0x0300_0000_0067_6174: return .body(.tag)  // "tag"
    case 0x0300_0000_006E_7572: return .body(.run)  // "run"
    case 0x0300_0000_006E_6970: return .body(.pin)  // "pin"
    case 0x0300_0000_0071_6573: return .sequence  // "seq"
    case 0x0300_0000_0076_6564: return .device  // "dev"
    case 0x0400_0000_6465_6573: return .body(.seed)  // "seed"
    case 0x0400_0000_6564_6F63: return .body(.code)  // "code"
    case 0x0400_0000_6567_6170: return .body(.page)  // "page"
    case 0x0400_0000_656D_616E: return .body(.name)  // "name"
    case 0x0400_0000_656E_6F64: return .body(.done)  // "done"
    case 0x0400_0000_6570_7974: return .type  // "type"
    case 0x0400_0000_6574_6164: return .body(.date)  // "date"
    case 0x0400_0000_6574_6F6E: return .body(.note)  // "note"
    case 0x0400_0000_676E_616C: return .body(.lang)  // "lang"
    case 0x0400_0000_6D65_7469: return .body(.item)  // "item"
    case 0x0500_0065_6361_6C70: return .body(.place)  // "place"
    case 0x0500_0065_6C74_6974: return .body(.title)  // "title"
    case 0x0500_0065_6E6F_6870: return .body(.phone)  // "phone"
    case 0x0500_0065_726F_6373: return .body(.score)  // "score"
    case 0x0500_006C_616E_6966: return .body(.final)  // "final"
    case 0x0500_006C_6174_6F74: return .body(.total)  // "total"
    case 0x0500_0070_756F_7267: return .body(.group)  // "group"
    case 0x0500_0072_6568_746F: return .body(.other)  // "other"
    case 0x0500_0079_7274_6572: return .retry  // "retry"
    case 0x0600_6465_7373_6170: return .body(.passed)  // "passed"
    case 0x0600_6563_7275_6F73: return .body(.source)  // "source"
    case 0x0600_6E6F_7361_6572: return .body(.reason)  // "reason"
    case 0x0600_7265_7473_6F72: return .body(.roster)  // "roster"
    case 0x0600_6E6F_7373_656C: return .body(.lesson)  // "lesson"
    case 0x076E_6F69_7373_6573: return .body(.session)  // "session"
    case 0x0774_6365_7272_6F63: return .body(.correct)  // "correct"
    case 0x0774_6573_2D67_6174: return .body(.tagSet)  // "tag-set"
    case 0x0774_706D_6574_7461: return .body(.attempt)  // "attempt"
    case 0x6465_6C66_6675_6873: return .body(.shuffled)  // "shuffled"
    case 0x6465_7665_6968_6361: return .body(.achieved)  // "achieved"
    case 0x6573_6E6F_7073_6572: return .body(.response)  // "response"
    case 0x666F_2D79_7274_6572: return .body(.retryOf)  // "retry-of"
    case 0x6E6F_6974_7365_7571: return .body(.question)  // "question"
    default: return nil
    }
  }

  /// Up to 8 bytes as a little-endian number, the count in the top byte when below 8.
  @inline(__always)
  static func code(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var value: UInt64 = key.count < 8 ? UInt64(key.count) << 56 : 0
    for index in key.indices { value |= UInt64(key[index]) << (8 * UInt64(index)) }
    return value
  }
}
