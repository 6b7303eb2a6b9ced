import LatihBase

/// Prints diagnostics as `path:line:col: error: message`, coloured only when allowed.
package struct DiagnosticPrinter: Sendable {
  package var language: Language
  package var style: TextStyle

  package init(language: Language, style: TextStyle) {
    self.language = language
    self.style = style
  }

  /// One diagnostic as a line of text. Paths and messages are sanitised: a file name
  /// from a shared USB stick cannot carry escape sequences to the terminal.
  package func format(_ diagnostic: Diagnostic) -> String {
    let location = TerminalSanitizer.cleanLine(diagnostic.location.description)
    let severity: String
    switch diagnostic.severity {
    case .error: severity = style.red(style.bold("error:"))
    case .warning: severity = style.yellow(style.bold("warning:"))
    }
    let message = TerminalSanitizer.cleanLine(diagnostic.message.text(in: language))
    return "\(style.bold(location + ":")) \(severity) \(message)"
  }

  /// Writes each diagnostic on its own line.
  package func print<S: Sequence>(_ diagnostics: S, to output: any TextOutput)
  where S.Element == Diagnostic {
    for diagnostic in diagnostics { output.line(format(diagnostic)) }
  }
}
