import LatihBase
import LatihData

/// The header's sessions, the per-person table's order and the comparison table of
/// `--by`.
extension ReportBuilder {
  /// The groups of `people` (every record's), one spelling per name key (the first
  /// met), sorted by name key.
  func groups(of people: [Participant]) -> [String] {
    var spelling: [String: String] = [:]
    for person in people {
      for group in roster.records(of: person.id).compactMap(\.group) {
        let key = NameKey.key(group)
        if !key.isEmpty, spelling[key] == nil { spelling[key] = group }
      }
    }
    return spelling.sorted { $0.key < $1.key }.map(\.value)
  }

  /// The sessions (not removed) that any record of `people` joined, in the order created.
  func sessionsJoined(by people: [Participant]) -> [Session] {
    // Each id met is resolved once (a province's people name a few hundred sessions).
    var met: Set<String> = []
    for person in people {
      for record in roster.records(of: person.id) {
        for session in record.sessions { met.insert(session) }
      }
    }
    let joined = Set(met.map(sessions.resolve))
    return sessions.sessions.filter { joined.contains($0.id) }
  }

  /// The per-person rows in roster order (by pseudonym number when anonymised, so the
  /// paper roster's order does not tell who is who), numbered from 1.
  func inPeopleOrder(
    _ rows: [ReportPerson], scope: [Participant], pseudonyms: ReportPseudonyms?
  ) -> [ReportPerson] {
    // As ``Participant/inRosterOrder()``, with each name key worked out once (a Unicode
    // normalisation per comparison is too slow over a province's people); positions are
    // sorted, not rows (a row is large to move).
    let order: [Int]
    if let pseudonyms {
      let numbers = scope.map { pseudonyms.number($0.id) }
      order = scope.indices.sorted { numbers[$0] < numbers[$1] }
    } else {
      let keys = scope.map { ($0.rosterNumber ?? Int.max, $0.enrolledAt, roster.nameKey(of: $0)) }
      order = scope.indices.sorted {
        (keys[$0].0, keys[$0].1, keys[$0].2, scope[$0].id)
          < (keys[$1].0, keys[$1].1, keys[$1].2, scope[$1].id)
      }
    }
    return order.enumerated().map { number, index in
      var row = rows[index]
      row.number = number + 1
      return row
    }
  }

  /// `--by session`: one row per session someone in scope joined (the `--session` one
  /// alone when given), each tallied as the report of that session is: its people in
  /// scope, the outcomes recorded in it.
  func comparison(
    sessionsOf scope: [(person: Participant, group: String?)], session: Session?,
    plan: ReportPlan, contributions: Contributions
  ) -> ReportComparison {
    var rows: [ReportComparisonRow] = []
    for day in session.map({ [$0] }) ?? sessionsJoined(by: scope.map(\.person)) {
      let people = scope.map(\.person).filter { person in
        roster.records(of: person.id).contains { record in
          record.sessions.contains { sessions.resolve($0) == day.id }
        }
      }
      var tally = ReportTally(plan: plan)
      contributions(plan, day.id, people) { _, contribution in _ = tally.add(contribution) }
      var row = tally.comparisonRow(plan: plan)
      row.id = day.id
      row.label = day.title
      row.place = day.place
      row.date = day.date
      rows.append(row)
    }
    return ReportComparison(
      kind: .session, indicators: ReportComparison.columns(plan), rows: rows,
      hasTest: plan.testLesson != nil)
  }
}
