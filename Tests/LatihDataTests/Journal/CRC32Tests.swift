import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct CRC32Tests {
  /// Published CRC-32 (IEEE, zlib) check values.
  static let vectors: [(text: String, crc: UInt32)] = [
    ("", 0x0000_0000),
    ("a", 0xE8B7_BE43),
    ("abc", 0x3524_41C2),
    ("123456789", 0xCBF4_3926),
    ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
  ]

  @Test(arguments: vectors)
  func knownVector(text: String, crc: UInt32) {
    #expect(CRC32.checksum(Array(text.utf8)) == crc)
  }

  @Test(arguments: vectors)
  func rawBufferOverloadAgrees(text: String, crc: UInt32) {
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBytes { CRC32.checksum($0) } == crc)
  }

  @Test func agreesWithBitwiseReferenceOnEveryByteValue() {
    let bytes = (0..<1024).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 >> 3) }
    #expect(CRC32.checksum(bytes) == ReferenceJournalDecoder.crc32(bytes))
    #expect(CRC32.checksum(bytes[100..<900]) == ReferenceJournalDecoder.crc32(bytes[100..<900]))
  }

  /// Every length up to 100 at several offsets: each of the wide steps (32, 16, 8 and 4
  /// bytes) and the byte-at-a-time rest is taken, alone and after the others.
  @Test func everyLengthAndOffsetAgreesWithReference() {
    let bytes = (0..<160).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) }
    for offset in 0..<5 {
      for length in 0...100 {
        let slice = bytes[offset..<(offset + length)]
        #expect(CRC32.checksum(slice) == ReferenceJournalDecoder.crc32(slice))
      }
    }
  }

  @Test(arguments: [
    (UInt32(0), "00000000"), (0xCBF4_3926, "cbf43926"), (0xFFFF_FFFF, "ffffffff"),
    (0x0102_0A0B, "01020a0b"),
  ])
  func hexIsEightLowercaseDigits(value: UInt32, text: String) {
    #expect(CRC32.hex(value) == text)
  }
}
