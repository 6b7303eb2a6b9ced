/// Escaping for HTML output: every value from data goes through here.
package enum HTML {
  /// `text` safe as element content and inside quoted attributes: `& < > " '` escaped,
  /// control and direction-changing characters replaced, line breaks made spaces.
  package static func escape(_ text: String) -> String {
    let clean = TerminalSanitizer.cleanLine(text)
    // Most values (names, numbers, labels) have nothing to escape: returned as they are.
    guard clean.utf8.contains(where: Self.isSpecial) else { return clean }
    var result = ""
    result.reserveCapacity(clean.utf8.count + 16)
    for scalar in clean.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `byte` is one of `& < > " '` (which ``escape(_:)`` replaces).
  private static func isSpecial(_ byte: UInt8) -> Bool {
    byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
  }
}
