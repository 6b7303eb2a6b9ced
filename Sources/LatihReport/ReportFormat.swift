import LatihBase

/// The formats `latih report --format` writes.
package enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case md
  case csv
  case html
  case json

  /// The report in this format; `style` colours headings of the text format only.
  package func render(_ model: ReportModel, style: TextStyle = .plain) -> String {
    switch self {
    case .text: return TextReportRenderer(model: model, style: style).render()
    case .md: return MarkdownReportRenderer(model: model).render()
    case .csv: return CSVReportRenderer(model: model).render()
    case .html: return HTMLReportRenderer(model: model).render()
    case .json: return JSONReportRenderer(model: model).render()
    }
  }
}
