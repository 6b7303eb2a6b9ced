import Foundation

/// A strict RFC 4180 reader for checking the report's CSV: quoted fields, doubled
/// quotes, CRLF records. Returns nil on anything malformed (a bare CR or LF, a quote in
/// an unquoted field, an unterminated quote).
package enum CSVParser {
  package static func parse(_ text: String) -> [[String]]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false
    var fieldStarted = false
    var afterQuote = false
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard !fieldStarted else { return nil }
        quoted = true
        fieldStarted = true
      case ",":
        row.append(field)
        field = ""
        fieldStarted = false
        afterQuote = false
      case "\r":
        guard scalars.popFirst() == "\n" else { return nil }
        row.append(field)
        rows.append(row)
        row = []
        field = ""
        fieldStarted = false
        afterQuote = false
      case "\n":
        return nil
      default:
        guard !afterQuote else { return nil }
        field.unicodeScalars.append(scalar)
        fieldStarted = true
      }
    }
    guard !quoted, row.isEmpty, field.isEmpty else { return nil }
    return rows
  }

  /// What `python3`'s `csv` module made of a text.
  package enum PythonResult: Equatable {
    case rows([[String]])
    /// python3 ran but failed (its standard error).
    case failed(String)
    /// No `python3` on this machine.
    case missing
  }

  /// Parses with Python's `csv` module.
  package static func parseWithPython(_ text: String) -> PythonResult {
    let candidates =
      ["/usr/bin/python3", "/usr/local/bin/python3"]
      + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
      .map { "\($0)/python3" }
    guard let python = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else { return .missing }
    let script = """
      import csv, io, json, sys
      data = sys.stdin.buffer.read().decode('utf-8-sig')
      rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
      sys.stdout.write(json.dumps(rows))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script]
    let input = Pipe()
    let output = Pipe()
    // Standard error goes to a file, read after the exit, so neither stream can fill
    // up and hang python3 while the other is read.
    let errorsFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("latih-python-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: errorsFile.path, contents: nil),
      let errors = FileHandle(forWritingAtPath: errorsFile.path)
    else { return .failed("cannot create \(errorsFile.path)") }
    defer {
      try? errors.close()
      try? FileManager.default.removeItem(at: errorsFile)
    }
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do { try process.run() } catch { return .failed("\(error)") }
    input.fileHandleForWriting.write(Data(text.utf8))
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let message = String(decoding: (try? Data(contentsOf: errorsFile)) ?? Data(), as: UTF8.self)
    guard process.terminationStatus == 0,
      let rows = (try? JSONSerialization.jsonObject(with: data)) as? [[String]]
    else { return .failed("status \(process.terminationStatus): \(message)") }
    return .rows(rows)
  }
}
