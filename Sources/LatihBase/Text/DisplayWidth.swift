/// How many terminal columns text occupies.
///
/// Counted per grapheme cluster (Swift `Character`): emoji and East Asian wide characters
/// take 2 columns, combining accents and other zero-width marks 0, the rest 1. ANSI SGR
/// sequences written by Latih itself (`ESC [ … m`) take none.
package enum DisplayWidth {
  /// The columns one character occupies.
  package static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let value = first.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if scalars.count > 1 {
      // Emoji sequences (ZWJ families, flags, keycaps, VS16 presentation) are 2 wide.
      for scalar in scalars where scalar.value == 0xFE0F || scalar.value == 0x200D {
        if first.properties.isEmoji { return 2 }
      }
    }
    if first.properties.isEmojiPresentation { return 2 }
    if isWide(value) { return 2 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: return 1
    }
  }

  /// The columns `text` occupies, ignoring Latih's own SGR escape sequences.
  package static func of<S: StringProtocol>(_ text: S) -> Int {
    var total = 0
    var inEscape = false
    for character in text {
      if inEscape {
        if character == "m" { inEscape = false }
        continue
      }
      if character == "\u{1B}" {
        inEscape = true
        continue
      }
      total += of(character)
    }
    return total
  }

  /// East Asian Wide and Fullwidth ranges (UAX #11), the blocks a course might contain.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
