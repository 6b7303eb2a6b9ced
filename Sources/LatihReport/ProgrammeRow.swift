/// One value of a programme export's row.
package enum ProgrammeValue: Hashable, Sendable {
  case text(String)
  case integer(Int64)
  case bool(Bool)
  /// JSON text (an event's raw fields).
  case json(String)
  /// Milliseconds since 1970, written as an ISO 8601 time in UTC.
  case time(Int64)
  case null
}

/// A row for one of ``ProgrammeTable/all``.
package struct ProgrammeRow: Hashable, Sendable {
  package var table: ProgrammeTable
  package var values: [ProgrammeValue]
}
