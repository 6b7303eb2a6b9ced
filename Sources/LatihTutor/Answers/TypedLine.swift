/// A typed line with terminal key sequences taken out: arrow keys pressed at a line
/// prompt arrive as `ESC [ A` and must never land in an answer or a name.
package struct TypedLine: Hashable, Sendable {
  /// An arrow key (or PageUp / PageDown) found in the line.
  package enum Arrow: Hashable, Sendable { case up, down, right, left, pageUp, pageDown }

  /// The line without escape sequences.
  package var text: String
  /// The arrow keys typed, in order.
  package var arrows: [Arrow]

  /// Splits `line` into its text and the key sequences in it (CSI `ESC [ … final` and
  /// SS3 `ESC O x`; a lone ESC is dropped).
  package init(_ line: String) {
    var text = String.UnicodeScalarView()
    var arrows: [Arrow] = []
    let scalars = Array(line.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "\u{1B}" else {
        text.append(scalar)
        index += 1
        continue
      }
      index += 1
      guard index < scalars.count else { break }
      if scalars[index] == "[" || scalars[index] == "O" {
        let introducer = scalars[index]
        index += 1
        // Parameters and intermediates, then one final byte (0x40–0x7E).
        var parameters = String.UnicodeScalarView()
        while index < scalars.count, introducer == "[", (0x20...0x3F).contains(scalars[index].value)
        {
          parameters.append(scalars[index])
          index += 1
        }
        if index < scalars.count {
          switch (scalars[index], String(parameters)) {
          case ("A", _): arrows.append(.up)
          case ("B", _): arrows.append(.down)
          case ("C", _): arrows.append(.right)
          case ("D", _): arrows.append(.left)
          case ("~", "5"): arrows.append(.pageUp)
          case ("~", "6"): arrows.append(.pageDown)
          default: break
          }
          index += 1
        }
      }
    }
    self.text = String(text)
    self.arrows = arrows
  }

  /// The line as a page command: `b` (back) for a line of only ←, ↑ or PageUp, Enter
  /// (next) for a line of only →, ↓ or PageDown, otherwise the text.
  package var pageCommand: String {
    guard text.allSatisfy(\.isWhitespace), let last = arrows.last else { return text }
    return [.left, .up, .pageUp].contains(last) ? "b" : ""
  }
}

extension TypedLine {
  /// A typed number as on a list: `3`, `3.` or `3)` (surrounding spaces ignored).
  package static func number(_ text: String) -> Int? {
    var digits = text.trimmingCharacters()
    if let last = digits.last, last == "." || last == ")" { digits.removeLast() }
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCII) else { return nil }
    return Int(digits)
  }
}
