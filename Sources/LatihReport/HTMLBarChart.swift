import LatihBase

/// An inline SVG chart of horizontal bars (0–100 %), each with its label above and its
/// numbers (`18/20 (90%)`) printed next to it, for the HTML report. Drawn at its own
/// size in CSS pixels (``width`` wide, never scaled), so its text is 11 px on screen and
/// on paper. Styling is given as SVG attributes (not only CSS) so every renderer, browser
/// or PDF converter, draws it the same; text is escaped; no external fonts or resources.
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

  /// The chart's width in CSS pixels: two fit side by side on an A4 page.
  static let width = 340
  private static let barWidth = 250
  private static let rowHeight = 25
  private static let labelLimit = 54
  /// The attributes of every text of the report's charts: 11 px.
  static let text = "font-family=\"sans-serif\" font-size=\"11\" fill=\"#111\""

  /// The `<svg>` element.
  func render() -> String {
    let height = max(1, bars.count) * Self.rowHeight + 2
    let title = HTML.escape(self.title)
    var svg = Self.open(height: height, title: title)
    for (index, bar) in bars.enumerated() {
      let top = index * Self.rowHeight
      let filled = (bar.ratio.percent ?? 0) * Self.barWidth / 100
      let label = HTML.escape(Self.shorten(bar.label))
      svg += "<text x=\"0\" y=\"\(top + 11)\" \(Self.text)>\(label)</text>"
      svg += Self.rect(x: 0, y: top + 14, width: Self.barWidth, height: 9, fill: "#e3e3e3")
      svg += Self.rect(x: 0, y: top + 14, width: filled, height: 9, fill: "#2e7d32")
      svg +=
        "<text x=\"\(Self.barWidth + 4)\" y=\"\(top + 22)\" \(Self.text)>"
        + HTML.escape(bar.caption) + "</text>"
    }
    return svg + "</svg>"
  }

  /// The opening `<svg>` tag and title of a chart `height` pixels high (`title` escaped).
  static func open(height: Int, title: String) -> String {
    "<svg class=\"chart\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) "
      + "\(height)\" role=\"img\" aria-label=\"\(title)\"><title>\(title)</title>"
  }

  static func rect(x: Int, y: Int, width: Int, height: Int, fill: String) -> String {
    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(fill)\"/>"
  }

  /// A label cut to fit the chart's width, with `…` when cut.
  static func shorten(_ label: String, limit: Int = labelLimit) -> String {
    guard label.count > limit else { return label }
    return String(label.prefix(limit - 1)) + "…"
  }
}
