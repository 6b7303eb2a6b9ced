import LatihBase

/// One cell of a worksheet: its value and how it is shown.
///
/// Numbers are written as exact decimal text (no binary floating point on the way), so a
/// cell holds the very figure the report states: a whole percentage `45` is the number
/// `0.45` shown with the format `0%`, a mean `72.5` is `72.5` shown with `0.0`.
package enum XLSXCell: Hashable, Sendable {
  /// No cell (a value that does not exist).
  case empty
  /// Text, as a shared string; never a formula, whatever it starts with.
  case text(String)
  /// A column title: bold text.
  case header(String)
  case integer(Int)
  /// A fixed-point number: `scaled` divided by 10^`decimals` (1 or 2 decimals).
  case decimal(Int, decimals: Int)
  /// A whole percentage (`45` for 45 %), stored as the fraction `0.45`.
  case percent(Int)
  case boolean(Bool)

  /// `.text`, or `.empty` when there is no text.
  package static func text(_ value: String?) -> XLSXCell { value.map { .text($0) } ?? .empty }
  /// `.integer`, or `.empty` when there is no number.
  package static func integer(_ value: Int?) -> XLSXCell { value.map { .integer($0) } ?? .empty }
  /// `.percent`, or `.empty` when there is no percentage.
  package static func percent(_ value: Int?) -> XLSXCell { value.map { .percent($0) } ?? .empty }
  /// `.decimal`, or `.empty` when there is no number.
  package static func decimal(_ scaled: Int?, decimals: Int) -> XLSXCell {
    scaled.map { .decimal($0, decimals: decimals) } ?? .empty
  }

  /// The `<v>` text of a number cell; nil for text, booleans and empty cells.
  package var numberText: String? {
    switch self {
    case .integer(let value): return String(value)
    case .decimal(let scaled, let decimals): return ReportDecimal.format(scaled, decimals: decimals)
    case .percent(let value): return ReportDecimal.format(value, decimals: 2)
    case .empty, .text, .header, .boolean: return nil
    }
  }

  /// The style the cell is shown with.
  package var style: XLSXStyle {
    switch self {
    case .empty, .integer, .boolean: return .normal
    case .header: return .header
    case .text(let value): return XLSXStyle.looksLikeFormula(value) ? .literalText : .normal
    case .percent: return .percent
    case .decimal(_, let decimals): return decimals == 1 ? .oneDecimal : .twoDecimals
    }
  }

  /// About how many characters wide the cell shows (for column widths).
  package var displayWidth: Int {
    switch self {
    case .empty: return 0
    case .text(let value), .header(let value):
      let longest = value.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
      return self == .header(value) ? longest + 2 : longest
    case .boolean(let value): return value ? 4 : 5
    case .percent(let value): return String(value).count + 1
    case .integer, .decimal: return numberText?.count ?? 0
    }
  }
}
