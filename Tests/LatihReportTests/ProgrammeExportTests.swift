import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData
@testable import LatihReport

/// The programme export's writers: SQL and CSV escaping, keys that make a second load add
/// nothing, the rows of a known small data set, and the parts a lean export leaves out.
@Suite struct ProgrammeExportTests {
  /// Collects what the writers produce, by file name.
  struct MemorySink: ProgrammeSink {
    var files: [String: [UInt8]] = [:]

    mutating func write(_ bytes: [UInt8], to file: String) throws(SystemError) {
      files[file, default: []] += bytes
    }

    func text(_ file: String) -> String { String(decoding: files[file] ?? [], as: UTF8.self) }
  }

  static let hostile = "O'Brien \\ \"x\"; DROP TABLE events; --\tline\nbreak\u{0}"
  static let person = SampleEvents.participant

  /// Dewi enrolled (with a phone and a hostile group), in a session, one run of lesson
  /// `satu` with two answers and a result, a checklist self-report and a verified record.
  static let events: [Event] = [
    SampleEvents.event(
      1, .sessionCreated(SessionInfo(session: "5e551011", title: "Hari 1")), participant: nil),
    SampleEvents.event(
      2, .enrolled(Enrollment(name: "Dewi", group: hostile, code: "A7", phone: "0812"))),
    SampleEvents.event(3, .sessionJoined(session: "5e551011")),
    SampleEvents.event(
      4,
      .lessonOpened(
        LessonOpening(run: "r1", lesson: "satu", language: .id, seed: 7, shuffled: true)),
      minutes: 1),
    SampleEvents.event(
      5,
      .answer(
        AnswerRecord(
          run: "r1", lesson: "satu", question: "q1", attempt: 1, correct: false, final: false,
          response: "=cmd|' /C calc'!A0")), minutes: 2),
    SampleEvents.event(
      6,
      .answer(
        AnswerRecord(
          run: "r1", lesson: "satu", question: "q1", attempt: 2, correct: true, final: true,
          response: "2")), minutes: 3),
    SampleEvents.event(
      7,
      .lessonCompleted(
        LessonResult(run: "r1", lesson: "satu", correct: 1, total: 1, score: 100, passed: true)),
      minutes: 4),
    SampleEvents.event(
      8,
      .checklistItem(
        ChecklistMark(
          run: "r1", lesson: "satu", item: "c1", done: false, reason: "documents",
          indicator: "installed-app", note: hostile)), minutes: 5),
    SampleEvents.event(
      9,
      .indicatorRecorded(
        IndicatorRecord(
          indicator: "installed-app", achieved: true, note: "seen it", source: .facilitator)),
      minutes: 6),
  ]

  static func export(_ omitted: Set<ExportPart> = []) -> ProgrammeExport {
    ProgrammeExport(
      course: ReportCourseFixture.course, language: .id, events: events + events,
      omitting: omitted, device: SampleEvents.device, host: "hall-laptop",
      created: SampleEvents.baseTime)
  }

  static func rows(_ export: ProgrammeExport) throws -> [ProgrammeRow] {
    var rows: [ProgrammeRow] = []
    try export.forEachRow { (row) throws(SystemError) in rows.append(row) }
    return rows
  }

  @Test func literalsEscapeQuotesAndKeepBackslashesAsTheyAre() {
    #expect(SQLText.literal(.text("O'Brien")) == "'O''Brien'")
    #expect(SQLText.literal(.text("a\\b\\'c")) == "'a\\b\\''c'")
    #expect(SQLText.literal(.text("tab\there\nnew")) == "'tab\there\nnew'")
    #expect(SQLText.literal(.text("nul\u{0}gone")) == "'nulgone'")
    #expect(SQLText.literal(.text("")) == "''")
    #expect(SQLText.literal(.null) == "NULL")
    #expect(SQLText.literal(.bool(false)) == "FALSE")
    #expect(SQLText.literal(.integer(-42)) == "-42")
    #expect(SQLText.literal(.time(SampleEvents.baseTime)) == "'2026-11-23T09:00:00.000Z'")
  }

  @Test func csvFieldsFollowRFC4180AndDisarmFormulas() {
    #expect(SQLText.csvField(.text("a,b \"c\"")) == "\"a,b \"\"c\"\"\"")
    #expect(SQLText.csvField(.text("line\r\nbreak")) == "\"line\r\nbreak\"")
    #expect(SQLText.csvField(.text("")) == "\"\"")
    #expect(SQLText.csvField(.null) == "")
    #expect(SQLText.csvField(.text("=1+1")) == "\"'=1+1\"")
    #expect(SQLText.csvField(.text("  @SUM(A1)")) == "\"'  @SUM(A1)\"")
    #expect(SQLText.csvField(.json("{\"a\":\"=x\"}")) == "\"{\"\"a\"\":\"\"=x\"\"}\"")
    #expect(SQLText.csvField(.bool(true)) == "true")
  }

