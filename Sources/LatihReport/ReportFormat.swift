import LatihBase

/// The formats `latih report --format` writes.
package enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case md
  case csv
  case html
  case json
  case xlsx

  /// The formats that are text (everything but the xlsx workbook).
  package static let textFormats = allCases.filter { !$0.isBinary }

  /// Whether the format is a binary file (xlsx), written only with `--out`.
  package var isBinary: Bool { self == .xlsx }

  /// The report in this format; `style` colours headings of the text format only. For
  /// xlsx, a readable listing of the workbook: each part's name, then its XML (the file
  /// itself is ``bytes(_:)``).
  package func render(_ model: ReportModel, style: TextStyle = .plain) -> String {
    switch self {
    case .text: return TextReportRenderer(model: model, style: style).render()
    case .md: return MarkdownReportRenderer(model: model).render()
    case .csv: return CSVReportRenderer(model: model).render()
    case .html: return HTMLReportRenderer(model: model).render()
    case .json: return JSONReportRenderer(model: model).render()
    case .xlsx:
      return XLSXReportRenderer(model: model).workbook().parts()
        .map { "== \($0.name)\n\($0.xml)\n" }.joined()
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
    case .xlsx: return ["xlsx"]
    }
  }

  /// The format `--out path` asks for by its extension (case-insensitive), if any.
  package static func inferred(from path: String) -> ReportFormat? {
    let name = PathName.lastComponent(of: path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    let suffix = name[name.index(after: dot)...].lowercased()
    return allCases.first { $0.fileExtensions.contains(suffix) }
  }

  /// The report as the bytes of its file (UTF-8 text, or the xlsx workbook).
  package func bytes(_ model: ReportModel) -> [UInt8] {
    self == .xlsx ? XLSXReportRenderer(model: model).render() : Array(render(model).utf8)
  }
}
