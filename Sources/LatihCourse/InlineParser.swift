/// Parses inline Markdown: `**bold**`, `*em*`/`_em_`, `` `code` ``, `[text](url)`,
/// `<url>`, `![alt](src)` (its alt text) and backslash escapes. Anything unclosed is
/// kept as literal text, so inline parsing never fails.
enum InlineParser {
  static func parse<S: StringProtocol>(_ text: S) -> RichText {
    // Most lines have no markup at all: one plain span, without the character-by-character
    // pass below (which dominated `latih check` on large courses).
    if !text.utf8.contains(where: isMarkup) {
      return RichText(spans: text.isEmpty ? [] : [RichText.Span(String(text))])
    }
    let characters = Array(text)
    var spans: [RichText.Span] = []
    var plain = ""
    var index = 0

    func flush() {
      if !plain.isEmpty {
        spans.append(RichText.Span(plain))
        plain = ""
      }
    }

    func find(_ target: [Character], from start: Int) -> Int? {
      guard !target.isEmpty, start + target.count <= characters.count else { return nil }
      var position = start
      while position + target.count <= characters.count {
        if characters[position] == "\\" {
          position += 2
          continue
        }
        if Array(characters[position..<(position + target.count)]) == target { return position }
        position += 1
      }
      return nil
    }

    func unescaped(_ slice: ArraySlice<Character>) -> String {
      var result = ""
      var iterator = slice.makeIterator()
      while let character = iterator.next() {
        if character == "\\", let next = iterator.next() {
          if !next.isPunctuationOrSymbol { result.append("\\") }
          result.append(next)
        } else {
          result.append(character)
        }
      }
      return result
    }

    while index < characters.count {
      let character = characters[index]
      let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
      switch character {
      case "\\":
        if let next, next.isPunctuationOrSymbol {
          plain.append(next)
          index += 2
          continue
        }
      case "`":
        if let close = find(["`"], from: index + 1), close > index + 1 {
          flush()
          spans.append(RichText.Span(String(characters[(index + 1)..<close]), .code))
          index = close + 1
          continue
        }
      case "*" where next == "*":
        if let close = find(["*", "*"], from: index + 2), close > index + 2 {
          flush()
          spans.append(RichText.Span(unescaped(characters[(index + 2)..<close]), .strong))
          index = close + 2
          continue
        }
      case "*", "_":
        let leftOK = index == 0 || !characters[index - 1].isLetterOrNumber
        if leftOK, let next, !next.isWhitespace,
          let close = find([character], from: index + 1), close > index + 1
        {
          flush()
          spans.append(RichText.Span(unescaped(characters[(index + 1)..<close]), .emphasis))
          index = close + 1
          continue
        }
      case "!" where next == "[":
        if let (label, _, end) = link(at: index + 1) {
          flush()
          spans.append(RichText.Span(label))
          index = end
          continue
        }
      case "[":
        if let (label, url, end) = link(at: index) {
          flush()
          spans.append(RichText.Span(label, .link(url: url)))
          index = end
          continue
        }
      case "<":
        if let close = find([">"], from: index + 1) {
          let inner = String(characters[(index + 1)..<close])
          if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:")
          {
            flush()
            spans.append(RichText.Span(inner, .link(url: inner)))
            index = close + 1
            continue
          }
        }
      default:
        break
      }
      plain.append(character)
      index += 1
    }
    flush()
    return RichText(spans: spans)

    /// `[label](url)` starting at `start`: the label, url and the index after `)`.
    func link(at start: Int) -> (String, String, Int)? {
      guard let closeBracket = find(["]", "("], from: start + 1),
        let closeParen = find([")"], from: closeBracket + 2)
      else { return nil }
      let label = unescaped(characters[(start + 1)..<closeBracket])
      let url = String(characters[(closeBracket + 2)..<closeParen]).trimmingCharacters()
      guard !url.contains(" ") else { return nil }
      return (label, url, closeParen + 1)
    }
  }
}

extension InlineParser {
  /// Whether `byte` can start markup: `\` `` ` `` `*` `_` `!` `[` `<`.
  static func isMarkup(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x5C, 0x60, 0x2A, 0x5F, 0x21, 0x5B, 0x3C: return true
    default: return false
    }
  }
}

extension Character {
  var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
  var isLetterOrNumber: Bool { isLetter || isNumber }
}
