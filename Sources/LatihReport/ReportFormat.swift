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

  /// The file name extensions (lowercase, without the dot) that mean this format for
  /// `--out`, the usual one first.
  package var fileExtensions: [String] {
    switch self {
    case .text: return ["txt"]
    case .md: return ["md"]
    case .csv: return ["csv"]
    case .html: return ["html", "htm"]
    case .json: return ["json"]
    }
  }

  /// The format `--out path` asks for by its extension (case-insensitive), if any.
  package static func inferred(from path: String) -> ReportFormat? {
    let name = PathName.lastComponent(of: path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    let suffix = name[name.index(after: dot)...].lowercased()
    return allCases.first { $0.fileExtensions.contains(suffix) }
  }
}
