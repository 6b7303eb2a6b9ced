/// A worksheet name Excel accepts: at most 31 characters (UTF-16 code units), none of
/// `[ ] : * ? / \`, not starting or ending with an apostrophe, not empty, and unique in
/// its workbook (compared without case).
package enum XLSXSheetName {
  package static let limit = 31
  private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

  /// `wanted` made acceptable and different from every name in `taken`.
  package static func make(_ wanted: String, taken: [String]) -> String {
    var name = String(
      SpreadsheetXML.cellText(wanted).filter { !forbidden.contains($0) && !$0.isNewline })
    while name.hasPrefix("'") { name.removeFirst() }
    while name.hasSuffix("'") { name.removeLast() }
    if name.allSatisfy(\.isWhitespace) { name = "Sheet" }
    let lowered = Set(taken.map { $0.lowercased() })
    var candidate = cut(name, to: limit)
    var number = 2
    while lowered.contains(candidate.lowercased()) {
      let suffix = " (\(number))"
      candidate = cut(name, to: limit - suffix.utf16.count) + suffix
      number += 1
    }
    return candidate
  }

  /// `text` cut to at most `units` UTF-16 code units, at a character boundary.
  private static func cut(_ text: String, to units: Int) -> String {
    var result = ""
    for character in text {
      if result.utf16.count + character.utf16.count > units { break }
      result.append(character)
    }
    return result
  }
}
