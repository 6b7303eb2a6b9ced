import LatihData

/// `--by group`: a tally per group of the people in scope, filled in the report's own
/// pass.
struct ReportGroupTallies {
  let plan: ReportPlan
  let enabled: Bool
  /// Group name key (nil: no group) → its tally.
  private var tallies: [String?: ReportTally] = [:]
  /// Group name key → the first spelling met.
  private var spelling: [String: String] = [:]

  init(plan: ReportPlan, enabled: Bool) {
    self.plan = plan
    self.enabled = enabled
  }

  /// Counts `contribution` in the row of `group` (the person's shown group).
  mutating func add(_ contribution: ReportContribution, group: String?) {
    guard enabled else { return }
    let key = group.map(NameKey.key).flatMap { $0.isEmpty ? nil : $0 }
    if let key, let group, spelling[key] == nil { spelling[key] = group }
    _ = tallies[key, default: ReportTally(plan: plan)].add(contribution)
  }

  /// The rows by group name key, the people without a group last; labels pseudonymised
  /// when `pseudonyms` is given.
  func comparison(plan: ReportPlan, pseudonyms: ReportPseudonyms?) -> ReportComparison {
    let keys = spelling.keys.sorted().map { Optional($0) } + (tallies[nil] == nil ? [] : [nil])
    let rows = keys.map { key in
      var row = (tallies[key] ?? ReportTally(plan: plan)).comparisonRow(plan: plan)
      row.label = key.flatMap { spelling[$0] }.map { pseudonyms?.group($0) ?? $0 }
      return row
    }
    return ReportComparison(
      kind: .group, indicators: ReportComparison.columns(plan), rows: rows,
      hasTest: plan.testLesson != nil)
  }
}

extension ReportComparison {
  /// The course's indicators as the table's columns.
  static func columns(_ plan: ReportPlan) -> [ReportComparisonColumn] {
    plan.manifest.indicators.indices.map { index in
      ReportComparisonColumn(
        id: plan.manifest.indicators[index].id, label: plan.indicatorLabel(index))
    }
  }
}

extension ReportTally {
  /// This tally as a comparison row (no id or label yet).
  func comparisonRow(plan: ReportPlan) -> ReportComparisonRow {
    ReportComparisonRow(
      id: nil, label: nil, place: nil, date: nil, enrolled: enrolled, assessed: assessed,
      achieved: indicators.map(\.achieved),
      passed: plan.testLesson.map { lessons[$0].passed })
  }
}
