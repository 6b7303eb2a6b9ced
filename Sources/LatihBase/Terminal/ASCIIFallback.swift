import Foundation

/// Text for a terminal that cannot show UTF-8: bars, boxes and marks become ASCII look-
/// alikes, accented letters lose their accents, anything else becomes `?`.
package enum ASCIIFallback {
  private static let table: [Unicode.Scalar: String] = [
    "█": "#", "░": ".", "▓": "#", "▒": ":", "─": "-", "━": "-", "│": "|", "┃": "|",
    "┼": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┌": "+", "┐": "+", "└": "+",
    "┘": "+", "•": "*", "·": ".", "✓": "v", "✔": "v", "✗": "x", "✘": "x", "…": "...",
    "“": "\"", "”": "\"", "‘": "'", "’": "'", "–": "-", "—": "-", "→": "->", "←": "<-",
    "▶": ">", "►": ">", "×": "x", "\u{00A0}": " ", "\u{FFFD}": "?",
  ]

  /// `text` in ASCII.
  package static func convert(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        result.unicodeScalars.append(scalar)
      } else if let replacement = table[scalar] {
        result += replacement
      } else {
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
        if let base, base.isASCII {
          result.unicodeScalars.append(base)
        } else if scalar.properties.generalCategory == .nonspacingMark {
          continue
        } else {
          result += "?"
        }
      }
    }
    return result
  }
}
