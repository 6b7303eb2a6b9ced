import Foundation
import LatihBase

/// Cleans and compares people's names (and other typed labels).
///
/// Stored names are NFC-normalised with control characters removed and white space
/// collapsed; comparisons use that form lowercased, so `Siti`, `SITI` and `Siti` typed
/// with a decomposed accent all match.
package enum NameKey {
  /// The longest name kept, in characters.
  package static let maximumLength = 120

  /// The form stored: NFC, no control or bidi characters, single spaces, trimmed, capped
  /// at a name's length.
  package static func clean(_ text: String) -> String { clean(text, limit: maximumLength) }

  /// As ``clean(_:)``, capped at `limit` characters instead (a note, an answer).
  package static func clean(_ text: String, limit: Int) -> String {
    if isClean(text, limit: limit) { return text }
    // ASCII is its own normal form: Foundation's normalisation (slow, through CFString)
    // only for text that has other characters. A course's words are mostly ASCII.
    let normalized = isASCII(text) ? text : text.precomposedStringWithCanonicalMapping
    var result = ""
    var pendingSpace = false
    for scalar in normalized.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\t" {
        pendingSpace = !result.isEmpty
        continue
      }
      if TerminalSanitizer.isUnsafe(scalar) { continue }
      if pendingSpace {
        result.unicodeScalars.append(" ")
        pendingSpace = false
      }
      result.unicodeScalars.append(scalar)
    }
    if result.count > limit {
      // Capped text stays trimmed: the cut may fall just after a space.
      result = String(result.prefix(limit))
      while result.last == " " { result.removeLast() }
    }
    return result
  }

  /// The comparison key: the clean form, lowercased.
  package static func key(_ text: String) -> String { clean(text).lowercased() }

  /// Folds text for lenient answer matching: clean, lowercased, accents removed.
  package static func folded(_ text: String) -> String {
    let lowered = clean(text).lowercased()
    if isASCII(lowered) { return lowered }  // no accents to remove, nothing to compose
    let decomposed = lowered.decomposedStringWithCanonicalMapping
    var result = String.UnicodeScalarView()
    for scalar in decomposed.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: continue
      default: result.append(scalar)
      }
    }
    return String(result).precomposedStringWithCanonicalMapping
  }

  /// The key people are looked up by: ``folded(_:)`` with every apostrophe variant
  /// (’ ‘ ` ´ ʼ ′) read as `'`, so `Siti Nur’aini` and `dede rosali` find `Siti Nur'aini`
  /// and `Dédé Rosali`.
  package static func searchKey(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in folded(text).unicodeScalars {
      switch scalar {
      case "\u{2019}", "\u{2018}", "`", "\u{B4}", "\u{2BC}", "\u{2032}", "\u{2BB}":
        result.append("'")
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `text` is already its clean form, as most names are: printable ASCII, no
  /// leading, trailing or double space, at most `limit` long (a roster of a hundred
  /// thousand people cleans every name; the scalar-by-scalar path took half a CPU-second of it).
  private static func isClean(_ text: String, limit: Int) -> Bool {
    var count = 0
    var previous: UInt8 = 0x20
    for byte in text.utf8 {
      guard byte >= 0x20, byte < 0x7F, byte != 0x20 || previous != 0x20 else { return false }
      previous = byte
      count += 1
    }
    return previous != 0x20 && count <= limit
  }

  /// Whether `text` is all ASCII (then every Unicode normal form of it is itself).
  private static func isASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }
}
