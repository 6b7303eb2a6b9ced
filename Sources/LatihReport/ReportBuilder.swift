import LatihBase
import LatihCourse
import LatihData

/// Which part of the data a report covers.
package struct ReportFilter: Hashable, Sendable {
  /// A session id or a unique prefix of one; nil for all data.
  package var session: String?
  /// A group name (compared case-insensitively, Unicode-normalised); nil for every group.
  package var group: String?
  /// `--by session|group`: add the comparison table.
  package var by: ReportComparisonKind?

  package init(session: String? = nil, group: String? = nil, by: ReportComparisonKind? = nil) {
    self.session = session
    self.group = group
    self.by = by
  }
}

/// Why a report cannot be made.
package enum ReportError: Error, Hashable, Sendable {
  /// No session has this id or prefix (or several do); the sessions there are.
  case unknownSession(String, known: [Session])
  /// Nobody in the data folder has this group; the groups there are (sorted).
  case unknownGroup(String, known: [String])
  /// `--group` was given empty.
  case emptyGroup
}

/// Computes a ``ReportModel`` from the course, the roster, the sessions and each person's
/// progress, visiting every person in scope once (see ``ReportModel`` for definitions).
package struct ReportBuilder: Sendable {
  package var course: Course
  package var roster: Roster
  package var sessions: SessionList
  package var language: Language
  /// The time stamped on the report.
  package var generated: Int64
  /// Replace names and groups with pseudonyms and leave out ids and notes.
  package var anonymize: Bool
  /// The laptop's offset from UTC in seconds, for the time shown in the header.
  package var utcOffset: Int

  package init(
    course: Course, roster: Roster, sessions: SessionList, language: Language,
    generated: Int64, anonymize: Bool = false, utcOffset: Int = 0
  ) {
    self.course = course
    self.roster = roster
    self.sessions = sessions
    self.language = language
    self.generated = generated
    self.anonymize = anonymize
    self.utcOffset = utcOffset
  }

  /// Builds the report for `filter`; `progress` is asked once per person in scope.
  package func build(
    _ filter: ReportFilter, progress: (Participant) -> ParticipantProgress
  ) throws(ReportError) -> ReportModel {
    try build(filter) { plan, session, people, consume in
      for (position, person) in people.enumerated() {
        consume(
          position,
          ReportContribution(
            progress(person), session: session, plan: plan, schedule: schedule(for: person)))
      }
    }
  }

  /// Builds the report for `filter`, asking `progress` for several people at once on all
  /// cores (reading journals is most of a report's work); the result is the same as
  /// ``build(_:progress:)``'s.
  package func build(
    _ filter: ReportFilter,
    concurrentProgress: @escaping @Sendable (Participant) -> ParticipantProgress
  ) throws(ReportError) -> ReportModel {
    try build(filter) { plan, session, people, consume in
      ConcurrentMap.forEach(
        people,
        { person in
          ReportContribution(
            concurrentProgress(person), session: session, plan: plan,
            schedule: schedule(for: person))
        }, inOrder: consume)
    }
  }

  /// What decides `person`'s pre-test and post-test (see ``TestSchedule``).
  func schedule(for person: Participant) -> TestSchedule {
    sessions.testSchedule(
      for: person.id, in: roster, test: course.manifest.courseTest, lessons: course.lessonIDs)
  }

  /// Works out the contributions of people (from each one's progress, so only a few
  /// people's progress is in memory at a time) and hands each to `consume` with its
  /// position in `people`, in that order: the plan, the session counted (nil: all), the
  /// people, `consume`. Done on other cores, people are tallied as their contributions
  /// come in, while the next are still being worked out.
  typealias Contributions = (
    ReportPlan, String?, [Participant], _ consume: (Int, ReportContribution) -> Void
  ) -> Void

  func build(_ filter: ReportFilter, contributions: Contributions) throws(ReportError)
    -> ReportModel
  {
    var session: Session?
    if let id = filter.session {
      guard let found = sessions.find(id) else {
        throw .unknownSession(id, known: sessions.sessions)
      }
      session = found
    }
    let groupKey = filter.group.map(NameKey.key)
    if groupKey?.isEmpty == true { throw .emptyGroup }
    if let filterGroup = filter.group, let groupKey {
      let known = groups(of: people(session: nil, groupKey: nil).map(\.person))
      guard known.contains(where: { NameKey.key($0) == groupKey }) else {
        throw .unknownGroup(filterGroup, known: known)
      }
    }
    let scope = people(session: session?.id, groupKey: groupKey)
    // Numbered over everyone in the data folder, so a person keeps her number in every
    // scope and format.
    let pseudonyms =
      anonymize
      ? ReportPseudonyms(people: people(session: nil, groupKey: nil), language: language) : nil

    let plan = ReportPlan(course: course, language: language)
    var tally = ReportTally(plan: plan)
    var help: [ReportHelpEntry] = []
    var helpKeys: [(key: String, number: Int)] = []
    var rows: [ReportPerson] = []
    // `--by group`: each group's rows are tallied in the same pass (no second reading).
    var groups = ReportGroupTallies(plan: plan, enabled: filter.by == .group)
    let scopePeople = scope.map(\.person)
    contributions(plan, session?.id, scopePeople) { position, contribution in
      let (person, group) = scope[position]
      rows.append(
        ReportPerson(
          contribution, plan: plan, participantID: pseudonyms == nil ? person.id : nil,
          name: pseudonyms?.name(person.id) ?? person.name,
          group: group.map { pseudonyms?.group($0) ?? $0 }))
      groups.add(contribution, group: group)
      let items = tally.add(contribution)
      guard !items.isEmpty else { return }
      var entry = ReportHelpEntry(
        participantID: person.id, name: person.name, group: group, lessons: items.lessons,
        indicators: items.indicators)
      if let pseudonyms {
        entry.participantID = nil
        entry.name = pseudonyms.name(person.id)
        entry.group = group.map(pseudonyms.group)
        for index in entry.indicators.indices { entry.indicators[index].note = nil }
      }
      help.append(entry)
      helpKeys.append((roster.nameKey(of: person), pseudonyms?.number(person.id) ?? 0))
    }
    // The help list's order, the header's sessions and the table's order do not depend
    // on each other: they are worked out on two cores (a second of one core at 100,000).
    let (entries, keys, unordered, counted) = (help, helpKeys, rows, session)
    let (helpOrder, (joined, people)) = ConcurrentMap.pair(
      {
        // Positions are sorted, not entries (an entry is large to move).
        entries.indices.sorted { lhs, rhs in
          if pseudonyms != nil { return keys[lhs].number < keys[rhs].number }
          if keys[lhs].key != keys[rhs].key { return keys[lhs].key < keys[rhs].key }
          return (entries[lhs].participantID ?? "") < (entries[rhs].participantID ?? "")
        }
      },
      {
        (
          counted.map { [$0] } ?? sessionsJoined(by: scopePeople),
          inPeopleOrder(unordered, scope: scopePeople, pseudonyms: pseudonyms)
        )
      })

    var groupLabel: String?
    if let filterGroup = filter.group, let groupKey {
      let found = scope.lazy.compactMap { entry in
        self.roster.records(of: entry.person.id).lazy.compactMap(\.group)
          .first { NameKey.key($0) == groupKey }
      }.first
      groupLabel =
        pseudonyms.map { $0.group(found ?? filterGroup) } ?? found ?? NameKey.clean(filterGroup)
    }
    var header = ReportHeader(
      courseID: course.manifest.id, courseTitle: course.manifest.title(in: language),
      session: session, group: groupLabel, generated: generated, enrolled: tally.enrolled,
      assessed: tally.assessed, selfReported: tally.selfAssessed,
      passMark: course.manifest.passMark, anonymized: anonymize)
    header.sessions = joined
    header.utcOffset = utcOffset
    var model = ReportModel(
      language: language, header: header, indicators: tally.indicators, lessons: tally.lessons,
      questions: tally.questions, preTestQuestions: tally.preTestQuestions, test: tally.test,
      needsHelp: helpOrder.map { help[$0] })
    model.people = people
    if let kind = filter.by {
      model.comparison =
        kind == .group
        ? groups.comparison(plan: plan, pseudonyms: pseudonyms)
        : comparison(sessionsOf: scope, session: session, plan: plan, contributions: contributions)
    }
    return model
  }

  /// The people in scope, in roster order, each with the group shown for them. Worked
  /// out on all cores: nothing else of a report can start before it (a fifth of a second
  /// of one core at 100,000 people).
  func people(session: String?, groupKey: String?) -> [(person: Participant, group: String?)] {
    let roster = self.roster
    return ConcurrentMap.map(roster.people) { person -> (person: Participant, group: String?)? in
      // Her own group, when she has one and no filter asks about her linked records.
      if session == nil, groupKey == nil, let group = person.group { return (person, group) }
      let records = roster.records(of: person.id)
      if let session, !records.contains(where: { $0.sessions.contains(session) }) { return nil }
      if let groupKey, !records.contains(where: { $0.group.map(NameKey.key) == groupKey }) {
        return nil
      }
      return (person, person.group ?? records.lazy.compactMap(\.group).first)
    }.compactMap { $0 }
  }
}
