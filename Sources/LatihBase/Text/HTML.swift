/// Escaping for HTML output: every value from data goes through here.
package enum HTML {
  /// `text` safe as element content and inside quoted attributes: `& < > " '` escaped,
  /// control and direction-changing characters replaced, line breaks made spaces.
  package static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in TerminalSanitizer.cleanLine(text).unicodeScalars {
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
}
