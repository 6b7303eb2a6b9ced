/// Text made safe for the XML parts of a workbook.
///
/// Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) are removed, markup characters are escaped, a carriage return
/// is written as a character reference so it survives, and text that reads like Excel's
/// own `_xHHHH_` escape gets its underscore escaped, so Excel shows it as typed.
package enum SpreadsheetXML {
  /// The most UTF-16 code units a cell holds in Excel; longer text is cut, ending in "…".
  package static let cellLimit = 32_767

  /// `text` escaped for element content and attribute values.
  package static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\r": result += "&#13;"
      case "_" where looksLikeEscape(scalars, at: index): result += "_x005F_"
      default:
        if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// Whether XML 1.0 allows `scalar` in a document.
  package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: return true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  /// `text` without disallowed characters, cut to ``cellLimit`` UTF-16 code units.
  package static func cellText(_ text: String) -> String {
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: text.unicodeScalars.filter(isAllowed))
    let clean = String(kept)
    guard clean.utf16.count > cellLimit else { return clean }
    var cut = ""
    var units = 0
    for character in clean {
      let width = character.utf16.count
      if units + width > cellLimit - 1 { break }
      cut.append(character)
      units += width
    }
    return cut + "…"
  }

  /// Whether `_xHHHH_` starts at `index` (four hexadecimal digits).
  private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X",
      scalars[index + 6] == "_"
    else { return false }
    return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
  }
}
