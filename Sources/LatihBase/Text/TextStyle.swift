/// Terminal styling (ANSI SGR), applied only when colour is on.
///
/// Colour is never the only signal: every styled word is also a word ("Benar", "[x]").
package struct TextStyle: Sendable, Equatable {
  /// Whether escape sequences are written at all.
  package var enabled: Bool
  /// Whether faint text (SGR 2) is used; a projector shows everything at full contrast.
  package var dims = true

  package init(enabled: Bool) { self.enabled = enabled }

  /// No styling.
  package static let plain = TextStyle(enabled: false)

  package func bold(_ text: String) -> String { wrap(text, "1") }
  package func dim(_ text: String) -> String { dims ? wrap(text, "2") : text }
  package func green(_ text: String) -> String { wrap(text, "32") }
  package func red(_ text: String) -> String { wrap(text, "31") }
  package func yellow(_ text: String) -> String { wrap(text, "33") }
  package func cyan(_ text: String) -> String { wrap(text, "36") }

  private func wrap(_ text: String, _ code: String) -> String {
    guard enabled, !text.isEmpty else { return text }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  /// Decides whether to colour: `--color always|never|auto`, `NO_COLOR`, `TERM=dumb`, TTY.
  package static func colorEnabled(
    choice: ColorChoice, environment: [String: String], outputIsTerminal: Bool
  ) -> Bool {
    switch choice {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if environment["TERM"] == "dumb" { return false }
      return outputIsTerminal
    }
  }
}

/// The `--color` option.
package enum ColorChoice: String, Sendable, CaseIterable {
  case auto, always, never
}
