#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A person enrolled in the course, as their journal says.
public struct Participant: Hashable, Sendable {
  public var id: String
  public var name: String
  public var group: String?
  public var code: String?
  public var phone: String?
  public var enrolledAt: Int64
  /// Sessions joined, in the order joined.
  public var sessions: [String]

  /// The name's comparison key (NFC, lowercased).
  public var nameKey: String { NameKey.key(name) }
}

/// Everyone in the data folder, with links between records of the same person.
public struct Roster: Sendable {
  /// One entry per journal with an enrolment, sorted by name.
  public private(set) var participants: [Participant]
  /// Each participant id → the id that stands for its person (linked records share one).
  public private(set) var canonical: [String: String]
  /// Canonical id → every record of that person.
  private var groups: [String: [Participant]]

  /// The result of looking someone up.
  public enum Match: Sendable {
    case one(Participant)
    case many([Participant])
    case none
  }

  public init(participants: [Participant], links: [(String, String)]) {
    self.participants = participants.sorted {
      ($0.nameKey, $0.enrolledAt, $0.id) < ($1.nameKey, $1.enrolledAt, $1.id)
    }
    var parent: [String: String] = [:]
    for participant in participants { parent[participant.id] = participant.id }
    func root(_ id: String) -> String {
      var current = id
      while let next = parent[current], next != current { current = next }
      return current
    }
    let enrolled = Dictionary(participants.map { ($0.id, $0.enrolledAt) }, uniquingKeysWith: min)
    for (a, b) in links where parent[a] != nil && parent[b] != nil {
      let rootA = root(a)
      let rootB = root(b)
      guard rootA != rootB else { continue }
      let keepA = (enrolled[rootA] ?? 0, rootA) <= (enrolled[rootB] ?? 0, rootB)
      if keepA { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
    var canonical: [String: String] = [:]
    var groups: [String: [Participant]] = [:]
    for participant in self.participants {
      let id = root(participant.id)
      canonical[participant.id] = id
      groups[id, default: []].append(participant)
    }
    self.canonical = canonical
    self.groups = groups
  }

  /// Reads every journal's enrolment, sessions joined and links. A journal that cannot be
  /// read is an error (a person must never silently go missing); one removed meanwhile is
  /// skipped.
  public static func load(_ store: DataStore) throws(SystemError) -> Roster {
    let needles = [
      "\"type\":\"enrolled\"", "\"type\":\"session-joined\"", "\"type\":\"participants-linked\"",
    ].map { Array($0.utf8) }
    var participants: [Participant] = []
    var links: [(String, String)] = []
    for id in try store.participantIDs() {
      let bytes: [UInt8]
      do {
        bytes = try store.fileSystem.readFile(store.journalPath(id))
      } catch where error.code == ENOENT {
        continue
      }
      var participant: Participant?
      var sessions: [String] = []
      for event in JournalReader.events(in: bytes, containing: needles).sorted(by: Event.chronological)
      where event.participant == id {
        switch event.body {
        case .enrolled(let enrollment) where participant == nil:
          participant = Participant(
            id: id, name: enrollment.name, group: enrollment.group, code: enrollment.code,
            phone: enrollment.phone, enrolledAt: event.time, sessions: [])
        case .sessionJoined(let session) where !sessions.contains(session):
          sessions.append(session)
        case .participantsLinked(let other):
          links.append((id, other))
        default:
          break
        }
      }
      if var participant {
        participant.sessions = sessions
        participants.append(participant)
      }
    }
    return Roster(participants: participants, links: links)
  }

  /// The participant with `id`.
  public func participant(_ id: String) -> Participant? { participants.first { $0.id == id } }

  /// Every record of the person `id` belongs to (itself and linked records).
  public func records(of id: String) -> [Participant] {
    groups[canonical[id] ?? id] ?? []
  }

  /// One entry per person: the canonical record of each link group.
  public var people: [Participant] {
    participants.filter { canonical[$0.id] == $0.id }
  }

  /// Finds WHO: a code, a name (NFC, case-insensitive) or an id prefix of 4+ digits.
  /// Linked records of one person count once.
  public func resolve(_ who: String) -> Match {
    let key = NameKey.key(who)
    guard !key.isEmpty else { return .none }
    let byCode = people.filter { person in
      records(of: person.id).contains { $0.code.map(NameKey.key) == key }
    }
    if byCode.count == 1 { return .one(byCode[0]) }
    let byName = people.filter { person in records(of: person.id).contains { $0.nameKey == key } }
    if byName.count == 1 { return .one(byName[0]) }
    if byName.count > 1 || byCode.count > 1 { return .many(byName.count > 1 ? byName : byCode) }
    if key.count >= 4, DataStore.isIdentifier(key + String(repeating: "0", count: max(0, 8 - key.count))) {
      let byID = people.filter { person in records(of: person.id).contains { $0.id.hasPrefix(key) } }
      if byID.count == 1 { return .one(byID[0]) }
      if byID.count > 1 { return .many(byID) }
    }
    return .none
  }

  /// Groups of different people who look like the same person: same name and same code
  /// (or both without code), not linked. For `participants list` and after a merge.
  public var likelyDuplicates: [[Participant]] {
    var groups: [String: [Participant]] = [:]
    for person in people {
      groups[person.nameKey + "\u{0}" + (person.code.map(NameKey.key) ?? ""), default: []].append(person)
    }
    return groups.values.filter { $0.count > 1 }.sorted { $0[0].nameKey < $1[0].nameKey }
  }
}
