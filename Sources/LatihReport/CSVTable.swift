import LatihBase

/// CSV text as spreadsheets read it: UTF-8 with a byte-order mark, CRLF line ends,
/// RFC 4180 quoting, and text cells that could start a formula prefixed with `'`.
struct CSVTable {
  /// A cell: text (quoted as needed, formula-safe) or a number written as is.
  enum Cell {
    case text(String)
    case number(String)
    /// An empty cell (a missing value).
    case empty
  }

  private(set) var text = "\u{FEFF}"

  /// Appends one row.
  mutating func add(_ cells: [Cell]) {
    text += cells.map(Self.encode).joined(separator: ",") + "\r\n"
  }

  /// A text cell made safe and quoted when it holds a comma, quote or line break.
  static func field(_ value: String) -> String {
    var cleaned = TerminalSanitizer.clean(value)
    if startsFormula(value) || startsFormula(cleaned) { cleaned = "'" + cleaned }
    let needsQuotes = cleaned.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";"
    }
    guard needsQuotes else { return cleaned }
    return "\"" + cleaned.replacingQuotes() + "\""
  }

  /// Whether a spreadsheet could read `value` as a formula: it starts with `=`, `+`, `-`,
  /// `@`, a tab or a carriage return, or with spaces and then one of the first four.
  static func startsFormula(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first else { return false }
    if first == "\t" || first == "\r" { return true }
    let visible = value.unicodeScalars.first { $0 != " " && $0 != "\u{A0}" }
    return visible.map { "=+-@".unicodeScalars.contains($0) } ?? false
  }

  private static func encode(_ cell: Cell) -> String {
    switch cell {
    case .text(let value): return field(value)
    case .number(let value): return value
    case .empty: return ""
    }
  }
}

extension String {
  /// Doubles every `"` (RFC 4180).
  fileprivate func replacingQuotes() -> String {
    guard utf8.contains(0x22) else { return self }
    var result = ""
    for character in self {
      if character == "\"" { result.append("\"") }
      result.append(character)
    }
    return result
  }
}
