/// Decides how a roster file's bytes are encoded and turns them into text: UTF-8 (with or
/// without BOM), UTF-16 with a BOM (Excel's "Unicode text") or Windows-1252 (Excel's plain
/// "CSV" on an Indonesian Windows PC). Anything else is refused with the line and byte
/// where it failed, never guessed.
///
/// Without a BOM: valid UTF-8 is UTF-8. Invalid UTF-8 is Windows-1252 only when the file
/// has no valid UTF-8 multibyte sequence at all and every byte is defined in
/// Windows-1252; a file mixing valid multibyte sequences and invalid bytes is refused at
/// its first invalid byte. A NUL byte is refused too (UTF-16 without a BOM looks so).
package enum RosterText {
  /// An encoding Latih reads rosters in.
  package enum Encoding: String, Hashable, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"

    /// Whether the text was transcoded to UTF-8 (and the user is told so).
    package var isTranscoded: Bool { self != .utf8 }
  }

  /// Where a file could not be decoded: 1-based line, 1-based byte within that line, and
  /// the byte found there.
  package struct Failure: Error, Hashable, Sendable {
    package var line: Int
    package var byte: Int
    package var value: UInt8
  }

  /// The text of `bytes` and the encoding it was read in, or where decoding failed.
  package static func decode(_ bytes: [UInt8]) -> Result<
    (text: String, encoding: Encoding), Failure
  > {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = Array(bytes.dropFirst(3))
      if let failure = UTF8Scan(body).firstInvalid ?? firstNUL(body) {
        return .failure(locate(failure, in: bytes, offset: 3))
      }
      return .success((String(decoding: body, as: UTF8.self), .utf8))
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes, bigEndian: false) }
    if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes, bigEndian: true) }
    if let nul = firstNUL(bytes) { return .failure(locate(nul, in: bytes)) }
    let scan = UTF8Scan(bytes)
    guard let invalid = scan.firstInvalid else {
      return .success((String(decoding: bytes, as: UTF8.self), .utf8))
    }
    if scan.sawMultibyte { return .failure(locate(invalid, in: bytes)) }
    if let undefined = bytes.firstIndex(where: { Windows1252.scalar($0) == nil }) {
      return .failure(locate(undefined, in: bytes))
    }
    var text = String.UnicodeScalarView()
    for byte in bytes { text.append(Windows1252.scalar(byte)!) }
    return .success((String(text), .windows1252))
  }

  /// UTF-16 after its BOM: every surrogate paired, an even number of bytes.
  private static func utf16(_ bytes: [UInt8], bigEndian: Bool)
    -> Result<(text: String, encoding: Encoding), Failure>
  {
    var scalars = String.UnicodeScalarView()
    var index = 2
    var line = 1
    var lineStart = 0
    func failure(at offset: Int) -> Failure {
      Failure(line: line, byte: offset - lineStart + 1, value: bytes[offset])
    }
    func unit(_ at: Int) -> UInt16 {
      bigEndian
        ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
        : UInt16(bytes[at + 1]) << 8 | UInt16(bytes[at])
    }
    while index < bytes.count {
      guard index + 1 < bytes.count else { return .failure(failure(at: index)) }
      let first = unit(index)
      var scalar: Unicode.Scalar?
      var width = 2
      switch first {
      case 0xD800...0xDBFF:
        if index + 3 < bytes.count {
          let second = unit(index + 2)
          if (0xDC00...0xDFFF).contains(second) {
            let value = 0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00)
            scalar = Unicode.Scalar(value)
            width = 4
          }
        }
      case 0xDC00...0xDFFF, 0:
        scalar = nil
      default:
        scalar = Unicode.Scalar(UInt32(first))
      }
      guard let scalar else { return .failure(failure(at: index)) }
      scalars.append(scalar)
      index += width
      if scalar == "\n" || (scalar == "\r" && (index + 1 >= bytes.count || unit(index) != 0x0A)) {
        line += 1
        lineStart = index
      }
    }
    return .success(
      (String(scalars), bigEndian ? .utf16BigEndian : .utf16LittleEndian))
  }

  private static func firstNUL(_ bytes: [UInt8]) -> Int? { bytes.firstIndex(of: 0) }

  /// The line and byte of `offset` in `bytes` (which start at `start` in the file).
  private static func locate(_ offset: Int, in file: [UInt8], offset start: Int = 0) -> Failure {
    var line = 1
    var lineStart = 0
    let absolute = offset + start
    var index = 0
    while index < absolute {
      if file[index] == 0x0A || (file[index] == 0x0D && file[index + 1] != 0x0A) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    return Failure(line: line, byte: absolute - lineStart + 1, value: file[absolute])
  }
}

/// One pass over bytes as UTF-8: the first byte that breaks it (overlong forms,
/// surrogates and values above U+10FFFF included) and whether a valid multibyte sequence
/// came before the end.
struct UTF8Scan {
  private(set) var firstInvalid: Int?
  private(set) var sawMultibyte = false

  init(_ bytes: [UInt8]) {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default:
        if firstInvalid == nil { firstInvalid = index }
        index += 1
        continue
      }
      var valid = index + length <= bytes.count
      if valid {
        for offset in 1..<length {
          let byte = bytes[index + offset]
          let range = offset == 1 ? low...high : 0x80...0xBF
          if !range.contains(byte) {
            valid = false
            break
          }
        }
      }
      if valid {
        sawMultibyte = true
        index += length
      } else {
        if firstInvalid == nil { firstInvalid = index }
        index += 1
      }
    }
  }
}
