import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct JournalLineTests {
  /// A checksummed line from an object's text without its closing brace, no newline.
  static func sealed(_ open: String) -> [UInt8] {
    let bytes = Array(open.utf8)
    return bytes + Array(#","crc":"\#(CRC32.hex(CRC32.checksum(bytes)))"}"#.utf8)
  }

  static let header =
    #"{"seq":5,"id":"0000000000000000000000000000abcd","t":"2026-11-23T09:00:00.000Z","#
    + #""dev":"a4e87d3f6cb5cbbd","p":"0d4b2ae80b4b06ff""#

  /// The checksum's eight digits read at once, against a digit-by-digit reading: every
  /// byte value in every position, among valid digits.
  @Test func hexWordReadsExactlyLowercaseHex() {
    func plain(_ bytes: [UInt8]) -> UInt32? {
      var value: UInt32 = 0
      for byte in bytes {
        switch byte {
        case 0x30...0x39: value = value << 4 | UInt32(byte - 0x30)
        case 0x61...0x66: value = value << 4 | UInt32(byte - 0x57)
        default: return nil
        }
      }
      return value
    }
    let base = Array("3f0a9c7b".utf8)
    for position in 0..<8 {
      for byte in 0...255 {
        var digits = base
        digits[position] = UInt8(byte)
        let word = digits.withUnsafeBytes {
          UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))
        }
        #expect(JournalLine.hexWord(word) == plain(digits), "\(digits)")
      }
    }
  }

  @Test(arguments: SampleEvents.everyKind)
  func roundTripsEveryKind(event: Event) throws {
    let line = JournalLine.encode(event, sequence: 7)
    #expect(line.last == 0x0A)
    #expect(line.dropLast().contains(0x0A) == false)
    let (sequence, decoded) = try JournalLine.decode(line.dropLast()).get()
    #expect(sequence == 7)
    #expect(decoded == event)
  }

  @Test(arguments: SampleEvents.everyKind)
  func checksumCoversEverythingBeforeTheTrailer(event: Event) {
    let line = Array(JournalLine.encode(event, sequence: 1).dropLast())
    let split = line.count - JournalLine.trailerLength
    let crc = CRC32.hex(CRC32.checksum(line[..<split]))
    #expect(String(decoding: line[split...], as: UTF8.self) == #","crc":"\#(crc)"}"#)
  }

  @Test func writesKeysInFixedOrderAndSkipsAbsentOptionals() {
    let plain = JournalLine.encode(SampleEvents.everyKind[0], sequence: 3)
    #expect(JSONValue.parse(plain)?.keys == ["seq", "id", "t", "dev", "p", "type", "name", "crc"])
    let full = JournalLine.encode(SampleEvents.everyKind[6], sequence: 3)
    #expect(
      JSONValue.parse(full)?.keys == [
        "seq", "id", "t", "dev", "p", "type", "run", "lesson", "lang", "seed", "shuffled",
        "tag", "session", "retry", "retry-of", "crc",
      ])
    #expect(JSONValue.parse(full)?["seed"] == .string("18446744073709551615"))
    #expect(JSONValue.parse(full)?["retry"] == .array([]))
    let session = JournalLine.encode(SampleEvents.everyKind[2], sequence: 3)
    #expect(JSONValue.parse(session)?["p"] == nil)
  }

  /// Future event types, including known field names holding other kinds of values.
  @Test(arguments: [
    #","url":"https://x","n":[1,{"a":null}]"#,
    "",
    #","score":87.5,"session":{"id":"s1"},"retry":"all","done":[1,2],"page":1e3"#,
    #","seq-extra":18446744073709551616,"note":null,"code":"\u00e9\n""#,
  ])
  func unknownTypeIsPreservedByteForByte(fields: String) throws {
    let line = Self.sealed(Self.header + #","type":"video-watched""# + fields)
    let (sequence, event) = try JournalLine.decode(line[...]).get()
    #expect(sequence == 5)
    #expect(event.body == .unknown(type: "video-watched", fields: fields))
    #expect(JournalLine.encode(event, sequence: 5) == line + [0x0A])
  }

  @Test func acceptsAnyKeyOrderWhiteSpaceAndUnknownKeys() throws {
    let line = Self.sealed(
      #"{ "type" : "session-joined", "future": {"x": [1, 2]}, "session": "s\u0031","#
        + #" "p": "0d4b2ae80b4b06ff", "dev": "d", "t": "2000-02-29T00:00:00.000Z","#
        + #" "id": "ab", "seq": 9"#)
    let (sequence, event) = try JournalLine.decode(line[...]).get()
    #expect(sequence == 9)
    #expect(
      event
        == Event(
          id: "ab", time: 951_782_400_000, device: "d", participant: "0d4b2ae80b4b06ff",
          body: .sessionJoined(session: "s1")))
  }

  @Test func changedByteFailsTheChecksum() {
    let line = Array(JournalLine.encode(SampleEvents.everyKind[1], sequence: 2).dropLast())
    for index in line.indices {
      var damaged = line
      damaged[index] ^= 0x01
      #expect(throws: JournalLine.Failure.self) { try JournalLine.decode(damaged[...]).get() }
    }
  }

  /// Lines with a good checksum whose fields are wrong: missing, empty, out of range.
  @Test(arguments: [
    Self.header + #","type":"enrolled""#,
    Self.header + #","type":"answer","run":"r","lesson":"l","question":"q""#,
    #"{"seq":0,"id":"a","t":"2026-11-23T09:00:00.000Z","dev":"d","type":"ping""#,
    #"{"id":"a","t":"2026-11-23T09:00:00.000Z","dev":"d","type":"ping""#,
    #"{"seq":1,"id":"","t":"2026-11-23T09:00:00.000Z","dev":"d","type":"ping""#,
    #"{"seq":1,"id":"a","t":"2026-02-30T09:00:00.000Z","dev":"d","type":"ping""#,
    #"{"seq":1,"id":"a","t":"2026-11-23T09:00:00.000Z","dev":"d","type":"ping"}"#,
    #"{"seq":1,"id":"a","t":"2026-11-23T09:00:00.000Z","p":null,"dev":"d","type":"ping""#,
    Self.header + #","type":"page-reached","run":"r","lesson":"l","page":-1"#,
    Self.header + #","type":"lesson-opened","run":"r","lesson":"l","lang":"fr","seed":"1""#,
    Self.header + #","type":"checklist-item","run":"r","lesson":"l","item":"i","done":"yes""#,
  ])
  func rejectsLinesWithGoodChecksumButBadFields(open: String) {
    let line = Self.sealed(open)
    #expect(throws: JournalLine.Failure.malformed) { try JournalLine.decode(line[...]).get() }
  }

  @Test func rejectsUppercaseOrMissingChecksum() throws {
    let lines = SampleEvents.everyKind.map { Array(JournalLine.encode($0, sequence: 1).dropLast()) }
    let isLetter = { (byte: UInt8) in (0x61...0x66).contains(byte) }
    let line = try #require(lines.first { $0.suffix(10).contains(where: isLetter) })
    let upper = line.prefix(line.count - 10) + line.suffix(10).map { isLetter($0) ? $0 - 0x20 : $0 }
    #expect(throws: JournalLine.Failure.checksum) { try JournalLine.decode(upper).get() }
    let noChecksum = line.prefix(line.count - JournalLine.trailerLength) + [0x7D]
    #expect(throws: JournalLine.Failure.checksum) { try JournalLine.decode(noChecksum).get() }
    #expect(throws: JournalLine.Failure.checksum) { try JournalLine.decode([][...]).get() }
  }
}
