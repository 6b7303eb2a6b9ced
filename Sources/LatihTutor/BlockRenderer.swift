import LatihBase
import LatihCourse

/// Renders lesson content (rich text and blocks) as terminal lines for a width.
///
/// All lesson text is sanitised here, on its way to the terminal.
package struct BlockRenderer: Sendable {
  package var width: Int
  package var style: TextStyle

  package init(width: Int, style: TextStyle) {
    self.width = max(width, 20)
    self.style = style
  }

  /// Inline text as one string, styled.
  package func inline(_ text: RichText) -> String {
    var result = ""
    for span in text.spans {
      let clean = TerminalSanitizer.cleanLine(span.text)
      switch span.style {
      case .plain, .emphasis, .code: result += clean
      case .strong: result += style.bold(clean)
      case .link(let url):
        let cleanURL = TerminalSanitizer.cleanLine(url)
        result += clean == cleanURL ? style.cyan(clean) : clean + " (" + style.cyan(cleanURL) + ")"
      }
    }
    return result
  }

  /// Wrapped lines of `text` with a first-line and continuation prefix.
  package func wrap(_ text: RichText, first: String = "", rest: String = "") -> [String] {
    TextWrapper.wrap(inline(text), width: width, firstPrefix: first, restPrefix: rest)
  }

  /// Lines for `blocks`, with a blank line between blocks.
  package func render(_ blocks: [Block]) -> [String] {
    var lines: [String] = []
    for block in blocks {
      if !lines.isEmpty { lines.append("") }
      lines.append(contentsOf: render(block))
    }
    return lines
  }

  package func render(_ block: Block) -> [String] {
    switch block {
    case .paragraph(let text):
      return wrap(text)
    case .subheading(let text):
      return TextWrapper.wrap(style.bold(inline(text)), width: width)
    case .note(let text):
      return wrap(text, first: "│ ", rest: "│ ")
    case .list(let list):
      var lines: [String] = []
      for (index, item) in list.items.enumerated() {
        let marker = list.ordered ? "\(index + 1). " : "• "
        lines.append(
          contentsOf: wrap(
            item.text, first: marker, rest: String(repeating: " ", count: marker.count)))
        for child in item.children {
          lines.append(contentsOf: wrap(child, first: "   – ", rest: "     "))
        }
      }
      return lines
    case .table(let table):
      return render(table)
    case .preformatted(let lines):
      return lines.flatMap { line in
        TextWrapper.wrap(
          TerminalSanitizer.cleanLine(line), width: width, firstPrefix: "  ", restPrefix: "  ")
      }
    case .rule:
      return [String(repeating: "─", count: min(width, 40))]
    }
  }

  /// A table as aligned columns when it fits, else one block of `header: value` lines
  /// per row (readable at 40 columns).
  func render(_ table: TableBlock) -> [String] {
    let header = table.header.map(inline)
    let rows = table.rows.map { $0.map(inline) }
    var widths = header.map { DisplayWidth.of($0) }
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    let total = widths.reduce(0, +) + max(0, widths.count - 1) * 3
    if total <= width {
      func line(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
          index == cells.count - 1 ? cell : cell.rightPadded(to: widths[index])
        }.joined(separator: " │ ")
      }
      var lines = [style.bold(line(header))]
      lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"))
      lines.append(contentsOf: rows.map(line))
      return lines
    }
    var lines: [String] = []
    for row in rows {
      if !lines.isEmpty { lines.append("") }
      for (index, cell) in row.enumerated() {
        let label = index < header.count ? header[index] : ""
        lines.append(
          contentsOf: TextWrapper.wrap(
            style.bold(label + ":") + " " + cell, width: width, firstPrefix: "", restPrefix: "  "))
      }
    }
    return lines
  }

  /// A progress bar `[█████░░░░░]` of `cells` cells for `fraction` (0…1).
  package static func bar(_ fraction: Double, cells: Int) -> String {
    let filled = Int((max(0, min(1, fraction)) * Double(cells)).rounded())
    return "[" + String(repeating: "█", count: filled)
      + String(repeating: "░", count: cells - filled) + "]"
  }
}
