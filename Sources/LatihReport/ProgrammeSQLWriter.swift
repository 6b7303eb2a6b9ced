import LatihBase

/// Writes a programme export as one SQL file that `psql -f` runs in one transaction:
/// `CREATE TABLE IF NOT EXISTS` for every table, the rows as multi-row
/// `INSERT … ON CONFLICT DO NOTHING` (so loading another laptop's file, or the same file
/// again, adds only what is new), then the views (``ProgrammeViews``).
package enum ProgrammeSQLWriter {
  /// Rows per `INSERT` statement.
  static let batchSize = 500

  /// Writes `export` to `file` of `sink`.
  package static func write(
    _ export: ProgrammeExport, to file: String, into sink: inout some ProgrammeSink
  ) throws(SystemError) {
    var output = ProgrammeBuffer(file: file)
    output.append(export.banner)
    output.append(
      """
      SET client_encoding = 'UTF8';
      SET standard_conforming_strings = on;
      BEGIN;

      """)
    for table in ProgrammeTable.all { output.append(table.create(.postgres)) }
    var pending: [String: [String]] = [:]
    func flush(_ table: ProgrammeTable, _ output: inout ProgrammeBuffer) {
      guard let rows = pending[table.name], !rows.isEmpty else { return }
      output.append(insert(table, rows))
      pending[table.name] = []
    }
    try export.forEachRow { (row) throws(SystemError) in
      let tuple = "(" + row.values.map(SQLText.literal).joined(separator: ", ") + ")"
      pending[row.table.name, default: []].append(tuple)
      if pending[row.table.name]!.count >= batchSize {
        flush(row.table, &output)
        try output.flush(into: &sink)
      }
    }
    for table in ProgrammeTable.all { flush(table, &output) }
    output.append(ProgrammeViews.all)
    output.append("COMMIT;\n")
    try output.flush(into: &sink, force: true)
  }

  /// One `INSERT` of `rows` (each a parenthesised tuple) into `table`.
  static func insert(_ table: ProgrammeTable, _ rows: [String]) -> String {
    "INSERT INTO \(table.name) (\(table.columns.map(\.name).joined(separator: ", "))) VALUES\n"
      + rows.joined(separator: ",\n") + "\nON CONFLICT DO NOTHING;\n"
  }
}
