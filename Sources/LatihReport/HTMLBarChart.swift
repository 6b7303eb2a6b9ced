import LatihBase

/// An inline SVG chart of horizontal bars (0–100 %), each with its label above and its
/// numbers (`18/20 (90%)`) printed next to it, for the HTML report. Styling is given as
/// SVG attributes (not only CSS) so every renderer, browser or PDF converter, draws it
/// the same; text is escaped; no external fonts or resources.
struct HTMLBarChart {
  /// One bar.
  struct Bar {
    var label: String
    var ratio: ReportRatio
    /// The numbers printed next to the bar.
    var caption: String
  }

  var title: String
  var bars: [Bar]

  private static let width = 320
  private static let barWidth = 230
  private static let rowHeight = 15
  private static let labelLimit = 62
  private static let text = "font-family=\"sans-serif\" font-size=\"7.5\" fill=\"#111\""

  /// The `<svg>` element.
  func render() -> String {
    let height = max(1, bars.count) * Self.rowHeight + 2
    let title = HTML.escape(self.title)
    var svg =
      "<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(height)\" role=\"img\""
      + " aria-label=\"\(title)\"><title>\(title)</title>"
    for (index, bar) in bars.enumerated() {
      let top = index * Self.rowHeight
      let filled = (bar.ratio.percent ?? 0) * Self.barWidth / 100
      let label = HTML.escape(Self.shorten(bar.label))
      svg += "<text x=\"0\" y=\"\(top + 6)\" \(Self.text)>\(label)</text>"
      svg += rect(y: top + 8, width: Self.barWidth, fill: "#e3e3e3")
      svg += rect(y: top + 8, width: filled, fill: "#2e7d32")
      svg +=
        "<text x=\"\(Self.barWidth + 4)\" y=\"\(top + 13)\" \(Self.text)>"
        + HTML.escape(bar.caption) + "</text>"
    }
    return svg + "</svg>"
  }

  private func rect(y: Int, width: Int, fill: String) -> String {
    "<rect x=\"0\" y=\"\(y)\" width=\"\(width)\" height=\"6\" fill=\"\(fill)\"/>"
  }

  /// A label cut to fit the chart's width, with `…` when cut.
  static func shorten(_ label: String) -> String {
    guard label.count > labelLimit else { return label }
    return String(label.prefix(labelLimit - 1)) + "…"
  }
}
