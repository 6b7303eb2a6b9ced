import Testing

@testable import LatihBase

/// Terminal columns per character and per string.
@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("Z", 1), (" ", 1), ("~", 1),
    ("\u{E9}", 1),  // é precomposed
    ("e\u{301}", 1),  // e + combining acute: one character, one column
    ("a\u{308}\u{323}", 1),  // two combining marks
    ("\u{301}", 0),  // a lone combining mark
    ("\u{200B}", 0),  // zero width space (format)
    ("😀", 2), ("👍🏽", 2), ("❤️", 2), ("❤", 1), ("1️⃣", 2),
    ("👨‍👩‍👧", 2),  // ZWJ family
    ("🇮🇩", 2),  // flag
    ("中", 2), ("文", 2), ("한", 2), ("あ", 2), ("Ａ", 2),  // CJK, Hangul, kana, fullwidth
    ("\u{1B}", 0), ("\u{7}", 0), ("\u{85}", 0),
  ])
  func character(_ text: String, width: Int) throws {
    #expect(text.count == 1, "one Character")
    let character = try #require(text.first)
    #expect(DisplayWidth.of(character) == width)
  }

  @Test(arguments: [
    ("", 0), ("Peserta", 7), ("Cafe\u{301} enak", 9), ("Halo 😀!", 8), ("中文 ok", 7),
    ("👨‍👩‍👧 keluarga", 11), ("🇮🇩🇲🇾", 4),
    ("\u{1B}[1mtebal\u{1B}[0m", 5),  // Latih's own SGR sequences take no room
    ("\u{1B}[31m\u{1B}[1m!\u{1B}[0m", 1),
  ])
  func string(_ text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test func styledTextHasTheWidthOfItsWords() {
    let style = TextStyle(enabled: true)
    let text = style.red(style.bold("Salah")) + " " + style.green("Benar 😀")
    #expect(DisplayWidth.of(text) == DisplayWidth.of("Salah Benar 😀"))
    #expect(DisplayWidth.of(text) == 14)
  }
}
