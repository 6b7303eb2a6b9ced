import LatihBase

/// A course file's text, split into lines after checking the bytes.
///
/// Checks, in order: the documented size limit (before decoding anything), UTF-8
/// validity, control characters and line length. Every problem is reported with its
/// line and column; decoding goes on so later problems are reported too.
package struct SourceText: Sendable {
  /// One line, without its line ending.
  package struct Line: Sendable {
    /// 1-based line number.
    package let number: Int
    package let text: String
    /// What the line is, judged once (the parser asks three or four times a line).
    let kind: LineKind

    package init(number: Int, text: String) {
      self.number = number
      self.text = text
      kind = LineKind.classify(text)
    }
  }

  /// The largest course file accepted, in bytes.
  package static let maximumFileBytes = 256 * 1024
  /// The longest line accepted, in characters (Unicode scalars).
  package static let maximumLineCharacters = 2000

  package let path: String
  package let lines: [Line]

  /// The location of `column` on `line`.
  package func location(_ line: Int, _ column: Int = 1) -> SourceLocation {
    SourceLocation(path: path, line: line, column: column)
  }

  /// Decodes and checks `bytes`; nil (with an error) when the file is over the size limit.
  package static func decode(_ bytes: [UInt8], path: String, into sink: inout DiagnosticSink)
    -> SourceText?
  {
    if bytes.count > maximumFileBytes {
      sink.error(
        SourceLocation(path: path, line: 1),
        .fileTooLarge(limit: maximumFileBytes, size: bytes.count))
      return nil
    }
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    var lines: [Line] = []
    var number = 1
    var lineStart = start
    // Lines end in LF, CRLF or a lone CR (old Mac editors): all three are read alike.
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D {
        lineEnd += 1
      }
      if lineEnd == bytes.count && lineStart == bytes.count && !lines.isEmpty { break }
      let text = decodeLine(
        bytes[lineStart..<lineEnd], location: SourceLocation(path: path, line: number),
        into: &sink)
      lines.append(Line(number: number, text: text))
      number += 1
      let crlf = lineEnd + 1 < bytes.count && bytes[lineEnd] == 0x0D && bytes[lineEnd + 1] == 0x0A
      lineStart = lineEnd + (crlf ? 2 : 1)
    }
    return SourceText(path: path, lines: lines)
  }

  /// Decodes one line, reporting the first invalid UTF-8 sequence, each control character
  /// (up to a few per line) and an over-long line.
  private static func decodeLine(
    _ bytes: ArraySlice<UInt8>, location: SourceLocation, into sink: inout DiagnosticSink
  ) -> String {
    if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || $0 == 0x09 }) {
      let text = String(decoding: bytes, as: UTF8.self)
      if bytes.count > maximumLineCharacters {
        sink.error(location, .lineTooLong(limit: maximumLineCharacters, length: bytes.count))
      }
      return text
    }
    var scalars = String.UnicodeScalarView()
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var column = 1
    var reportedInvalid = false
    var controlReports = 0
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar != "\t" && TerminalSanitizer.isUnsafe(scalar) {
          if controlReports < 3 {
            var here = location
            here.column = column
            sink.error(here, .controlCharacter(scalar.value))
          }
          controlReports += 1
          scalars.append(TerminalSanitizer.replacement)
        } else {
          scalars.append(scalar)
        }
      case .emptyInput:
        break decoding
      case .error:
        if !reportedInvalid {
          var here = location
          here.column = column
          sink.error(here, .invalidUTF8)
          reportedInvalid = true
        }
        scalars.append(TerminalSanitizer.replacement)
      }
      column += 1
    }
    if scalars.count > maximumLineCharacters {
      sink.error(location, .lineTooLong(limit: maximumLineCharacters, length: scalars.count))
    }
    return String(scalars)
  }
}

extension StringProtocol {
  /// The 1-based column (in Unicode scalars) of `index` within this line.
  func column(of index: Index) -> Int {
    unicodeScalars.distance(from: unicodeScalars.startIndex, to: index) + 1
  }
}
