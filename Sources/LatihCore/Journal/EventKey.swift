/// The keys of an event's body fields in a journal line, and the lookup from a key's
/// bytes to what it is (by length, then bytes: no `String` is made for a key).
enum EventKey: Int, CaseIterable {
  case name, group, code, phone, session, title, place, date, run, lesson, lang, seed
  case shuffled, tag, retryOf, page, item, done, reason, indicator, question, attempt
  case correct, final, response, total, score, passed, achieved, note, source, other
  /// Not body keys: string-cache slots for the device and the participant.
  case device, participant

  /// What a key in a line is.
  enum Name: Equatable {
    case sequence, id, time, device, participant, type, retry
    case body(EventKey)
  }

  /// How many string-cache slots a decoder keeps (one per case).
  static let cacheSlots = allCases.count

  var cacheSlot: Int { rawValue }

  /// What the key with these bytes is, or nil for a key Latih does not know (a switch
  /// on length and first byte, then one comparison: this runs for every key of every
  /// line).
  static func name(_ key: UnsafeBufferPointer<UInt8>) -> Name? {
    func matches(_ literal: StaticString) -> Bool {
      let text = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
      return ByteSearch.equal(text, key)
    }
    switch key.count {
    case 1:
      switch key[0] {
      case 0x70: return matches("p") ? .participant : nil
      case 0x74: return matches("t") ? .time : nil
      default: return nil
      }
    case 2:
      switch key[0] {
      case 0x69: return matches("id") ? .id : nil
      default: return nil
      }
    case 3:
      switch key[0] {
      case 0x64: return matches("dev") ? .device : nil
      case 0x72: return matches("run") ? .body(.run) : nil
      case 0x73: return matches("seq") ? .sequence : nil
      case 0x74: return matches("tag") ? .body(.tag) : nil
      default: return nil
      }
    case 4:
      switch key[0] {
      case 0x63: return matches("code") ? .body(.code) : nil
      case 0x64: return matches("date") ? .body(.date) : matches("done") ? .body(.done) : nil
      case 0x69: return matches("item") ? .body(.item) : nil
      case 0x6C: return matches("lang") ? .body(.lang) : nil
      case 0x6E: return matches("name") ? .body(.name) : matches("note") ? .body(.note) : nil
      case 0x70: return matches("page") ? .body(.page) : nil
      case 0x73: return matches("seed") ? .body(.seed) : nil
      case 0x74: return matches("type") ? .type : nil
      default: return nil
      }
    case 5:
      switch key[0] {
      case 0x66: return matches("final") ? .body(.final) : nil
      case 0x67: return matches("group") ? .body(.group) : nil
      case 0x6F: return matches("other") ? .body(.other) : nil
      case 0x70: return matches("phone") ? .body(.phone) : matches("place") ? .body(.place) : nil
      case 0x72: return matches("retry") ? .retry : nil
      case 0x73: return matches("score") ? .body(.score) : nil
      case 0x74: return matches("title") ? .body(.title) : matches("total") ? .body(.total) : nil
      default: return nil
      }
    case 6:
      switch key[0] {
      case 0x6C: return matches("lesson") ? .body(.lesson) : nil
      case 0x70: return matches("passed") ? .body(.passed) : nil
      case 0x72: return matches("reason") ? .body(.reason) : nil
      case 0x73: return matches("source") ? .body(.source) : nil
      default: return nil
      }
    case 7:
      switch key[0] {
      case 0x61: return matches("attempt") ? .body(.attempt) : nil
      case 0x63: return matches("correct") ? .body(.correct) : nil
      case 0x73: return matches("session") ? .body(.session) : nil
      default: return nil
      }
    case 8:
      switch key[0] {
      case 0x61: return matches("achieved") ? .body(.achieved) : nil
      case 0x71: return matches("question") ? .body(.question) : nil
      case 0x72: return matches("retry-of") ? .body(.retryOf) : matches("response") ? .body(.response) : nil
      case 0x73: return matches("shuffled") ? .body(.shuffled) : nil
      default: return nil
      }
    case 9:
      switch key[0] {
      case 0x69: return matches("indicator") ? .body(.indicator) : nil
      default: return nil
      }
    default: return nil
    }
  }
}
