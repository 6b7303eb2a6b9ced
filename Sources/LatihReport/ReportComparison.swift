import LatihData

/// What `report --by` compares side by side.
package enum ReportComparisonKind: String, Hashable, Sendable, CaseIterable {
  /// One row per training session (sessions that someone in scope joined).
  case session
  /// One row per group of the people in scope (people without a group in a row of
  /// their own, last).
  case group
}

/// The comparison table of `report --by session|group`: one row per session or group,
/// each with every indicator's verified figure and the post-test pass rate, counted
/// exactly as the report's own tables count them over that row's people.
package struct ReportComparison: Hashable, Sendable {
  package var kind: ReportComparisonKind
  /// The course's indicators, in course order (the columns).
  package var indicators: [ReportComparisonColumn]
  /// Sessions in the order created, or groups by name (no group last).
  package var rows: [ReportComparisonRow]
  /// Whether the course has a test (and so a pass-rate column).
  package var hasTest: Bool
}

/// An indicator column of the comparison table.
package struct ReportComparisonColumn: Hashable, Sendable {
  package var id: String
  /// The label in the report language.
  package var label: String
}

/// One session or group of the comparison table.
package struct ReportComparisonRow: Hashable, Sendable {
  /// The session id (`--by session`); nil for a group.
  package var id: String?
  /// The session title or the group (a pseudonym when anonymised); nil for the people
  /// without a group.
  package var label: String?
  /// The session's place and date (nil for groups).
  package var place: String?
  package var date: String?
  /// People of the report's scope in this session or group.
  package var enrolled: Int
  /// Of them, people with a verified indicator outcome.
  package var assessed: Int
  /// Each indicator's verified achieved n/N, in column order.
  package var achieved: [ReportRatio]
  /// People whose post-test is at or above the pass mark, out of people with a post-test
  /// (the course test's row of the lessons table); nil when the course has no test.
  package var passed: ReportRatio?
}
