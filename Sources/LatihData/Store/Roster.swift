import LatihBase

/// A person enrolled in the course, as their journal says.
package struct Participant: Hashable, Sendable {
  package var id: String
  package var name: String
  package var group: String?
  package var code: String?
  package var phone: String?
  package var enrolledAt: Int64
  /// Sessions joined, in the order joined, by canonical id (``SessionList/resolve(_:)``).
  package var sessions: [String]
  /// Removed with `latih participants remove` (and not restored since): left out of
  /// ``Roster/people``, lists and reports; the journal is kept.
  package var removed = false
  /// Position on the paper roster it was imported from (the `No` column, else the row
  /// order), when known: the order of the evaluation grid and the reports.
  package var rosterNumber: Int? = nil

  /// The name's comparison key (NFC, lowercased).
  package var nameKey: String { NameKey.key(name) }
}

extension Sequence where Element == Participant {
  /// These people in roster order: by roster number, then enrolment time, then name.
  package func inRosterOrder() -> [Participant] {
    sorted {
      ($0.rosterNumber ?? Int.max, $0.enrolledAt, $0.nameKey, $0.id)
        < ($1.rosterNumber ?? Int.max, $1.enrolledAt, $1.nameKey, $1.id)
    }
  }
}

/// Everyone in the data folder, with links between records of the same person.
package struct Roster: Sendable {
  /// One entry per journal with an enrolment, sorted by name.
  package private(set) var participants: [Participant]
  /// Each participant id → the id that stands for its person (linked records share one).
  package private(set) var canonical: [String: String]
  /// Canonical id → every record of that person.
  private var groups: [String: [Participant]]
  /// Participant id → comparison keys of the name and the code, worked out once (each
  /// is a Unicode normalisation, too slow to repeat in a sort over thousands of people).
  private var nameKeys: [String: String]
  private var codeKeys: [String: String]
  /// Session ids that are not canonical → their canonical id (from ``load(_:)``), for
  /// ``ProgressLoader`` to read every session field through the same resolver.
  package internal(set) var sessionAliases: [String: String] = [:]

  /// The result of looking someone up.
  package enum Match: Sendable {
    case one(Participant)
    case many([Participant])
    case none
  }

  package init(participants: [Participant], links: [(String, String)]) {
    self.init(keyed: participants.map(Keyed.init), links: links)
  }

  /// A participant with the comparison keys of their name and code, and the latest
  /// rename and removal or restoration in their journal.
  struct Keyed: Sendable {
    var participant: Participant
    var key: String
    var codeKey: String?
    var renamed: Change<String>?
    var removed: Change<Bool>?

    init(_ participant: Participant) {
      self.participant = participant
      key = participant.nameKey
      codeKey = participant.code.map(NameKey.key)
    }
  }

  /// A change recorded by an event, ordered by the event's time, then id.
  struct Change<Value: Sendable>: Sendable {
    var time: Int64
    var id: String
    var value: Value

    func isLater(than other: Change?) -> Bool {
      guard let other else { return true }
      return (time, id) > (other.time, other.id)
    }
  }

  /// A roster of participants whose keys are already worked out (``load(_:)`` does that
  /// on all cores along with reading the journals).
  init(keyed: consuming [Keyed], links: [(String, String)]) {
    // Records are linked by number (a province has a hundred thousand, and a table keyed
    // by id for each step below took a second). One node per id, the earliest enrolment.
    // (Entries are read in place by index: an entry is large, and copying it costs a
    // reference count for each of its strings.)
    var node: [String: Int] = [:]
    node.reserveCapacity(keyed.count)
    var ids: [String] = []
    var enrolled: [Int64] = []
    var nodeOf: [Int] = []
    nodeOf.reserveCapacity(keyed.count)
    for index in keyed.indices {
      let id = keyed[index].participant.id
      let enrolledAt = keyed[index].participant.enrolledAt
      if let existing = node[id] {
        nodeOf.append(existing)
        enrolled[existing] = min(enrolled[existing], enrolledAt)
      } else {
        node[id] = ids.count
        nodeOf.append(ids.count)
        ids.append(id)
        enrolled.append(enrolledAt)
      }
    }
    var parent = Array(ids.indices)
    func root(_ start: Int) -> Int {
      var current = start
      while parent[current] != current { current = parent[current] }
      return current
    }
    for (a, b) in links {
      guard let nodeA = node[a], let nodeB = node[b] else { continue }
      let rootA = root(nodeA)
      let rootB = root(nodeB)
      guard rootA != rootB else { continue }
      let keepA = (enrolled[rootA], ids[rootA]) <= (enrolled[rootB], ids[rootB])
      if keepA { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
    let roots = keyed.indices.map { root(nodeOf[$0]) }
    // A rename or removal counts for the whole person (all linked records): the latest
    // in time order wins, the same on every laptop. (Most data folders have none.)
    if keyed.indices.contains(where: { keyed[$0].renamed != nil || keyed[$0].removed != nil }) {
      var renamed = [Change<String>?](repeating: nil, count: ids.count)
      var removed = [Change<Bool>?](repeating: nil, count: ids.count)
      for index in keyed.indices {
        let person = roots[index]
        if let change = keyed[index].renamed, change.isLater(than: renamed[person]) {
          renamed[person] = change
        }
        if let change = keyed[index].removed, change.isLater(than: removed[person]) {
          removed[person] = change
        }
      }
      for index in keyed.indices {
        let person = roots[index]
        if let name = renamed[person]?.value, name != keyed[index].participant.name {
          keyed[index].participant.name = name
          keyed[index].key = NameKey.key(name)
        }
        keyed[index].participant.removed = removed[person]?.value ?? false
      }
    }
    // The name order and the tables of keys and canonical ids do not depend on each
    // other, nor (once the order is known) the list and the groups of linked records:
    // each pair is worked out on two cores (one after the other, they were a second of
    // one core at 100,000). (Read-only copies, for the closures run on other threads.)
    let (entries, nodeIDs) = (keyed, ids)
    let (order, keys) = ConcurrentMap.pair(
      {
        // Positions are sorted, not entries (an entry is large to move).
        entries.indices.sorted {
          (entries[$0].key, entries[$0].participant.enrolledAt, entries[$0].participant.id)
            < (entries[$1].key, entries[$1].participant.enrolledAt, entries[$1].participant.id)
        }
      },
      {
        var nameKeys: [String: String] = [:]
        var codeKeys: [String: String] = [:]
        var canonical: [String: String] = [:]
        nameKeys.reserveCapacity(entries.count)
        canonical.reserveCapacity(entries.count)
        for index in entries.indices {
          let id = entries[index].participant.id
          nameKeys[id] = entries[index].key
          if let code = entries[index].codeKey { codeKeys[id] = code }
          canonical[id] = nodeIDs[roots[index]]
        }
        return (nameKeys, codeKeys, canonical)
      })
    (self.nameKeys, self.codeKeys, self.canonical) = keys
    (self.participants, self.groups) = ConcurrentMap.pair(
      { order.map { entries[$0].participant } },
      {
        var groups: [String: [Participant]] = [:]
        groups.reserveCapacity(nodeIDs.count)
        for index in order {
          groups[nodeIDs[roots[index]], default: []].append(entries[index].participant)
        }
        return groups
      })
  }

  /// The participant with `id`.
  package func participant(_ id: String) -> Participant? { participants.first { $0.id == id } }

  /// The comparison key of a listed participant's name (``Participant/nameKey``).
  package func nameKey(of participant: Participant) -> String {
    nameKeys[participant.id] ?? participant.nameKey
  }

  /// The comparison key of a listed participant's code, if they have one.
  func codeKey(of participant: Participant) -> String? {
    codeKeys[participant.id] ?? participant.code.map(NameKey.key)
  }

  /// Every record of the person `id` belongs to (itself and linked records).
  package func records(of id: String) -> [Participant] {
    groups[canonical[id] ?? id] ?? []
  }

  /// One entry per person: the canonical record of each link group (removed people
  /// left out).
  package var people: [Participant] {
    participants.filter { canonical[$0.id] == $0.id && !$0.removed }
  }

  /// The removed people (canonical records), for `participants restore`.
  package var removedPeople: [Participant] {
    participants.filter { canonical[$0.id] == $0.id && $0.removed }
  }

  /// Whether the person `id` belongs to joined session `session` (a canonical id) with
  /// any of her records.
  package func isIn(_ id: String, session: String) -> Bool {
    records(of: id).contains { $0.sessions.contains(session) }
  }

  /// Finds WHO: a code, a name (NFC, case-insensitive) or an id prefix of 4+ digits; a
  /// name or code with no exact match is looked up again folded (accents, apostrophe
  /// variants: ``NameKey/searchKey(_:)``). Linked records of one person count once.
  package func resolve(_ who: String, removed: Bool = false) -> Match {
    let key = NameKey.key(who)
    guard !key.isEmpty else { return .none }
    let people = removed ? removedPeople : people
    let byCode = people.filter { person in
      records(of: person.id).contains { codeKey(of: $0) == key }
    }
    if byCode.count == 1 { return .one(byCode[0]) }
    let byName = people.filter { person in
      records(of: person.id).contains { nameKey(of: $0) == key }
    }
    if byName.count == 1 { return .one(byName[0]) }
    if byName.count > 1 || byCode.count > 1 { return .many(byName.count > 1 ? byName : byCode) }
    switch looseMatch(who, in: people) {
    case .none: break
    case let found: return found
    }
    if key.count >= 4,
      DataStore.isIdentifier(key + String(repeating: "0", count: max(0, 8 - key.count)))
    {
      let byID = people.filter { person in records(of: person.id).contains { $0.id.hasPrefix(key) }
      }
      if byID.count == 1 { return .one(byID[0]) }
      if byID.count > 1 { return .many(byID) }
    }
    return .none
  }

  /// Groups of different people who look like the same person: same name and same code
  /// (or both without code, and then the same phone and group), not linked. For
  /// `participants list` and after a merge; namesakes with another phone or group are
  /// not flagged here. Names are compared as people are found (``NameKey/searchKey(_:)``:
  /// case, accents, apostrophes), so `Dede Rosali` from a roster typed without accents is
  /// flagged beside `Dédé Rosali` with the same phone.
  package var likelyDuplicates: [[Participant]] {
    var groups: [String: [Participant]] = [:]
    for person in people {
      let details =
        codeKey(of: person).map { "c" + $0 }
        ?? "p" + (PersonMatch.phone(person.phone) ?? "") + "\u{0}"
        + (person.group.map(NameKey.key) ?? "")
      groups[NameKey.searchKey(nameKey(of: person)) + "\u{0}" + details, default: []].append(person)
    }
    return groups.values.filter { $0.count > 1 }.sorted { nameKey(of: $0[0]) < nameKey(of: $1[0]) }
  }
}
