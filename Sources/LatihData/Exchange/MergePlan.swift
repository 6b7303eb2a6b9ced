import LatihBase

/// What a merge will write, found by ``Merger/plan(_:context:)`` before anything is.
struct MergePlan: Sendable {
  /// The events of one journal.
  struct Group: Sendable {
    /// The participant id ("" for the sessions journal).
    var participant: String
    var path: String
    /// Indices of the input's events for this journal.
    var indices: [Int]
    /// How many of them the journal lacks (as read before locking it).
    var fresh: Int
    /// Whether the journal exists.
    var exists: Bool
    /// Whether it ends in an unfinished line, which opening it cuts (and names).
    var unfinished = false

    /// Whether the merge opens the journal: to add events or to cut an unfinished line.
    var opens: Bool { fresh > 0 || unfinished }
  }

  var groups: [Group]
  /// Events of journals that gain nothing: already present.
  var unchanged: Int
}

extension Merger {
  /// Checks `events` against the rules of local input and against the data folder, and
  /// works out which journals gain events. Throws ``Failure/refused(_:)`` with every
  /// problem found; reads, never writes.
  func plan<Input: MergeInput>(_ events: Input, context: MergeContext) throws(Failure)
    -> MergePlan
  {
    var problems: [MergeProblem] = []
    for index in 0..<events.count {
      if let problem = events.problem(index) {
        problems.append(.invalid(line: events.line(index), id: events.id(index), problem: problem))
      }
    }
    guard problems.isEmpty else { throw .refused(problems) }
    // Ids as fixed-size values (every id left is a generated one; others kept as text).
    var first: [CompactID: Int] = [:]
    first.reserveCapacity(events.count)
    var firstOther: [String: Int] = [:]
    var groups: [String: [Int]] = [:]
    var enrolled = context.enrolled
    var sessions: [String: String] = [:]
    var links: [(participant: String, other: String)] = []
    var sessionChanges: [String] = []
    for index in 0..<events.count {
      let key = events.key(index)
      let earlier: Int?
      if let key {
        earlier = first[key]
        if earlier == nil { first[key] = index }
      } else {
        earlier = firstOther[events.id(index)]
        if earlier == nil { firstOther[events.id(index)] = index }
      }
      if let earlier {
        let same =
          events.participant(earlier) == events.participant(index)
          && (events.digest(earlier).map { $0 == events.digest(index) } ?? false
            || events.fingerprint(earlier).agrees(with: events.fingerprint(index)))
        if !same {
          problems.append(.conflict(id: events.id(index), participant: events.participant(index)))
        }
      }
      let participant = events.participant(index) ?? ""
      groups[participant, default: []].append(index)
      switch events.role(index) {
      case .enrolled:
        enrolled.insert(participant)
      case .session(let session, let title):
        if let other = sessions[session] ?? context.sessions[session], other != title {
          problems.append(.sessionConflict(session: session))
        }
        sessions[session] = title
      case .linked(let other):
        links.append((participant, other))
      case .sessionChange(let named):
        sessionChanges += named
      case .other:
        break
      }
    }
    let local: Set<String>
    let localSessions: [String: String]
    do {
      local = Set(try store.participantIDs())
      localSessions = try self.localSessions()
    } catch {
      throw .journal(.system(error))
    }
    for (session, title) in sessions where localSessions[session].map({ $0 != title }) ?? false {
      problems.append(.sessionConflict(session: session))
    }
    for (participant, indices) in groups
    where !participant.isEmpty && !local.contains(participant) && !enrolled.contains(participant) {
      problems.append(.orphan(participant: participant, events: indices.count))
    }
    for session in Set(sessionChanges)
    where localSessions[session] == nil && sessions[session] == nil
      && context.sessions[session] == nil
    {
      problems.append(.unknownSession(session: session))
    }
    for link in links where !local.contains(link.other) && !enrolled.contains(link.other) {
      problems.append(.unknownLink(participant: link.participant, other: link.other))
    }
    // Each journal read (in parallel, without locking) for its copies of the same ids.
    let ordered = groups.sorted { $0.key < $1.key }
    let compared = ConcurrentMap.map(ordered) { participant, indices in
      compare(
        participant, indices, of: events, exists: participant.isEmpty || local.contains(participant)
      )
    }
    var plan = MergePlan(groups: [], unchanged: 0)
    // The input's events new to their own journals, with their journal's participant.
    var fresh: [(index: Int, participant: String)] = []
    for ((participant, indices), outcome) in zip(ordered, compared) {
      switch outcome {
      case .failure(let error):
        throw .journal(.system(error))
      case .success(let found):
        problems += found.conflicts
        for index in found.fresh { fresh.append((index, participant)) }
        plan.groups.append(
          MergePlan.Group(
            participant: participant, path: path(of: participant), indices: indices,
            fresh: found.fresh.count, exists: found.exists, unfinished: found.unfinished))
        if !plan.groups[plan.groups.count - 1].opens { plan.unchanged += indices.count }
      }
    }
    // An id new to its own journal but in another one here: another person's (or the
    // sessions') copy of the same id. With the folder's ids at hand (their fingerprints)
    // only the ids that may be here are looked for in every journal.
    // (Problems are sorted at the end.)
    var wanted: [String: String] = [:]
    for (index, participant) in fresh {
      if let folder = context.folder,
        !(events.key(index).map(folder.mayContain) ?? folder.mayContain(events.id(index)))
      {
        continue
      }
      wanted[events.id(index)] = participant
    }
    if !wanted.isEmpty {
      let asked = wanted
      let journals = [""] + local.sorted()
      let found = ConcurrentMap.map(journals) { participant in
        Swift.Result { () throws(SystemError) in
          try identifiers(of: participant).filter { asked[$0] != nil }
        }
      }
      for outcome in found {
        let ids: [String]
        switch outcome {
        case .success(let some): ids = some
        case .failure(let error): throw .journal(.system(error))
        }
        for id in ids {
          let participant = wanted[id] ?? ""
          problems.append(
            .conflict(id: id, participant: participant.isEmpty ? nil : participant))
        }
      }
    }
    guard problems.isEmpty else { throw .refused(Array(Set(problems)).sorted(by: Self.order)) }
    return plan
  }

