/// Wraps text to a display width, breaking at spaces and counting columns with
/// ``DisplayWidth`` (so emoji and combining accents wrap correctly).
package enum TextWrapper {
  /// Lines of at most `width` columns. The first line starts with `firstPrefix`, later
  /// ones with `restPrefix` (for list bullets and hanging indents). A word wider than the
  /// line is split between characters. Existing newlines start new lines.
  package static func wrap(
    _ text: String, width: Int, firstPrefix: String = "", restPrefix: String = ""
  ) -> [String] {
    let width = max(width, DisplayWidth.of(firstPrefix) + 8, DisplayWidth.of(restPrefix) + 8)
    var lines: [String] = []
    var prefix = firstPrefix
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var current = prefix
      var currentWidth = DisplayWidth.of(prefix)
      var lineHasWord = false
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        let wordWidth = DisplayWidth.of(word)
        let needed = lineHasWord ? wordWidth + 1 : wordWidth
        if currentWidth + needed <= width {
          if lineHasWord {
            current += " "
            currentWidth += 1
          }
          current += word
          currentWidth += wordWidth
          lineHasWord = true
          continue
        }
        if lineHasWord {
          lines.append(current)
          prefix = restPrefix
          current = prefix
          currentWidth = DisplayWidth.of(prefix)
        }
        if currentWidth + wordWidth <= width {
          current += word
          currentWidth += wordWidth
          lineHasWord = true
          continue
        }
        // Split a word that does not fit on a line of its own, keeping Latih's own
        // escape sequences whole and counting them as no width.
        var inEscape = false
        for character in word {
          if inEscape || character == "\u{1B}" {
            inEscape = character != "m"
            current.append(character)
            continue
          }
          let characterWidth = DisplayWidth.of(character)
          if currentWidth + characterWidth > width && currentWidth > DisplayWidth.of(prefix) {
            lines.append(current)
            prefix = restPrefix
            current = prefix
            currentWidth = DisplayWidth.of(prefix)
          }
          current.append(character)
          currentWidth += characterWidth
        }
        lineHasWord = true
      }
      lines.append(current)
      prefix = restPrefix
    }
    return lines
  }
}
