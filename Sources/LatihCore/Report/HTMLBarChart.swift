/// An inline SVG chart of horizontal bars (0–100 %), each with its label above and its
/// numbers (`18/20 (90%)`) printed next to it, for the HTML report. Text is escaped;
/// no external fonts or resources.
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
  private static let barWidth = 220
  private static let rowHeight = 22
  private static let labelLimit = 62

  /// The `<svg>` element.
  func render() -> String {
    let height = max(1, bars.count) * Self.rowHeight + 4
    var svg =
      "<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(height)\" role=\"img\""
      + " aria-label=\"\(HTMLReportRenderer.escape(title))\">"
    svg += "<title>\(HTMLReportRenderer.escape(title))</title>"
    for (index, bar) in bars.enumerated() {
      let top = index * Self.rowHeight
      let filled = (bar.ratio.percent ?? 0) * Self.barWidth / 100
      svg +=
        "<text x=\"0\" y=\"\(top + 9)\">\(HTMLReportRenderer.escape(Self.shorten(bar.label)))</text>"
      svg +=
        "<rect class=\"track\" x=\"0\" y=\"\(top + 12)\" width=\"\(Self.barWidth)\" height=\"8\"/>"
      svg += "<rect class=\"bar\" x=\"0\" y=\"\(top + 12)\" width=\"\(filled)\" height=\"8\"/>"
      svg +=
        "<text class=\"value\" x=\"\(Self.barWidth + 4)\" y=\"\(top + 19)\">"
        + HTMLReportRenderer.escape(bar.caption) + "</text>"
    }
    return svg + "</svg>"
  }

  /// A label cut to fit the chart's width, with `…` when cut.
  static func shorten(_ label: String) -> String {
    guard label.count > labelLimit else { return label }
    return String(label.prefix(labelLimit - 1)) + "…"
  }
}
