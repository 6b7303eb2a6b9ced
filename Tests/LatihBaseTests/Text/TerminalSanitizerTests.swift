import Testing

@testable import LatihBase

/// Untrusted text cannot move the cursor, change colours or reorder text on a terminal.
@Suite struct TerminalSanitizerTests {
  /// Every C0 control except tab and newline, DEL, every C1 control, the bidirectional
  /// embeddings, overrides, isolates and marks.
  static let unsafe: [UInt32] =
    Array(0x00...0x08) + Array(0x0B...0x1F) + [0x7F] + Array(0x80...0x9F)
    + Array(0x202A...0x202E) + Array(0x2066...0x2069) + [0x200E, 0x200F, 0x061C]
    + Array(0xFFF9...0xFFFB)

  @Test(arguments: unsafe)
  func unsafeScalarIsReplaced(_ value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(TerminalSanitizer.isUnsafe(scalar))
    let text = "a" + String(Character(scalar)) + "b"
    #expect(TerminalSanitizer.clean(text) == "a\u{FFFD}b")
    #expect(TerminalSanitizer.cleanLine(text) == "a\u{FFFD}b")
  }

  @Test(arguments: [
    0x09, 0x0A, 0x20, 0x7E, 0xA0, 0xE9, 0x2010, 0x200D, 0x202F, 0x2065, 0x1F600,
  ])
  func safeScalarIsKept(_ value: UInt32) throws {
    #expect(!TerminalSanitizer.isUnsafe(try #require(Unicode.Scalar(value))))
  }

  @Test(arguments: [
    "Peserta sudah menginstal aplikasi TikTok",
    "Kendala input dokumen persyaratan: KTP, NPWP & rekening (Rp10.000–Rp50.000)",
    "Ibu-ibu PKK di balai desa — café, naïve, «kutipan», “petik”, 1½ jam, ≥18 tahun ✓",
    "Bu Siti 😀👍🏽 🇮🇩 中文",
    "",
  ])
  func ordinaryTextIsUntouched(_ text: String) {
    #expect(TerminalSanitizer.clean(text) == text)
    #expect(TerminalSanitizer.cleanLine(text) == text)
  }

  @Test func escapeSequenceCannotReachTheTerminal() {
    let attack = "Nama\u{1B}]0;judul\u{07}\u{1B}[2J\u{9B}31m"
    let cleaned = TerminalSanitizer.clean(attack)
    #expect(cleaned == "Nama\u{FFFD}]0;judul\u{FFFD}\u{FFFD}[2J\u{FFFD}31m")
    #expect(!cleaned.unicodeScalars.contains { TerminalSanitizer.isUnsafe($0) })
  }

  @Test func newlinesAndTabs() {
    #expect(TerminalSanitizer.clean("a\tb\nc\r\n") == "a b\nc\u{FFFD}\n")
    #expect(TerminalSanitizer.cleanLine("a\tb\nc") == "a b c")
    #expect(TerminalSanitizer.cleanLine("satu\ndua\n") == "satu dua ")
  }

  @Test func reversedTextIsNeutralised() {
    #expect(TerminalSanitizer.clean("invoice\u{202E}fdp.exe") == "invoice\u{FFFD}fdp.exe")
  }
}
