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
    var joined: Set<String> = []
    for person in people {
      for record in roster.records(of: person.id) {
        for session in record.sessions { joined.insert(sessions.resolve(session)) }
      }
    }
    return sessions.sessions.filter { joined.contains($0.id) }
  }

  /// The per-person rows in roster order (by pseudonym number when anonymised, so the
  /// paper roster's order does not tell who is who), numbered from 1.
  func inPeopleOrder(
    _ rows: [ReportPerson], scope: [Participant], pseudonyms: ReportPseudonyms?
  ) -> [ReportPerson] {
    // As ``Participant/inRosterOrder()``, with each name key worked out once (a Unicode
    // normalisation per comparison is too slow over a province's people).
    let order: [Participant] =
      pseudonyms.map { names in scope.sorted { names.number($0.id) < names.number($1.id) } }
      ?? scope.map { ($0, $0.rosterNumber ?? Int.max, roster.nameKey(of: $0)) }.sorted {
        ($0.1, $0.0.enrolledAt, $0.2, $0.0.id) < ($1.1, $1.0.enrolledAt, $1.2, $1.0.id)
      }.map(\.0)
    var position: [String: Int] = [:]
    for (index, person) in order.enumerated() { position[person.id] = index }
    var sorted = Array(repeating: rows.first, count: rows.count)
    for (index, person) in scope.enumerated() { sorted[position[person.id] ?? index] = rows[index] }
    return sorted.compactMap { $0 }.enumerated().map { index, row in
      var row = row
      row.number = index + 1
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
      var start = 0
      while start < people.count {
        let end = min(people.count, start + Self.batchSize)
        for contribution in contributions(plan, day.id, Array(people[start..<end])) {
          _ = tally.add(contribution)
        }
        start = end
      }
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
