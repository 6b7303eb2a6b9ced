import Foundation
import FoundationXML
import LatihTestSupport

/// An xlsx file read back for checks: the ZIP checked by ``ZipReader``, every XML part
/// parsed by Foundation's `XMLParser` (which fails on anything not well-formed), the
/// shared strings and each sheet's cells.
struct XLSXDocument {
  /// One `<c>` as written.
  struct Cell: Equatable {
    var reference: String
    /// The `t` attribute (`s` shared string, `b` boolean; nil for a number).
    var type: String?
    /// The `s` attribute (style index); 0 when absent.
    var style: Int
    /// The `<v>` text.
    var value: String?
    /// Whether the cell has an `<f>` (a formula).
    var formula: Bool
  }

  struct Sheet {
    var name: String
    var cells: [Cell]
    /// The elements seen, in document order (names only).
    var elements: [String]
    var attributes: [String: [[String: String]]]
  }

  let zip: ZipReader
  let strings: [String]
  let sheets: [Sheet]
  /// Every part's elements and attributes, by part name.
  let parts: [String: XMLRecorder]

  init(_ bytes: [UInt8]) throws {
    zip = try ZipReader(bytes)
    var parts: [String: XMLRecorder] = [:]
    for entry in zip.entries {
      let recorder = XMLRecorder()
      let parser = XMLParser(data: Data(entry.data))
      parser.delegate = recorder
      guard parser.parse() else {
        throw ZipReader.Failure.malformed(
          "\(entry.name) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
      }
      parts[entry.name] = recorder
    }
    self.parts = parts
    strings = parts["xl/sharedStrings.xml"]?.sharedStrings ?? []
    let workbook = parts["xl/workbook.xml"]?.attributes["sheet"] ?? []
    sheets = workbook.enumerated().map { index, sheet in
      let recorder = parts["xl/worksheets/sheet\(index + 1).xml"]
      return Sheet(
        name: sheet["name"] ?? "", cells: recorder?.cells ?? [],
        elements: recorder?.elements ?? [], attributes: recorder?.attributes ?? [:])
    }
  }

  func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

  /// The text a cell shows without formatting: a shared string's text, or the value.
  func text(_ cell: Cell?) -> String? {
    guard let cell, let value = cell.value else { return nil }
    return cell.type == "s"
      ? Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } : value
  }
}

extension XLSXDocument.Sheet {
  func cell(_ reference: String) -> XLSXDocument.Cell? {
    cells.first { $0.reference == reference }
  }

  /// The row (1-based) whose column A holds `text` in the document's shared strings.
  func row(where text: String, in document: XLSXDocument) -> Int? {
    cells.first { $0.reference.hasPrefix("A") && document.text($0) == text }
      .flatMap { Int($0.reference.dropFirst()) }
  }
}

/// Records what `XMLParser` reports: element names, attributes, cells and shared strings.
final class XMLRecorder: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var attributes: [String: [[String: String]]] = [:]
  var cells: [XLSXDocument.Cell] = []
  var sharedStrings: [String] = []
  private var text = ""
  private var cell: XLSXDocument.Cell?
  private var inString = false

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append(name)
    self.attributes[name, default: []].append(attributes)
    text = ""
    switch name {
    case "c":
      cell = XLSXDocument.Cell(
        reference: attributes["r"] ?? "", type: attributes["t"],
        style: Int(attributes["s"] ?? "0") ?? -1, value: nil, formula: false)
    case "f": cell?.formula = true
    case "si":
      inString = true
      sharedStrings.append("")
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch name {
    case "v": cell?.value = text
    case "c":
      if let cell { cells.append(cell) }
      cell = nil
    case "t" where inString: sharedStrings[sharedStrings.count - 1] += text
    case "si": inString = false
    default: break
    }
    text = ""
  }
}
