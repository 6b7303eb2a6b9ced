/// What a line of a lesson page is, judged by its start.
enum LineKind {
  case blank
  /// `#`…`######` followed by a space; `text` is what follows.
  case heading(level: Int, text: Substring)
  /// ```` ``` ```` opening or closing a preformatted block.
  case fence
  /// `---`, `***` or `___` alone.
  case rule
  /// A line starting with `|`.
  case tableRow
  /// `> text`; `indent` is the spaces before `>`.
  case quote(indent: Int, text: Substring)
  /// `- item`, `* item`, `+ item` or `1. item`.
  case listItem(indent: Int, ordered: Bool, text: Substring)
  /// Anything else.
  case text(indent: Int)

  static func classify(_ line: String) -> LineKind {
    let indent = line.indentation
    let body = line.drop { $0 == " " || $0 == "\t" }
    if body.isEmpty { return .blank }
    if body.hasPrefix("```") { return .fence }
    if indent < 4 {
      if body.first == "#" {
        let hashes = body.prefix { $0 == "#" }.count
        let afterHashes = body.dropFirst(hashes)
        if hashes <= 6, afterHashes.isEmpty || afterHashes.first == " " {
          return .heading(level: hashes, text: afterHashes.drop { $0 == " " })
        }
      }
      // Three or more of `-`, `*` or `_` (the same one) and spaces; checked without
      // copying the line (a list item `- …` stops at its second character).
      if let first = body.first, "-*_".contains(first),
        body.allSatisfy({ $0 == first || $0 == " " }), body.lazy.filter({ $0 != " " }).count >= 3
      {
        return .rule
      }
      if body.first == "|" { return .tableRow }
    }
    if body.first == ">" {
      return .quote(indent: indent, text: body.dropFirst().drop { $0 == " " })
    }
    if let first = body.first, "-*+".contains(first), body.dropFirst().first == " " {
      return .listItem(indent: indent, ordered: false, text: body.dropFirst(2).drop { $0 == " " })
    }
    let digits = body.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 3 {
      let after = body.dropFirst(digits.count)
      if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " {
        return .listItem(indent: indent, ordered: true, text: after.dropFirst(2).drop { $0 == " " })
      }
    }
    return .text(indent: indent)
  }
}

/// The box at the start of a checklist item or answer option.
enum Box {
  /// `( )` or `(x)`: a single-choice option.
  case round(checked: Bool)
  /// `[ ]` or `[x]`: a checklist item or a select-all option.
  case square(checked: Bool)

  /// The box at the start of `text` and the text after it, if there is one.
  static func parse(_ text: Substring) -> (Box, Substring)? {
    let boxes: [(String, Box)] = [
      ("( )", .round(checked: false)), ("(x)", .round(checked: true)),
      ("(X)", .round(checked: true)), ("[ ]", .square(checked: false)),
      ("[x]", .square(checked: true)), ("[X]", .square(checked: true)),
    ]
    for (prefix, box) in boxes where text.hasPrefix(prefix) {
      let rest = text.dropFirst(3)
      if rest.isEmpty || rest.first == " " { return (box, rest.drop { $0 == " " }) }
    }
    return nil
  }
}
