import Testing

@testable import LatihBase

/// Bytes from a phone's terminal in raw mode become lines, whatever the client sends.
struct KioskLineEditorTests {
  /// Feeds `bytes` and returns the lines, ends and interruptions, and the echo.
  private func run(_ bytes: [UInt8], unicode: Bool = true) -> (inputs: [LineInput], echo: String) {
    var editor = KioskLineEditor(unicode: unicode)
    var inputs: [LineInput] = []
    var echo = ""
    for byte in bytes {
      switch editor.feed(byte) {
      case .none: break
      case .echo(let text): echo += text
      case .line(let text): inputs.append(.line(text))
      case .endOfInput: inputs.append(.endOfFile)
      case .interrupt: inputs.append(.interrupted)
      }
    }
    return (inputs, echo)
  }

  private func run(_ text: String) -> [LineInput] { run(Array(text.utf8)).inputs }

  @Test func enterIsCarriageReturnLineFeedOrBoth() {
    #expect(run("a\rb\nc\r\nd\r\r") == [.line("a"), .line("b"), .line("c"), .line("d"), .line("")])
  }

  @Test func backspaceIsDeleteOrBackspace() {
    #expect(run("abx\u{7F}c\n") == [.line("abc")])
    #expect(run("abx\u{8}c\n") == [.line("abc")])
    #expect(run("\u{7F}\u{8}ok\n") == [.line("ok")])
  }

  @Test func backspaceRemovesAWholeCharacterAndEchoesItsWidth() {
    let result = run(Array("Sé\u{7F}\u{7F}".utf8))
    #expect(result.echo == "Sé\u{8} \u{8}\u{8} \u{8}")
    let wide = run(Array("日\u{7F}x\n".utf8))
    #expect(wide.inputs == [.line("x")])
    #expect(wide.echo == "日\u{8} \u{8}\u{8} \u{8}x")
  }

  @Test func controlUClearsTheLine() {
    #expect(run("wrong\u{15}right\n") == [.line("right")])
  }

  @Test func escapeSequencesAreSwallowedNeverEchoed() {
    // Arrow keys, bracketed paste, an OSC title, a two-byte escape.
    let text = "\u{1B}[A\u{1B}[200~b\u{1B}[201~\u{1B}]0;evil\u{7}\u{1B}OPc\u{1B}[1;5D\n"
    let result = run(Array(text.utf8))
    #expect(result.inputs == [.line("bc")])
    #expect(!result.echo.contains("\u{1B}"))
    #expect(result.echo == "bc")
  }

  @Test func jobControlAndOtherControlKeysDoNothing() {
    // Ctrl-Z, Ctrl-\, Ctrl-S, Ctrl-Q, tab, NUL, C1 controls as UTF-8.
    let result = run(
      Array("a\u{1A}\u{1C}\u{13}\u{11}\t\u{0}".utf8) + [0xC2, 0x9B] + Array("b\n".utf8))
    #expect(result.inputs == [.line("ab")])
    #expect(result.echo == "ab")
  }

  @Test func controlCInterruptsAndControlDEndsOnlyAnEmptyLine() {
    #expect(run("ab\u{3}") == [.interrupted])
    #expect(run("ab\u{4}c\n\u{4}") == [.line("abc"), .endOfFile])
  }

  @Test func pastedLinesAreOneAnswerEach() {
    #expect(run("1\r\n2\r\nya\r\n") == [.line("1"), .line("2"), .line("ya")])
  }

  @Test func aMegabytePasteIsCutAndTheNextLineIsIntact() {
    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
    bytes += Array("\nnext\n".utf8)
    let result = run(bytes)
    #expect(result.inputs.count == 2)
    guard case .line(let first) = result.inputs[0] else { return }
    #expect(first.utf8.count == KioskLineEditor.maximumLineBytes)
    #expect(result.inputs[1] == .line("next"))
    #expect(result.echo.utf8.count == KioskLineEditor.maximumLineBytes + 4)
  }

  @Test func invalidUTF8IsDroppedAndASCIITerminalsSeeQuestionMarks() {
    #expect(run([0x61, 0xFF, 0xC3, 0x62, 0x0A]).inputs == [.line("ab")])
    let ascii = run(Array("Sé\n".utf8), unicode: false)
    #expect(ascii.inputs == [.line("Sé")])
    #expect(ascii.echo == "S?")
  }
}
