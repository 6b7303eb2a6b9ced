import Testing

@testable import LatihBase

/// What a remote terminal can show, from TERM and the locale a client sent.
struct TerminalCapabilitiesTests {
  private func detect(_ environment: [String: String], terminal: Bool = true)
    -> TerminalCapabilities
  {
    TerminalCapabilities.detect(environment: environment, isTerminal: terminal)
  }

  @Test func termChoosesEscapesAndColour() {
    #expect(detect(["TERM": "xterm-256color"]) == .init(escapes: true, color: true, unicode: true))
    #expect(detect(["TERM": "vt100"]) == .init(escapes: true, color: false, unicode: true))
    #expect(detect(["TERM": "dumb"]) == .init(escapes: false, color: false, unicode: true))
    #expect(detect([:]) == .init(escapes: false, color: false, unicode: true))
    #expect(detect(["TERM": "xterm"], terminal: false).escapes == false)
    #expect(detect(["TERM": "xterm", "NO_COLOR": "1"]).color == false)
  }

  @Test func onlyALocaleThatSaysSoTurnsUnicodeOff() {
    #expect(TerminalCapabilities.localeIsUnicode([:]))
    #expect(TerminalCapabilities.localeIsUnicode(["LANG": "id_ID.UTF-8"]))
    #expect(TerminalCapabilities.localeIsUnicode(["LANG": "en_US.utf8"]))
    #expect(TerminalCapabilities.localeIsUnicode(["LANG": "en_US"]))
    #expect(!TerminalCapabilities.localeIsUnicode(["LANG": "C"]))
    #expect(!TerminalCapabilities.localeIsUnicode(["LANG": "POSIX"]))
    #expect(!TerminalCapabilities.localeIsUnicode(["LANG": "id_ID.ISO-8859-1"]))
    // LC_ALL, then LC_CTYPE, then LANG.
    #expect(!TerminalCapabilities.localeIsUnicode(["LANG": "C.UTF-8", "LC_CTYPE": "C"]))
    #expect(TerminalCapabilities.localeIsUnicode(["LC_CTYPE": "C", "LC_ALL": "C.UTF-8"]))
    #expect(TerminalCapabilities.localeIsUnicode(["LC_ALL": "", "LANG": "C.UTF-8"]))
  }
}
