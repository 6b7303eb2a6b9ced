/// A table of a programme export (`latih export --format sql|csv`): its columns and the
/// key that makes loading a second file add only what is new.
///
/// Every row is keyed by a stable id (an event's id; for the course tables, the course
/// and item ids), so `INSERT … ON CONFLICT DO NOTHING` of any number of laptops' files, in
/// any order, gives the rows of the merged data. README, "For analysts", lists them.
package struct ProgrammeTable: Hashable, Sendable {
  /// The SQL dialect a statement is written for.
  package enum Dialect: String, Hashable, Sendable {
    case postgres
    case duckdb
  }

  /// A column's type, written per database.
  package enum ColumnType: String, Hashable, Sendable {
    case text, bigint, boolean, jsonb, timestamptz

    /// The type's name in PostgreSQL or DuckDB (which has no `jsonb`: JSON text there).
    package func name(_ dialect: Dialect) -> String {
      switch (self, dialect) {
      case (.text, _): return "TEXT"
      case (.bigint, _): return "BIGINT"
      case (.boolean, _): return "BOOLEAN"
      case (.jsonb, .postgres): return "JSONB"
      case (.jsonb, .duckdb): return "VARCHAR"
      case (.timestamptz, _): return "TIMESTAMPTZ"
      }
    }
  }

  /// A column: its name and type; `required` ones are `NOT NULL`.
  package struct Column: Hashable, Sendable {
    package var name: String
    package var type: ColumnType
    package var required: Bool

    init(_ name: String, _ type: ColumnType = .text, required: Bool = false) {
      self.name = name
      self.type = type
      self.required = required
    }
  }

  package var name: String
  package var columns: [Column]
  /// The primary key's columns.
  package var key: [String]

  /// `CREATE TABLE IF NOT EXISTS` for this table.
  package func create(_ dialect: Dialect) -> String {
    let lines = columns.map { column in
      "  \(column.name) \(column.type.name(dialect))" + (column.required ? " NOT NULL" : "")
    }
    return "CREATE TABLE IF NOT EXISTS \(name) (\n"
      + (lines + ["  PRIMARY KEY (\(key.joined(separator: ", ")))"]).joined(separator: ",\n")
      + "\n);\n"
  }
}

extension ProgrammeTable {
  private static func keyed(_ name: String, _ columns: [Column]) -> ProgrammeTable {
    ProgrammeTable(
      name: name, columns: [Column("event_id", required: true)] + columns, key: ["event_id"])
  }

  private static let time = Column("time_ms", .bigint, required: true)
  private static let participant = Column("participant_id", required: true)

  static let course = ProgrammeTable(
    name: "course",
    columns: [
      Column("course_id", required: true), Column("pass_mark", .bigint, required: true),
      Column("test_lesson"),
    ], key: ["course_id"])
  static let courseLessons = ProgrammeTable(
    name: "course_lessons",
    columns: [
      Column("course_id", required: true), Column("lesson_id", required: true),
      Column("position", .bigint, required: true), Column("questions", .bigint, required: true),
      Column("is_test", .boolean, required: true),
    ], key: ["course_id", "lesson_id"])
  static let courseIndicators = ProgrammeTable(
    name: "course_indicators",
    columns: [
      Column("course_id", required: true), Column("indicator_id", required: true),
      Column("position", .bigint, required: true),
    ], key: ["course_id", "indicator_id"])
  static let courseReasons = ProgrammeTable(
    name: "course_reasons",
    columns: [
      Column("course_id", required: true), Column("reason_id", required: true),
      Column("position", .bigint, required: true),
    ], key: ["course_id", "reason_id"])
  static let events = keyed(
    "events",
    [
      Column("recorded_at", .timestamptz, required: true), time, Column("device", required: true),
      Column("participant_id"), Column("type", required: true),
      Column("body", .jsonb, required: true),
    ])
  static let participants = keyed(
    "participants",
    [
      participant, Column("name", required: true), Column("group_name"), Column("code"),
      Column("phone"), time,
    ])
  static let participantChanges = keyed(
    "participant_changes",
    [participant, Column("kind", required: true), Column("other_id"), Column("name"), time])
  static let sessions = keyed(
    "sessions",
    [
      Column("session_id", required: true), Column("title", required: true), Column("place"),
      Column("date"), Column("title_key", required: true), Column("place_key", required: true),
      Column("date_key", required: true), Column("device", required: true), time,
    ])
  static let sessionChanges = keyed(
    "session_changes",
    [
      Column("session_id", required: true), Column("kind", required: true), Column("other_id"),
      Column("title"), Column("place"), Column("date"), time,
    ])
  static let memberships = keyed(
    "memberships", [participant, Column("session_id", required: true), time])
  static let lessonRuns = keyed(
    "lesson_runs",
    [
      Column("run_id", required: true), participant, Column("lesson_id", required: true),
      Column("language", required: true), Column("tag"), Column("tag_set"), Column("session_id"),
      Column("practice", .boolean, required: true), Column("retry_of"), Column("retried"), time,
    ])
  static let lessonResults = keyed(
    "lesson_results",
    [
      Column("run_id", required: true), participant, Column("lesson_id", required: true),
      Column("correct", .bigint, required: true), Column("total", .bigint, required: true),
      Column("score", .bigint, required: true), Column("passed", .boolean, required: true),
      Column("tag"), time,
    ])
  static let answers = keyed(
    "answers",
    [
      Column("run_id", required: true), participant, Column("lesson_id", required: true),
      Column("question_id", required: true), Column("attempt", .bigint, required: true),
      Column("correct", .boolean, required: true), Column("final", .boolean, required: true),
      Column("response"), time,
    ])
  static let checklistAnswers = keyed(
    "checklist_answers",
    [
      Column("run_id", required: true), participant, Column("lesson_id", required: true),
      Column("item_id", required: true), Column("done", .boolean, required: true),
      Column("reason"), Column("indicator_id"), Column("session_id"), Column("note"), time,
    ])
  static let indicatorRecords = keyed(
    "indicator_records",
    [
      participant, Column("indicator_id", required: true),
      Column("achieved", .boolean, required: true), Column("reason"), Column("note"),
      Column("source", required: true), Column("session_id"), time,
    ])

  /// Every table, in the order they are created and filled.
  package static let all: [ProgrammeTable] = [
    course, courseLessons, courseIndicators, courseReasons, events, participants,
    participantChanges, sessions, sessionChanges, memberships, lessonRuns, lessonResults,
    answers, checklistAnswers, indicatorRecords,
  ]
}