  /// The ids in the journal of `participant` (none if it is missing).
  private func identifiers(of participant: String) throws(SystemError) -> [String] {
    let bytes: [UInt8]
    do {
      bytes = try store.fileSystem.readFile(path(of: participant), limit: Journal.maximumBytes)
    } catch  where error.isNotFound {
      return []
    }
    return bytes.withUnsafeBufferPointer {
      JournalReader.read($0, identifiersOnly: true).identifiers
    }
  }

  /// The journal of `participant` ("" for sessions).
  func path(of participant: String) -> String {
    participant.isEmpty ? store.sessionsPath : store.journalPath(participant)
  }

  /// What one journal holds of the input's events.
  private struct Compared: Sendable {
    var exists: Bool
    var unfinished = false
    /// The input's events (indices) whose ids the journal lacks.
    var fresh: [Int]
    var conflicts: [MergeProblem]
  }

  /// Reads the journal of `participant` and compares its events with the input's: ids
  /// only and the lines' digests (``LineDigest``); the journal is decoded in full only
  /// when a copy's bytes differ.
  private func compare<Input: MergeInput>(
    _ participant: String, _ indices: [Int], of events: Input, exists: Bool
  ) -> Swift.Result<Compared, SystemError> {
    let bytes: [UInt8]
    do {
      bytes = try store.fileSystem.readFile(path(of: participant), limit: Journal.maximumBytes)
    } catch  where error.isNotFound {
      return .success(Compared(exists: false, fresh: indices, conflicts: []))
    } catch {
      return .failure(error)
    }
    let read = bytes.withUnsafeBufferPointer { JournalReader.read($0, identifiersOnly: true) }
    var accepted = Set<CompactID>(minimumCapacity: read.identifiers.count)
    var acceptedOther: Set<String> = []
    for id in read.identifiers {
      if let key = CompactID(id) { accepted.insert(key) } else { acceptedOther.insert(id) }
    }
    var digests: [String: Int]?
    var here: [String: EventFingerprint]?
    var conflicts: [MergeProblem] = []
    var fresh: [Int] = []
    for index in indices {
      let isHere =
        events.key(index).map(accepted.contains) ?? acceptedOther.contains(events.id(index))
      guard isHere else {
        fresh.append(index)
        continue
      }
      let id = events.id(index)
      if digests == nil { digests = LineDigest.digests(of: bytes) }
      if let digest = events.digest(index), digest == digests?[id] { continue }
      if here == nil {
        let incoming = Set(indices.map(events.id))
        var decoded: [String: EventFingerprint] = [:]
        for event in JournalReader.read(bytes).events where incoming.contains(event.id) {
          decoded[event.id] = EventFingerprint(event)
        }
        here = decoded
      }
      if let local = here?[id], !local.agrees(with: events.fingerprint(index)) {
        conflicts.append(.conflict(id: id, participant: participant.isEmpty ? nil : participant))
      }
    }
    var compared = Compared(exists: true, fresh: fresh, conflicts: conflicts)
    compared.unfinished = read.tornTail != nil
    if fresh.isEmpty && !compared.unfinished {
      // Not opened: its damaged lines are named here.
      store.damage.note(path: path(of: participant), contents: read, cut: false)
    }
    return .success(compared)
  }

  /// Session id → title of the sessions created here.
  private func localSessions() throws(SystemError) -> [String: String] {
    var sessions: [String: String] = [:]
    for event in try store.readJournal(at: store.sessionsPath)?.events ?? [] {
      if case .sessionCreated(let info) = event.body { sessions[info.session] = info.title }
    }
    return sessions
  }

  /// A fixed order for problems, so two runs say the same.
  static func order(_ lhs: MergeProblem, _ rhs: MergeProblem) -> Bool {
    String(describing: lhs) < String(describing: rhs)
  }
}
