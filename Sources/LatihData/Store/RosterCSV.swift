/// Reads a roster exported from a spreadsheet: title rows, a header row, then one
/// participant per row. The encoding is decided by ``RosterText``; cells are separated by
/// tabs, semicolons (Excel with Indonesian settings) or commas, chosen as the separator
/// that finds a header with a name column and the most columns (a one-column roster is
/// never split, so `Hj. Aminah, S.Pd` stays whole); RFC 4180 quotes. Rows above the
/// header are skipped and named; bad rows are reported by line and the good rows kept.
package enum RosterCSV {
  /// The largest roster file accepted, in bytes.
  package static let maximumBytes = 1024 * 1024
  /// The most data rows read.
  package static let maximumRows = 5000
  /// The longest cell kept, in characters.
  package static let maximumCell = 200

  /// One participant row.
  package struct Row: Hashable, Sendable {
    /// 1-based line where the row starts.
    package var line: Int
    package var name: String
    package var group: String?
    package var code: String?
    package var phone: String?
    /// Position on the paper roster: the `No` column when every row has a distinct one,
    /// else the row's place among the rows read (1-based).
    package var number: Int? = nil
  }

  /// A row that was not taken.
  package struct Problem: Hashable, Sendable {
    package var line: Int
    package var problem: FacilitatorText.CSVProblem
  }

  /// What a roster file holds.
  package struct Contents: Sendable {
    package var rows: [Row]
    package var problems: [Problem]
    /// The encoding it was read in (anything but UTF-8 was transcoded).
    package var encoding: RosterText.Encoding
    /// Lines above the header that were skipped (non-empty ones).
    package var titleLines: [Int]
  }

  /// Why nothing in a file can be read.
  package enum Failure: Error, Hashable, Sendable {
    /// The bytes are in no encoding Latih can tell apart.
    case undecodable(RosterText.Failure)
    /// No row names a name column; `line` and `cells` are the first non-empty row found
    /// (nil for an empty file).
    case noNameColumn(line: Int?, cells: [String])
  }

  /// The rows and problems of `bytes`, or why none can be read.
  package static func parse(_ bytes: [UInt8]) -> Result<Contents, Failure> {
    let text: String
    let encoding: RosterText.Encoding
    switch RosterText.decode(bytes) {
    case .success(let decoded): (text, encoding) = decoded
    case .failure(let failure): return .failure(.undecodable(failure))
    }
    var best: (records: [Record], unclosedAt: Int?, header: Int, width: Int)?
    for separator: Character in ["\t", ";", ","] {
      let (records, unclosedAt) = records(in: text, separator: separator)
      guard
        let header = records.firstIndex(where: {
          RosterHeader.columns($0.cells).contains(.name)
        })
      else { continue }
      let width = records[header].cells.filter { !$0.trimmingCharacters().isEmpty }.count
      if width > best?.width ?? 0 { best = (records, unclosedAt, header, width) }
    }
    guard let best else {
      let (records, _) = records(in: text, separator: separator(ofFirstLine: text))
      let first = records.first { !$0.cells.allSatisfy { $0.trimmingCharacters().isEmpty } }
      return .failure(
        .noNameColumn(line: first?.line, cells: first?.cells.map { NameKey.clean($0) } ?? []))
    }
    let records = best.records
    let header = records[best.header]
    let titleLines = records[..<best.header].filter {
      !$0.cells.allSatisfy { $0.trimmingCharacters().isEmpty }
    }.map(\.line)
    var (rows, problems) = rows(records[(best.header + 1)...], header: header)
    if let unclosedAt = best.unclosedAt {
      problems.append(Problem(line: unclosedAt, problem: .unclosedQuote))
    }
    return .success(
      Contents(rows: rows, problems: problems, encoding: encoding, titleLines: titleLines))
  }

  /// The participant rows under `header`, numbered.
  private static func rows(_ records: ArraySlice<Record>, header: Record)
    -> (rows: [Row], problems: [Problem])
  {
    let columns = RosterHeader.columns(header.cells)
    var rows: [Row] = []
    var problems: [Problem] = []
    var numbers: [Int?] = []
    for record in records {
      if record.cells.allSatisfy({ $0.trimmingCharacters().isEmpty }) { continue }
      if rows.count + problems.count >= maximumRows {
        problems.append(Problem(line: record.line, problem: .tooManyRows(limit: maximumRows)))
        break
      }
      func cell(_ kind: RosterHeader.Column) -> String? {
        guard let index = columns.firstIndex(of: kind), index < record.cells.count else {
          return nil
        }
        let value = NameKey.clean(record.cells[index])
        return value.isEmpty ? nil : value
      }
      if let long = record.cells.indices.first(where: { record.cells[$0].count > maximumCell }) {
        let label = long < header.cells.count ? NameKey.clean(header.cells[long]) : "\(long + 1)"
        problems.append(Problem(line: record.line, problem: .tooLong(column: label)))
        continue
      }
      guard let name = cell(.name) else {
        // A template's numbered empty row (`25;;;`) is skipped and named, not an error.
        let numberOnly = record.cells.indices.allSatisfy { index in
          record.cells[index].trimmingCharacters().isEmpty
            || (index < columns.count && columns[index] == .number)
        }
        problems.append(Problem(line: record.line, problem: numberOnly ? .numberOnly : .noName))
        continue
      }
      rows.append(
        Row(
          line: record.line, name: name, group: cell(.group), code: cell(.code), phone: cell(.phone)
        ))
      numbers.append(cell(.number).flatMap(rosterNumber))
    }
    let given = numbers.compactMap { $0 }
    let useGiven = given.count == rows.count && Set(given).count == given.count
    for index in rows.indices { rows[index].number = useGiven ? given[index] : index + 1 }
    return (rows, problems)
  }

  /// A `No` cell as a roster number (`12` or `12.`), within the range journals accept.
  static func rosterNumber(_ cell: String) -> Int? {
    let digits = cell.hasSuffix(".") ? String(cell.dropLast()) : cell
    guard let value = Int(digits), (1...EventRules.maximumRosterNumber).contains(value) else {
      return nil
    }
    return value
  }

  /// The separator the first non-blank line uses most (for showing a header that was not
  /// found).
  private static func separator(ofFirstLine text: String) -> Character {
    let line =
      text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
      .first { !$0.allSatisfy(\.isWhitespace) } ?? ""
    let counts: [(Character, Int)] = ["\t", ";", ","].map { separator in
      (separator, line.filter { $0 == separator }.count)
    }
    return counts.max { $0.1 < $1.1 }?.0 ?? ","
  }

  /// A record: its cells and the line it starts on.
  struct Record {
    var line: Int
    var cells: [String]
  }

  /// Splits text into records (RFC 4180: quotes, doubled quotes, line breaks in quotes).
  /// Returns the line of an unclosed quote, if any (its record is dropped).
  static func records(in text: String, separator: Character) -> ([Record], Int?) {
    var records: [Record] = []
    var cells: [String] = []
    var cell = ""
    var inQuotes = false
    var line = 1
    var recordLine = 1
    var iterator = text.makeIterator()
    var pending: Character? = nil
    func next() -> Character? {
      if let character = pending {
        pending = nil
        return character
      }
      return iterator.next()
    }
    while let character = next() {
      if inQuotes {
        if character == "\"" {
          if let following = next() {
            if following == "\"" {
              cell.append("\"")
            } else {
              inQuotes = false
              pending = following
            }
          } else {
            inQuotes = false
          }
        } else {
          if character == "\n" || character == "\r\n" { line += 1 }
          cell.append(character)
        }
        continue
      }
      switch character {
      case "\"" where cell.isEmpty:
        inQuotes = true
      case separator:
        cells.append(cell)
        cell = ""
      case "\n", "\r\n", "\r":
        cells.append(cell)
        records.append(Record(line: recordLine, cells: cells))
        cells = []
        cell = ""
        line += 1
        recordLine = line
      default:
        cell.append(character)
      }
    }
    if inQuotes { return (records, recordLine) }
    if !cell.isEmpty || !cells.isEmpty {
      cells.append(cell)
      records.append(Record(line: recordLine, cells: cells))
    }
    return (records, nil)
  }
}
