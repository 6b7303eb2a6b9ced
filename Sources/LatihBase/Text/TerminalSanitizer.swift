/// Makes untrusted text (lesson files, names, merged data) safe to print on a terminal.
///
/// C0 controls (except newline and tab), DEL, C1 controls, bidirectional overrides and
/// isolates, and invisible format characters (``isUnsafe(_:)``) become U+FFFD, so no escape sequence, cursor movement or reordering can
/// reach the terminal, and the reader still sees that something was there.
package enum TerminalSanitizer {
  /// The replacement shown for a removed character.
  package static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Whether `scalar` must never reach a terminal raw: controls, bidi controls, and
  /// every invisible or format character, which can hide or disguise text (a name that
  /// looks like another, a line that breaks where none shows): all of Unicode category
  /// Cf (soft hyphen, zero-width space and joiners, word joiner, BOM, tag characters,
  /// interlinear annotations …), the line and paragraph separators U+2028/2029 and the
  /// Hangul fillers, which print as nothing.
  package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    switch value {
    case 0x00...0x08, 0x0B...0x1F, 0x7F...0x9F: return true
    case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
    case 0xFFF9...0xFFFB: return true
    case 0x2028, 0x2029: return true
    case 0x115F, 0x1160, 0x3164, 0xFFA0: return true
    case ..<0xAD: return false
    // The zero-width joiner is what holds emoji sequences (👩‍👩‍👧) and several scripts
    // together; it hides nothing on its own.
    case 0x200D: return false
    default: return scalar.properties.generalCategory == .format
    }
  }

  /// `text` with unsafe characters replaced; newlines kept, tabs turned into a space.
  package static func clean(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || $0 == 0x0A }) { return text }
    // Beyond ASCII, most text is safe too: looked over before anything is built.
    if !text.unicodeScalars.contains(where: { $0 == "\t" || isUnsafe($0) }) {
      return text
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        result.append(" ")
      } else if scalar == "\n" {
        result.append(scalar)
      } else {
        result.append(isUnsafe(scalar) ? replacement : scalar)
      }
    }
    return String(result)
  }

  /// `text` on one line: as ``clean(_:)``, with newlines turned into spaces too.
  package static func cleanLine(_ text: String) -> String {
    clean(text).replacingNewlines()
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    // Bytes, not `contains("\n")`: that overload is Foundation's string search, which
    // was most of the time an HTML report at 100,000 people spent on its tables.
    guard utf8.contains(0x0A) else { return self }
    return String(unicodeScalars.map { $0 == "\n" ? " " : Character($0) })
  }
}
