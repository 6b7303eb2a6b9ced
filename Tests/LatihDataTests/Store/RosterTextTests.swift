import Foundation
import Testing

@testable import LatihData

@Suite struct RosterTextTests {
  func decoded(_ bytes: [UInt8]) throws -> (text: String, encoding: RosterText.Encoding) {
    try RosterText.decode(bytes).get()
  }

  @Test func utf8WithAndWithoutBOM() throws {
    #expect(try decoded(Array("Nama\nJosé".utf8)) == ("Nama\nJosé", .utf8))
    #expect(try decoded([0xEF, 0xBB, 0xBF] + Array("Nama\nJosé".utf8)) == ("Nama\nJosé", .utf8))
    #expect(try decoded([]) == ("", .utf8))
  }

  @Test func utf16WithBOMInBothByteOrders() throws {
    let text = "No\tNama\n1\tJosé Ramírez 😀\r\n"
    let units = Array(text.utf16)
    let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try decoded(little) == (text, .utf16LittleEndian))
    #expect(try decoded(big) == (text, .utf16BigEndian))
  }

  /// Bytes are counted from the line's start in the file (the BOM counts on line 1).
  @Test func utf16WithALoneSurrogateOrAnOddByteIsRefusedWithItsPlace() {
    // "A\nB" then a lone high surrogate on line 2, byte 3 of that line.
    let lone: [UInt8] = [0xFF, 0xFE, 0x41, 0, 0x0A, 0, 0x42, 0, 0x00, 0xD8, 0x43, 0]
    #expect(RosterText.decode(lone).failure == .init(line: 2, byte: 3, value: 0x00))
    let odd: [UInt8] = [0xFF, 0xFE, 0x41, 0, 0x42]
    #expect(RosterText.decode(odd).failure == .init(line: 1, byte: 5, value: 0x42))
  }

  /// Every byte 0x80-0xFF decoded by the table agrees with Foundation's Windows-1252 decoder,
  /// the five undefined bytes apart.
  @Test func theWindows1252TableAgreesWithFoundation() {
    for byte in UInt8(0x80)...UInt8(0xFF) {
      let ours = Windows1252.scalar(byte)
      if [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
        #expect(ours == nil, "0x\(String(byte, radix: 16))")
        continue
      }
      let theirs = String(data: Data([byte]), encoding: .windowsCP1252)?.unicodeScalars.first
      #expect(ours == theirs, "0x\(String(byte, radix: 16))")
    }
  }

  @Test func invalidUTF8WithoutMultibyteSequencesIsWindows1252() throws {
    let bytes: [UInt8] =
      Array("Nama\r\nSiti Nur".utf8) + [0x92] + Array("aini\r\nJos".utf8) + [0xE9]
    #expect(try decoded(bytes) == ("Nama\r\nSiti Nur\u{2019}aini\r\nJos\u{E9}", .windows1252))
  }

  @Test func invalidUTF8WithAnUndefinedWindows1252ByteIsRefused() {
    let bytes: [UInt8] = Array("Nama\nJos".utf8) + [0xE9] + Array("\nAni ".utf8) + [0x81]
    #expect(RosterText.decode(bytes).failure == .init(line: 3, byte: 5, value: 0x81))
  }

  @Test func validMultibyteMixedWithInvalidBytesIsRefusedAtTheFirstInvalidByte() {
    let bytes: [UInt8] = Array("Nama\nJosé\nRam".utf8) + [0xED] + Array("rez".utf8)
    #expect(RosterText.decode(bytes).failure == .init(line: 3, byte: 4, value: 0xED))
  }

  @Test(
    arguments: [
      [0xC0, 0xAF],  // overlong
      [0xED, 0xA0, 0x80],  // surrogate
      [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
      [0xE2, 0x82],  // cut short
    ] as [[UInt8]])
  func malformedUTF8IsNeverReadAsUTF8(_ sequence: [UInt8]) {
    let bytes = Array("é\n".utf8) + sequence
    #expect(RosterText.decode(bytes).failure?.line == 2)
  }

  @Test func aNULByteIsRefused() {
    let bytes: [UInt8] = [0x4E, 0, 0x61, 0]
    #expect(RosterText.decode(bytes).failure == .init(line: 1, byte: 2, value: 0))
  }
}
