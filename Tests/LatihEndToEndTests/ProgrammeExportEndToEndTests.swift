import Foundation
import LatihTestSupport
import Testing

/// `latih export --format sql|csv` through the built binary: the files, their modes, the
/// hostile name as one literal, the lean default and `--include`, and usage errors.
/// (Loading into PostgreSQL and DuckDB is scripts/postgres-check and duckdb-check.)
@Suite struct ProgrammeExportEndToEndTests {
  static let name = "O'Brien \\ \"x\"; DROP TABLE events; --"

  @discardableResult
  static func latih(_ arguments: [String], data: URL, status: Int32 = 0) throws -> String {
    let run = try LatihProcess.run(arguments, data: data)
    #expect(run.status == status, "latih \(arguments.joined(separator: " ")): \(run.errors)")
    return run.output + run.errors
  }

  static func mode(_ path: URL) throws -> Int {
    try #require(
      try FileManager.default.attributesOfItem(atPath: path.path)[.posixPermissions] as? Int)
  }

  @Test func sqlAndCSVExportsHoldTheDataAsTablesWithTheLeanDefault() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let out = data.deletingLastPathComponent()
    try Self.latih(["session", "new", "Pelatihan", "--date", "2026-08-05"], data: data)
    try Self.latih(["participants", "add", Self.name], data: data)
    try Self.latih(
      ["record", Self.name, "installed-app", "no", "--reason", "documents", "--note", "rahasia"],
      data: data)

    let sqlFile = out.appendingPathComponent("programme.sql")
    let said = try Self.latih(["export", "--format", "sql", "--out", sqlFile.path], data: data)
    #expect(said.contains("psql -v ON_ERROR_STOP=1 -f"))
    #expect(try Self.mode(sqlFile) == 0o600)
    let sql = try String(contentsOf: sqlFile, encoding: .utf8)
    #expect(sql.contains("'O''Brien \\ \"x\"; DROP TABLE events; --'"))
    #expect(sql.contains("BEGIN;\n") && sql.hasSuffix("COMMIT;\n"))
    #expect(sql.contains("ON CONFLICT DO NOTHING;"))
    #expect(sql.contains("CREATE OR REPLACE VIEW report_indicators AS"))
    #expect(!sql.contains("rahasia"), "a lean export leaves the note out")
    // One row per event: the session, the enrolment, joining the current session, the
    // record.
    let eventRows = sql.components(separatedBy: "\n").filter {
      $0.hasPrefix("('") && $0.contains("'{\"id\":")
    }
    #expect(eventRows.count == 4)

    let full = out.appendingPathComponent("full.sql")
    try Self.latih(
      ["export", "--format", "sql", "--include", "notes", "--out", full.path], data: data)
    #expect(try String(contentsOf: full, encoding: .utf8).contains("'rahasia'"))

    let folder = out.appendingPathComponent("tables")
    try Self.latih(["export", "--format", "csv", "--out", folder.path], data: data)
    #expect(try Self.mode(folder) == 0o700)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(Set(files).isSuperset(of: ["events.csv", "participants.csv", "load-duckdb.sql"]))
    #expect(!files.contains { $0.hasPrefix(".") }, "no temporary file is left: \(files)")
    let participants = try String(
      contentsOf: folder.appendingPathComponent("participants.csv"), encoding: .utf8)
    let rows = try #require(CSVParser.parse(participants))
    #expect(rows.count == 2)
    #expect(rows.last?[2] == Self.name)
    #expect(try Self.mode(folder.appendingPathComponent("events.csv")) == 0o600)
    let records = try String(
      contentsOf: folder.appendingPathComponent("indicator_records.csv"), encoding: .utf8)
    #expect(records.contains("\"documents\"") && !records.contains("rahasia"))
  }

  @Test func badFormatsAndPlacesAreUsageErrors() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    try Self.latih(["participants", "add", "Siti"], data: data)
    let out = data.deletingLastPathComponent().appendingPathComponent("x.sql").path
    let bad = try Self.latih(["export", "--format", "xml", "--out", out], data: data, status: 64)
    #expect(bad.contains("sql") && bad.contains("csv"))
    try Self.latih(["export", "--format", "sql"], data: data, status: 64)
    let inside = data.appendingPathComponent("p.sql").path
    try Self.latih(["export", "--format", "sql", "--out", inside], data: data, status: 64)
    let missing = data.deletingLastPathComponent().appendingPathComponent("no/such/p.sql").path
    let failed = try Self.latih(
      ["export", "--format", "sql", "--out", missing], data: data, status: 74)
    #expect(failed.contains("no/such"))
    #expect(!failed.contains(".tmp-"), "the message names the folder, not a temporary file")
  }
}
