/// Reads a roster exported from a spreadsheet: a header row, then one participant per
/// row. UTF-8 with or without BOM; comma or semicolon separated (chosen from the header);
/// RFC 4180 quotes. Bad rows are reported by line and the good rows kept.
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
  }

  /// A row that was not taken.
  package struct Problem: Hashable, Sendable {
    package var line: Int
    package var problem: FacilitatorText.CSVProblem
  }

  /// The rows and problems of `bytes`; nil when there is no name column in the header.
  package static func parse(_ bytes: [UInt8]) -> (rows: [Row], problems: [Problem])? {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let text = String(decoding: body, as: UTF8.self)
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
    let separator: Character =
      firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
    let (records, unclosedAt) = records(in: text, separator: separator)
    guard let header = records.first else { return nil }
    let columns = header.cells.map(columnKind)
    guard let nameColumn = columns.firstIndex(of: .name) else { return nil }
    var rows: [Row] = []
    var problems: [Problem] = []
    for record in records.dropFirst() {
      if record.cells.allSatisfy({ $0.trimmingCharacters().isEmpty }) { continue }
      if rows.count + problems.count >= maximumRows {
        problems.append(Problem(line: record.line, problem: .tooManyRows(limit: maximumRows)))
        break
      }
      func cell(_ kind: Column) -> String? {
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
      guard nameColumn < record.cells.count, let name = cell(.name) else {
        problems.append(Problem(line: record.line, problem: .noName))
        continue
      }
      rows.append(
        Row(
          line: record.line, name: name, group: cell(.group), code: cell(.code), phone: cell(.phone)
        ))
    }
    if let unclosedAt { problems.append(Problem(line: unclosedAt, problem: .unclosedQuote)) }
    return (rows, problems)
  }

  /// What a header cell names.
  enum Column: Equatable { case name, group, code, phone, other }

  static func columnKind(_ header: String) -> Column {
    let key = NameKey.folded(header).filter { $0.isLetter }
    switch key {
    case "name", "nama", "namalengkap", "namapeserta", "fullname", "peserta": return .name
    case "group", "kelompok", "grup", "kelas", "desa": return .group
    case "code", "kode", "kodepeserta", "nopeserta", "nomorpeserta": return .code
    case "phone", "hp", "nohp", "nomorhp", "telepon", "telp", "notelp", "wa", "nowa", "whatsapp":
      return .phone
    default: return .other
    }
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
