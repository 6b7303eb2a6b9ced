import LatihBase
import Testing

@testable import LatihCourse

/// Byte-level checks: size and line limits, UTF-8, control characters, line endings.
@Suite struct SourceTextTests {
  /// Decodes `bytes`, returning the lines' texts and the diagnostics.
  private func decode(_ bytes: [UInt8]) -> (lines: [String]?, diagnostics: [Diagnostic]) {
    var sink = DiagnosticSink()
    let source = SourceText.decode(bytes, path: Fixture.path, into: &sink)
    return (source?.lines.map(\.text), sink.diagnostics)
  }

  /// Decodes `text` as UTF-8.
  private func decode(_ text: String) -> (lines: [String]?, diagnostics: [Diagnostic]) {
    decode(Array(text.utf8))
  }

  @Test(arguments: [
    ("", [""]), ("a", ["a"]), ("a\n", ["a"]), ("a\n\n", ["a", ""]), ("a\r\nb\r\n", ["a", "b"]),
    ("\n", [""]), ("a\nb", ["a", "b"]), ("\u{FEFF}a\n", ["a"]), ("x\t y", ["x\t y"]),
  ])
  func linesAndEndings(text: String, expected: [String]) {
    let (lines, diagnostics) = decode(text)
    #expect(lines == expected)
    #expect(diagnostics == [])
  }

  @Test func lineNumbersStartAtOne() throws {
    var sink = DiagnosticSink()
    let source = try #require(SourceText.decode(Array("a\nb\nc".utf8), path: "p", into: &sink))
    #expect(source.lines.map(\.number) == [1, 2, 3])
    #expect(source.location(2, 7) == LatihCourse.SourceLocation(path: "p", line: 2, column: 7))
  }

  @Test func fileAtTheSizeLimitIsAccepted() {
    let bytes = [UInt8](repeating: 0x0A, count: SourceText.maximumFileBytes)
    let (lines, diagnostics) = decode(bytes)
    #expect(diagnostics == [])
    #expect(lines?.count == SourceText.maximumFileBytes)
  }

  @Test func fileOverTheSizeLimitIsRejectedBeforeDecoding() {
    let size = SourceText.maximumFileBytes + 1
    let (lines, diagnostics) = decode([UInt8](repeating: 0xFF, count: size))
    #expect(lines == nil)
    #expect(diagnostics == [error(1, 1, .fileTooLarge(limit: 256 * 1024, size: size))])
  }

  @Test func fileOverTheSizeLimitGivesNoLesson() {
    let text = Fixture.front + "## P\n" + String(repeating: "a\n", count: 128 * 1024)
    let (lesson, diagnostics) = Fixture.parse(text)
    #expect(lesson == nil)
    #expect(diagnostics == [error(1, 1, .fileTooLarge(limit: 262_144, size: text.utf8.count))])
  }

  @Test(arguments: [
    ("a", 2000, false), ("a", 2001, true), ("\u{E9}", 2000, false), ("\u{E9}", 2001, true),
    ("😀", 2000, false), ("😀", 2001, true),
  ])
  func lineLengthCountsCharacters(character: String, count: Int, tooLong: Bool) {
    let (_, diagnostics) = decode("ok\n" + String(repeating: character, count: count) + "\nok")
    let expected = tooLong ? [error(2, 1, .lineTooLong(limit: 2000, length: count))] : []
    #expect(diagnostics == expected)
  }

  static let byteCases: [(name: String, bytes: [UInt8], expected: [Diagnostic])] = [
    ("0xFF after é", Array("\u{E9}a".utf8) + [0xFF], [error(1, 3, .invalidUTF8)]),
    ("on line 2", Array("ok\nab".utf8) + [0xC3, 0x28], [error(2, 3, .invalidUTF8)]),
    ("only the first per line", [0x61, 0xFF, 0x62, 0xFE], [error(1, 2, .invalidUTF8)]),
    ("lone continuation byte", [0x80], [error(1, 1, .invalidUTF8)]),
    (
      "truncated sequence counts one column", [0xE2, 0x82, 0x1B],
      [error(1, 1, .invalidUTF8), error(1, 2, .controlCharacter(0x1B))]
    ),
    ("overlong encoding", [0x41, 0xC0, 0xAF], [error(1, 2, .invalidUTF8)]),
    ("surrogate", [0xED, 0xA0, 0x80], [error(1, 1, .invalidUTF8)]),
    (
      "ESC after multibyte characters", Array("h\u{E9}e\u{301}😀 \u{1B}[31m".utf8),
      [error(1, 7, .controlCharacter(0x1B))]
    ),
    ("NUL", [0x61, 0x00], [error(1, 2, .controlCharacter(0))]),
    ("DEL", [0x7F], [error(1, 1, .controlCharacter(0x7F))]),
    ("C1 control", Array("a\u{85}".utf8), [error(1, 2, .controlCharacter(0x85))]),
    ("right-to-left override", Array("ab\u{202E}".utf8), [error(1, 3, .controlCharacter(0x202E))]),
    ("isolate", Array("\u{2066}".utf8), [error(1, 1, .controlCharacter(0x2066))]),
    (
      "a lone carriage return ends a line (issue 16)", Array("a\rb\r\n".utf8), []
    ),
    (
      "at most three per line", [0x07, 0x07, 0x07, 0x07, 0x0A, 0x07],
      [
        error(1, 1, .controlCharacter(7)), error(1, 2, .controlCharacter(7)),
        error(1, 3, .controlCharacter(7)), error(2, 1, .controlCharacter(7)),
      ]
    ),
  ]

  @Test(arguments: byteCases.indices)
  func invalidBytesAndControlCharacters(_ index: Int) {
    let row = Self.byteCases[index]
    #expect(decode(row.bytes).diagnostics == row.expected, "\(row.name)")
  }

  @Test func unsafeCharactersAreReplacedInTheText() {
    let (lines, _) = decode([0x61, 0x1B, 0xFF, 0x62] + Array("\u{202E}".utf8))
    #expect(lines == ["a\u{FFFD}\u{FFFD}b\u{FFFD}"])
  }

  @Test func controlCharacterInALessonIsReportedWithItsColumn() {
    let (_, diagnostics) = Fixture.parseBody("## Caf\u{E9} \u{1B}[2J\n")
    #expect(diagnostics == [error(6, 9, .controlCharacter(0x1B))])
  }

  @Test func ordinaryIndonesianTextIsAccepted() {
    let text = "Rp10.000 — café «kutipan» “petik” 1½ jam, ≥18 tahun ✓ 😀\tTab"
    let (lines, diagnostics) = decode(text)
    #expect(diagnostics == [])
    #expect(lines == [text])
  }

  @Test(arguments: [
    ("a", true), ("installed-app", true), ("q1", true), ("a--b-", true),
    (String(repeating: "a", count: 64), true), (String(repeating: "a", count: 65), false),
    ("", false), ("1a", false), ("-a", false), ("A", false), ("a_b", false), ("a b", false),
    ("é", false), ("ａ", false),
  ])
  func identifiers(_ text: String, valid: Bool) {
    #expect(CourseIdentifier.isValid(text) == valid)
  }

  @Test func diagnosticFormatting() {
    #expect(error(3, 7, .emptyHeading).formatted(in: .en) == "t.md:3:7: error: empty heading")
    #expect(
      warning(1, 1, .lessonNotInManifest("x")).formatted(in: .en)
        == "t.md:1:1: warning: lesson 'x' is not listed in course.md [lessons], so it is not used")
  }
}
