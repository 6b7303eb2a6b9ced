import LatihBase

/// The comparison chart of `report --by`: for each session or group, one bar per
/// indicator (0–100 %), coloured by indicator with a legend, at the same 11 px text and
/// fixed size as ``HTMLBarChart``.
struct HTMLGroupedBarChart {
  /// One session or group.
  struct Group {
    var label: String
    /// One ratio per series, in series order.
    var ratios: [ReportRatio]
  }

  var title: String
  /// The series' short names in the legend (`I1`, `I2`, …).
  var series: [String]
  var groups: [Group]

  /// Colours of the series, in order (repeated past the end).
  static let colors = ["#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457"]
  private static let barWidth = 270
  private static let barHeight = 10
  private static let barGap = 3
  private static let labelHeight = 15
  private static let legendHeight = 18

  /// The `<svg>` element.
  func render() -> String {
    let groupHeight =
      Self.labelHeight + series.count * (Self.barHeight + Self.barGap) + Self.barGap
    let height = Self.legendHeight + max(1, groups.count) * groupHeight
    var svg = HTMLBarChart.open(height: height, title: HTML.escape(title))
    for (index, name) in series.enumerated() {
      let x = index * 60
      svg += HTMLBarChart.rect(x: x, y: 3, width: 10, height: 10, fill: Self.color(index))
      svg += "<text x=\"\(x + 14)\" y=\"12\" \(HTMLBarChart.text)>" + HTML.escape(name)
      svg += "</text>"
    }
    for (number, group) in groups.enumerated() {
      let top = Self.legendHeight + number * groupHeight
      svg += "<text x=\"0\" y=\"\(top + 11)\" \(HTMLBarChart.text)>"
      svg += HTML.escape(HTMLBarChart.shorten(group.label)) + "</text>"
      for (index, ratio) in group.ratios.enumerated() {
        let y = top + Self.labelHeight + index * (Self.barHeight + Self.barGap)
        let filled = (ratio.percent ?? 0) * Self.barWidth / 100
        svg += HTMLBarChart.rect(
          x: 0, y: y, width: Self.barWidth, height: Self.barHeight, fill: "#ececec")
        svg += HTMLBarChart.rect(
          x: 0, y: y, width: filled, height: Self.barHeight, fill: Self.color(index))
        let caption = ratio.percent.map { "\($0)%" } ?? ReportWording.none
        svg += "<text x=\"\(Self.barWidth + 4)\" y=\"\(y + 9)\" \(HTMLBarChart.text)>"
        svg += caption + "</text>"
      }
    }
    return svg + "</svg>"
  }

  static func color(_ index: Int) -> String { colors[index % colors.count] }
}
