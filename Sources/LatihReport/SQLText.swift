import LatihBase

/// Values as SQL and CSV text for programme exports.
///
/// SQL strings are standard literals (`'…'`, a quote doubled), correct with
/// `standard_conforming_strings` on (the default since PostgreSQL 9.1, and set by the
/// file): a backslash is an ordinary character and needs no escape. NUL, which no SQL
/// text can hold, is dropped (journals never hold it: names and answers are cleaned).
enum SQLText {
  /// `value` as an SQL literal.
  static func literal(_ value: ProgrammeValue) -> String {
    switch value {
    case .text(let text), .json(let text): return quoted(text)
    case .integer(let number): return String(number)
    case .bool(let flag): return flag ? "TRUE" : "FALSE"
    case .time(let millis): return quoted(Timestamp.format(millis))
    case .null: return "NULL"
    }
  }

  /// `text` as a standard SQL string literal.
  static func quoted(_ text: String) -> String {
    var result = "'"
    for scalar in text.unicodeScalars where scalar != "\u{0}" {
      if scalar == "'" { result.unicodeScalars.append("'") }
      result.unicodeScalars.append(scalar)
    }
    return result + "'"
  }

  /// `value` as a CSV field (RFC 4180): text always quoted (so an empty text differs
  /// from a missing value, an empty field), a quote doubled; numbers and booleans bare.
  /// Text a spreadsheet could read as a formula gets a leading `'`, as in report CSVs.
  static func csvField(_ value: ProgrammeValue) -> String {
    switch value {
    case .text(let text):
      let safe = startsFormula(text) ? "'" + text : text
      return quotedCSV(safe)
    case .json(let text): return quotedCSV(text)
    case .integer(let number): return String(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .time(let millis): return Timestamp.format(millis)
    case .null: return ""
    }
  }

  private static func quotedCSV(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars where scalar != "\u{0}" {
      if scalar == "\"" { result.unicodeScalars.append("\"") }
      result.unicodeScalars.append(scalar)
    }
    return result + "\""
  }

  /// Whether a spreadsheet could read `text` as a formula: it starts with `=`, `+`, `-`,
  /// `@`, a tab or a carriage return (after spaces, for the first four).
  static func startsFormula(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if first == "\t" || first == "\r" { return true }
    let visible = text.unicodeScalars.first { $0 != " " && $0 != "\u{A0}" }
    return visible.map { "=+-@".unicodeScalars.contains($0) } ?? false
  }
}