  @Test func aKnownDataSetGivesItsRowsOncePerEvent() throws {
    let rows = try Self.rows(Self.export())
    let byTable = Dictionary(grouping: rows, by: \.table.name).mapValues(\.count)
    // The events were given twice: each is written once.
    #expect(byTable["events"] == Self.events.count)
    #expect(byTable["participants"] == 1)
    #expect(byTable["sessions"] == 1)
    #expect(byTable["memberships"] == 1)
    #expect(byTable["lesson_runs"] == 1)
    #expect(byTable["answers"] == 2)
    #expect(byTable["lesson_results"] == 1)
    #expect(byTable["checklist_answers"] == 1)
    #expect(byTable["indicator_records"] == 1)
    #expect(byTable["course"] == 1)
    #expect(byTable["course_indicators"] == ReportCourseFixture.course.manifest.indicators.count)
    #expect(byTable["course_lessons"] == ReportCourseFixture.course.lessonIDs.count)
    let result = try #require(rows.first { $0.table.name == "lesson_results" })
    #expect(
      result.values == [
        .text(SampleEvents.id(7)), .text("r1"), .text(Self.person), .text("satu"), .integer(1),
        .integer(1), .integer(100), .bool(true), .null, .integer(SampleEvents.baseTime + 240_000),
      ])
    // Every row has as many values as its table has columns, and its key first.
    for row in rows {
      #expect(row.values.count == row.table.columns.count, "\(row.table.name)")
    }
  }

  @Test func everyRowIsKeyedByAStableIdSoASecondLoadAddsNothing() throws {
    for table in ProgrammeTable.all {
      #expect(!table.key.isEmpty)
      #expect(table.key.allSatisfy { key in table.columns.contains { $0.name == key } })
    }
    var sink = MemorySink()
    try ProgrammeSQLWriter.write(Self.export(), to: "p.sql", into: &sink)
    let sql = sink.text("p.sql")
    let inserts = sql.components(separatedBy: "INSERT INTO ").count - 1
    #expect(inserts > 0)
    #expect(sql.components(separatedBy: "ON CONFLICT DO NOTHING;").count - 1 == inserts)
    #expect(sql.contains("CREATE TABLE IF NOT EXISTS events ("))
    #expect(sql.contains("PRIMARY KEY (event_id)"))
    #expect(sql.contains("SET standard_conforming_strings = on;\nBEGIN;\n"))
    #expect(sql.hasSuffix("COMMIT;\n"))
    #expect(sql.components(separatedBy: "BEGIN;").count == 2)
    // The same export twice gives the same bytes.
    var again = MemorySink()
    try ProgrammeSQLWriter.write(Self.export(), to: "p.sql", into: &again)
    #expect(again.files == sink.files)
  }

  @Test func hostileTextIsOneLiteralInSQLAndOneFieldInCSV() throws {
    var sink = MemorySink()
    try ProgrammeSQLWriter.write(Self.export([]), to: "p.sql", into: &sink)
    let sql = sink.text("p.sql")
    let quoted = "'O''Brien \\ \"x\"; DROP TABLE events; --\tline\nbreak'"
    #expect(sql.contains(quoted))
    #expect(!sql.contains("\u{0}"))
    var csv = MemorySink()
    try ProgrammeCSVWriter.write(Self.export([]), into: &csv)
    let participants = csv.text("participants.csv")
    let parsed = try #require(CSVParser.parse(participants))
    #expect(parsed.count == 2)
    #expect(parsed.first == ProgrammeTable.participants.columns.map(\.name))
    #expect(parsed.last?[3] == "O'Brien \\ \"x\"; DROP TABLE events; --\tline\nbreak")
    #expect(csv.text("answers.csv").contains("\"'=cmd|' /C calc'!A0\""))
    for file in [ProgrammeCSVWriter.schemaFile, ProgrammeCSVWriter.viewsFile] {
      #expect(csv.files[file] != nil)
    }
    #expect(csv.text(ProgrammeCSVWriter.loadFile).contains("INSERT OR IGNORE INTO events"))
  }

  @Test func aLeanExportLeavesOutWhatTheUSBExportLeavesOut() throws {
    let lean = try Self.rows(Self.export(Set(ExportPart.allCases)))
    let full = try Self.rows(Self.export([]))
    func values(_ rows: [ProgrammeRow], _ table: String) -> [[ProgrammeValue]] {
      rows.filter { $0.table.name == table }.map(\.values)
    }
    #expect(values(lean, "participants").first?[5] == .null)
    #expect(values(full, "participants").first?[5] == .text("0812"))
    #expect(values(lean, "answers").allSatisfy { $0[8] == .text("") })
    #expect(values(full, "answers").first?[8] == .text("=cmd|' /C calc'!A0"))
    #expect(values(lean, "indicator_records").first?[5] == .null)
    let leanJSON = values(lean, "events").map { "\($0[6])" }.joined()
    #expect(!leanJSON.contains("0812") && !leanJSON.contains("seen it"))
    #expect(!leanJSON.contains("calc"))
    // The figures stay: scores, outcomes and reasons.
    #expect(values(lean, "lesson_results") == values(full, "lesson_results"))
    #expect(values(lean, "checklist_answers").first?[6] == .text("documents"))
    var sink = MemorySink()
    try ProgrammeSQLWriter.write(Self.export(Set(ExportPart.allCases)), to: "p.sql", into: &sink)
    #expect(!sink.text("p.sql").contains("hall-laptop"))
    #expect(sink.text("p.sql").contains("-- left out: answers, host, notes, phones\n"))
  }
}
