import LatihBase

/// One journal line: a JSON object with a sequence number, the event's fields and a
/// CRC-32 of everything before the checksum field.
///
/// ```
/// {"seq":7,"id":"…","t":"2026-11-23T09:02:47.123Z","dev":"…","p":"…","type":"answer",…,"crc":"1c291ca3"}
/// ```
/// Keys are written in a fixed order; readers accept any order and skip unknown keys.
package enum JournalLine {
  /// Bytes of the trailer `,"crc":"01234567"}`.
  static let trailerLength = 18
  /// The trailer's first eight bytes, `,"crc":"`.
  private static let trailerPrefix = Array(",\"crc\":\"".utf8)
  /// ``trailerPrefix`` as one little-endian word.
  static let trailerPrefixWord: UInt64 = 0x22_3A_22_63_72_63_22_2C

  /// The line for `event` with sequence number `sequence`, ending in a newline.
  package static func encode(_ event: Event, sequence: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    encode(event, sequence: sequence, into: &bytes)
    return bytes
  }

  /// Appends the line for `event` (see ``encode(_:sequence:)``) to `output`.
  static func encode(_ event: Event, sequence: Int, into output: inout [UInt8]) {
    let body = self.body(event, sequence: sequence)
    let crc = CRC32.checksum(body)
    output.append(contentsOf: body)
    appendTrailer(crc, to: &output)
  }

  /// Whether `line` (without its newline, its checksum already checked by
  /// ``checkedEnd(_:)``) is byte for byte the line ``encode(_:sequence:into:)`` writes for
  /// `event` with `sequence`. Only the part before the checksum is compared: a checked
  /// trailer is the one Latih writes for those bytes.
  static func isEncoding(
    _ line: UnsafeBufferPointer<UInt8>, of event: Event, sequence: Int, capacity: Int
  ) -> Bool {
    let body = self.body(event, sequence: sequence, capacity: capacity)
    return body.count == line.count - trailerLength
      && body.withUnsafeBufferPointer {
        ByteSearch.equal($0, UnsafeBufferPointer(rebasing: line[..<body.count]))
      }
  }

  /// The bytes of `event`'s line with `sequence` up to its checksum trailer.
  private static func body(_ event: Event, sequence: Int, capacity: Int = 320) -> [UInt8] {
    var writer = JSONWriter(capacity: capacity)
    writer.beginObject()
    writer.field(literal: "seq", sequence)
    EventFields.write(event, into: &writer)
    return writer.bytes
  }

  /// Appends `,"crc":"<crc>"}` and the newline.
  private static func appendTrailer(_ crc: UInt32, to output: inout [UInt8]) {
    output.append(contentsOf: trailerPrefix)
    for shift in stride(from: 28, through: 0, by: -4) {
      output.append(UInt8(ascii: hexDigit(UInt8((crc >> UInt32(shift)) & 0xF))))
    }
    output.append(0x22)
    output.append(0x7D)
    output.append(0x0A)
  }

  /// The start of every line ``encode(_:sequence:into:)`` writes, `{"seq":`.
  private static let sequencePrefix = Array("{\"seq\":".utf8)

  /// Appends `line` (without its newline) renumbered as `sequence`: the bytes after its
  /// sequence number copied as they are, the checksum computed again. For a line that
  /// ``encode(_:sequence:into:)`` wrote for an event, this is exactly the line it writes
  /// for that event with `sequence` (a merge copies such lines instead of decoding and
  /// encoding them again). False, with nothing appended, when `line` does not start
  /// `{"seq":<digits>,` or is too short to end in a checksum.
  static func renumber(
    _ line: UnsafeBufferPointer<UInt8>, sequence: Int, into output: inout [UInt8]
  ) -> Bool {
    let prefix = sequencePrefix.count
    let end = line.count - trailerLength
    guard sequence >= 0, end > prefix + 1,
      sequencePrefix.withUnsafeBufferPointer({
        ByteSearch.equal($0, UnsafeBufferPointer(rebasing: line[..<prefix]))
      })
    else { return false }
    var comma = prefix
    while comma < end, line[comma] &- 0x30 < 10 { comma += 1 }
    guard comma > prefix, comma < end, line[comma] == 0x2C else { return false }
    let start = output.count
    output.append(contentsOf: sequencePrefix)
    var digits: [UInt8] = []
    var value = sequence
    repeat {
      digits.append(UInt8(0x30 + value % 10))
      value /= 10
    } while value > 0
    output.append(contentsOf: digits.reversed())
    output.append(contentsOf: UnsafeBufferPointer(rebasing: line[comma..<end]))
    let crc = output.withUnsafeBytes {
      CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[start...]))
    }
    appendTrailer(crc, to: &output)
    return true
  }

  /// Why a line was not accepted.
  package enum Failure: Error, Equatable, Sendable {
    /// The checksum field is missing or does not match: a torn or altered line.
    case checksum
    /// Not a valid journal object, or a required field is missing.
    case malformed
  }

  /// Decodes one line (without its newline): checks the checksum, then the fields.
  package static func decode(_ line: UnsafeBufferPointer<UInt8>) -> Result<(Int, Event), Failure> {
    var decoder = EventDecoder()
    return decode(line, using: &decoder)
  }

  /// ``decode(_:)-(UnsafeBufferPointer<UInt8>)`` with a decoder kept across the lines of
  /// one file (see ``EventDecoder``).
  static func decode(_ line: UnsafeBufferPointer<UInt8>, using decoder: inout EventDecoder)
    -> Result<(Int, Event), Failure>
  {
    guard let trailerStart = checkedEnd(line) else { return .failure(.checksum) }
    guard let (sequence, event) = decoder.read(line, end: trailerStart) else {
      return .failure(.malformed)
    }
    return .success((sequence, event))
  }

  /// Where the checksum trailer of `line` (without its newline) starts, when the line
  /// ends in one and it matches the bytes before it; nil otherwise.
  static func checkedEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = line.count
    guard count > trailerLength + 2, line[0] == 0x7B else { return nil }
    let trailerStart = count - trailerLength
    guard let stored = storedChecksum(line, trailerAt: trailerStart) else { return nil }
    let body = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[..<trailerStart]))
    guard CRC32.checksum(body) == stored else { return nil }
    return trailerStart
  }

  /// The checksum written by a whole trailer at `start` in `bytes` (`,"crc":"`, eight
  /// hexadecimal digits, `"}`), or nil if there is none there.
  static func storedChecksum(_ bytes: UnsafeBufferPointer<UInt8>, trailerAt start: Int) -> UInt32? {
    guard start >= 0, start + trailerLength <= bytes.count, let base = bytes.baseAddress else {
      return nil
    }
    let raw = UnsafeRawPointer(base)
    func word(_ offset: Int) -> UInt64 {
      UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + offset, as: UInt64.self))
    }
    guard word(0) == trailerPrefixWord, bytes[start + 16] == 0x22, bytes[start + 17] == 0x7D
    else { return nil }
    return hexWord(word(8))
  }

  /// The number written by the 8 lowercase hexadecimal digits in `word` (the first digit
  /// in its lowest byte), or nil if a byte is not one: all eight at once, since every
  /// line of every journal read has its checksum read.
  static func hexWord(_ word: UInt64) -> UInt32? {
    let ones = ByteSearch.ones
    let highs = ByteSearch.highs
    guard word & highs == 0 else { return nil }
    // With each lane's high bit set, subtracting `c` leaves it set exactly where the
    // byte is at least `c` (no lane borrows from the next).
    let raised = word | highs
    func atLeast(_ c: UInt64) -> UInt64 { (raised &- ones &* c) & highs }
    let digit = atLeast(0x30) & ~atLeast(0x3A)
    let letter = atLeast(0x61) & ~atLeast(0x67)
    guard digit | letter == highs else { return nil }
    // '0'...'9' → 0...9 and 'a'...'f' → 1...6 + 9; then the nibbles packed, first digit
    // highest.
    var value = ((word & (ones &* 0x0F)) &+ (letter >> 7) &* 9).byteSwapped
    value = (value | value >> 4) & 0x00FF_00FF_00FF_00FF
    value = (value | value >> 8) & 0x0000_FFFF_0000_FFFF
    value = (value | value >> 16) & 0x0000_0000_FFFF_FFFF
    return UInt32(truncatingIfNeeded: value)
  }

  /// Decodes a line given as an array slice.
  package static func decode(_ line: ArraySlice<UInt8>) -> Result<(Int, Event), Failure> {
    line.withUnsafeBufferPointer { decode($0) }
  }
}
