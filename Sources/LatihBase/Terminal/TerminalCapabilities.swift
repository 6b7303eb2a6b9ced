/// What a remote participant's terminal can show, decided from `TERM` and the locale the
/// ssh client sent. Both come from the client, so they only choose how text looks, never
/// what is read or written.
package struct TerminalCapabilities: Sendable, Equatable {
  /// Escape sequences may be written (clear screen, bold, colour).
  package var escapes: Bool
  /// Colour may be used (needs ``escapes``).
  package var color: Bool
  /// Non-ASCII characters (bars, boxes, accented names) may be written.
  package var unicode: Bool

  package init(escapes: Bool, color: Bool, unicode: Bool) {
    self.escapes = escapes
    self.color = color && escapes
    self.unicode = unicode
  }

  /// Capabilities for a terminal (`isTerminal`) with these environment variables.
  ///
  /// `TERM` unset, empty, `dumb` or `unknown`: no escapes at all. `vt100`/`vt102`/`vt220`
  /// and other `vt*`: escapes (clear screen, bold) but no colour. Anything else (xterm,
  /// xterm-256color, screen, tmux, linux, …): colour. `NO_COLOR` turns colour off.
  ///
  /// The character set: `LC_ALL`, else `LC_CTYPE`, else `LANG` (the first one set, as
  /// POSIX orders them). A locale naming a character set other than UTF-8
  /// (`id_ID.ISO-8859-1`), or `C` / `POSIX`, means ASCII. No locale at all means UTF-8:
  /// sshd passes on only what the client chose to send, phone terminals are UTF-8, and
  /// ASCII bars would be a worse default for the many who send nothing.
  package static func detect(environment: [String: String], isTerminal: Bool)
    -> TerminalCapabilities
  {
    let term = (environment["TERM"] ?? "").lowercased()
    let escapes = isTerminal && !["", "dumb", "unknown"].contains(term)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let color = escapes && !term.hasPrefix("vt") && !noColor
    return TerminalCapabilities(
      escapes: escapes, color: color, unicode: localeIsUnicode(environment))
  }

  /// Whether the locale variables allow UTF-8 (see ``detect(environment:isTerminal:)``).
  package static func localeIsUnicode(_ environment: [String: String]) -> Bool {
    let names = ["LC_ALL", "LC_CTYPE", "LANG"]
    guard let locale = names.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty })
    else { return true }
    if locale == "C" || locale == "POSIX" { return false }
    guard let dot = locale.firstIndex(of: ".") else { return true }
    let codeset = locale[locale.index(after: dot)...].prefix { $0 != "@" }
      .lowercased().filter { $0.isLetter || $0.isNumber }
    return codeset == "utf8"
  }
}
