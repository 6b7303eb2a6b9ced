import LatihBase

/// Writes a programme export as CSV files for DuckDB and spreadsheets: one
/// `<table>.csv` per table (RFC 4180, UTF-8, CRLF, a header row; a missing value is an
/// empty field, text is always quoted), `schema.sql` (the tables), `views.sql` (the same
/// views as the SQL export) and `load-duckdb.sql`, which loads the CSV files of the
/// current folder into those tables adding only rows whose key is new.
package enum ProgrammeCSVWriter {
  /// The files written besides the tables'.
  package static let schemaFile = "schema.sql"
  package static let viewsFile = "views.sql"
  package static let loadFile = "load-duckdb.sql"

  /// The CSV file of `table`.
  package static func file(_ table: ProgrammeTable) -> String { table.name + ".csv" }

  /// Writes `export` into `sink`.
  package static func write(_ export: ProgrammeExport, into sink: inout some ProgrammeSink)
    throws(SystemError)
  {
    var buffers: [String: ProgrammeBuffer] = [:]
    for table in ProgrammeTable.all {
      var buffer = ProgrammeBuffer(file: file(table))
      buffer.append(table.columns.map(\.name).joined(separator: ",") + "\r\n")
      buffers[table.name] = buffer
    }
    try export.forEachRow { (row) throws(SystemError) in
      buffers[row.table.name]!.append(
        row.values.map(SQLText.csvField).joined(separator: ",") + "\r\n")
      try buffers[row.table.name]!.flush(into: &sink)
    }
    for table in ProgrammeTable.all { try buffers[table.name]!.flush(into: &sink, force: true) }
    let banner = Array(export.banner.utf8)
    let schema = ProgrammeTable.all.map { $0.create(.duckdb) }.joined()
    try sink.write(banner + Array(schema.utf8), to: schemaFile)
    try sink.write(banner + Array(ProgrammeViews.all.utf8), to: viewsFile)
    try sink.write(banner + Array(loadScript.utf8), to: loadFile)
  }

  /// DuckDB statements that create the tables and views and load every CSV file of the
  /// folder DuckDB runs in (`duckdb DB < load-duckdb.sql` from the export's folder).
  static var loadScript: String {
    var text = ".read schema.sql\n"
    for table in ProgrammeTable.all {
      text +=
        "INSERT OR IGNORE INTO \(table.name) SELECT * FROM read_csv('\(file(table))', "
        + "header = true, all_varchar = true, allow_quoted_nulls = false, quote = '\"', "
        + "escape = '\"');\n"
    }
    return text + ".read views.sql\n"
  }
}
