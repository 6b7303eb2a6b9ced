import Testing

@testable import LatihBase

/// Wrapping to a display width: never wider than the screen, words kept whole when they
/// fit, long words split, prefixes for bullets and hanging indents.
@Suite struct TextWrapperTests {
  static let texts = [
    "Pemasaran afiliasi adalah cara mendapatkan komisi dengan mempromosikan produk orang lain.",
    "Kreator harus berusia minimal 18 tahun dan punya 600 pengikut (Mei 2026).",
    "Cafe\u{301} kopi e\u{301}e\u{301}e\u{301} a\u{308}\u{308} dengan aksen gabungan"
      + " di mana-mana sepanjang baris.",
    "😀😀😀 emoji 👨‍👩‍👧 keluarga 🇮🇩 bendera 👍🏽 jempol 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
    "中文字符和한국어 문자가 섞인 긴 문장입니다 中文字符中文字符中文字符中文字符中文字符中文字符",
    "https://seller-id.tokopedia.com/bantuan/artikel/syarat-dan-ketentuan-program-afiliasi-2026",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p",
    "satu\ndua baris\n\nempat setelah baris kosong yang cukup panjang untuk dibungkus ya",
  ]

  /// Columns on a terminal, counted here independently of ``DisplayWidth``: one per
  /// character (accents combine into it), two for East Asian wide characters, emoji and
  /// flags; `ESC [ … m` styling takes none.
  static func columns(_ line: String) -> Int {
    var count = 0
    var inEscape = false
    for character in line {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character == "m" { inEscape = false }
      } else {
        let value = character.unicodeScalars.first!.value
        let wide: [ClosedRange<UInt32>] = [
          0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
          0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F1E6...0x1F1FF, 0x1F300...0x1FAFF,
        ]
        count += wide.contains { $0.contains(value) } ? 2 : 1
      }
    }
    return count
  }

  @Test func theReferenceCountCountsColumns() {
    #expect(Self.columns("abc") == 3)
    #expect(Self.columns("中文") == 4)
    #expect(Self.columns("e\u{301}") == 1)
    #expect(Self.columns("👨‍👩‍👧🇮🇩👍🏽") == 6)
    #expect(Self.columns("\u{1B}[36mab\u{1B}[0m") == 2)
  }

  @Test(arguments: texts)
  func neverWiderThanFortyColumns(_ text: String) {
    for (first, rest) in [("", ""), ("- ", "  "), ("12. ", "    "), ("😀 ", "   ")] {
      let lines = TextWrapper.wrap(text, width: 40, firstPrefix: first, restPrefix: rest)
      for line in lines {
        #expect(
          Self.columns(line) <= 40, "\(line.debugDescription) prefix \(first.debugDescription)")
      }
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined()
      let wrapped = lines.enumerated().map { index, line in
        String(line.dropFirst(index == 0 ? first.count : rest.count))
      }
      #expect(wrapped.joined().filter { $0 != " " } == words, "no character lost or added")
    }
  }

  @Test func wordsStayWholeAndLinesFillUp() {
    let lines = TextWrapper.wrap("aaa bbb ccc ddd eee", width: 11)
    #expect(lines == ["aaa bbb ccc", "ddd eee"])
  }

  @Test func exactFitStaysOnOneLine() {
    #expect(TextWrapper.wrap(String(repeating: "x", count: 40), width: 40).count == 1)
    #expect(TextWrapper.wrap("12345 7890", width: 10) == ["12345 7890"])
  }

  @Test func wordLongerThanALineIsSplit() {
    let lines = TextWrapper.wrap("ab " + String(repeating: "x", count: 25), width: 10)
    #expect(lines == ["ab", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"])
  }

  @Test func wideCharactersAreNotSplitAcrossTheEdge() {
    let lines = TextWrapper.wrap(String(repeating: "中", count: 9), width: 9)
    #expect(lines == ["中中中中", "中中中中", "中"])
  }

  @Test func combiningAccentsDoNotCountAsColumns() {
    let word = String(repeating: "e\u{301}", count: 10)
    #expect(TextWrapper.wrap(word + " " + word, width: 21) == [word + " " + word])
  }

  @Test func prefixes() {
    let lines = TextWrapper.wrap(
      "satu dua tiga empat lima enam", width: 14, firstPrefix: "- ", restPrefix: "  ")
    #expect(lines == ["- satu dua", "  tiga empat", "  lima enam"])
  }

  @Test func newlinesStartNewLinesWithTheRestPrefix() {
    let lines = TextWrapper.wrap("a\n\nb", width: 20, firstPrefix: "> ", restPrefix: "| ")
    #expect(lines == ["> a", "| ", "| b"])
  }

  @Test func emptyTextIsOneEmptyLine() {
    #expect(TextWrapper.wrap("", width: 40) == [""])
    #expect(TextWrapper.wrap("   ", width: 40) == [""])
  }

  @Test func tinyWidthLeavesRoomForEightColumnsAfterThePrefix() {
    let lines = TextWrapper.wrap("abcdefghijkl", width: 3, firstPrefix: "- ", restPrefix: "  ")
    #expect(lines == ["- abcdefgh", "  ijkl"])
  }

  /// Found by the hostile-text campaign: a long coloured link at 40 columns was split
  /// inside its `ESC [ 3 6 m`, leaving a broken escape sequence on the terminal.
  @Test func aLongStyledWordIsNeverSplitInsideItsEscapeSequence() {
    let styled = TextStyle(enabled: true).cyan(String(repeating: "x", count: 30))
    for width in 8...40 {
      let lines = TextWrapper.wrap("ab " + styled + styled, width: width)
      for line in lines {
        let escapes = line.components(separatedBy: "\u{1B}").dropFirst()
        #expect(escapes.allSatisfy { $0.hasPrefix("[36m") || $0.hasPrefix("[0m") }, "\(width)")
      }
      #expect(lines.allSatisfy { Self.columns($0) <= max(width, 8) })
    }
  }
}
