/// Merges events into a data folder as a set union by event id: merging the same events
/// twice, or in any order, leaves the same set; nothing is dropped.
public struct Merger: Sendable {
  public let store: DataStore

  public init(store: DataStore) { self.store = store }

  /// What a merge did.
  public struct Result: Hashable, Sendable {
    /// Events new to this laptop.
    public var added = 0
    /// Events it already had.
    public var present = 0
    /// Participants whose journals gained events.
    public var participants: Set<String> = []
  }

  /// Adds every event not yet present, journal by journal, and returns when everything
  /// added is durable. A crash part-way leaves some journals merged and others not;
  /// merging again finishes the job without duplicating anything.
  ///
  /// Journals are merged in batches on all cores; each batch is written first and then
  /// flushed together (each journal's fsync, on several threads), and the folders that
  /// gained journals are fsynced once at the end, before anything is reported.
  public func merge(_ events: [Event]) throws(JournalError) -> Result {
    // Grouped by index: copying a million events would retain all their strings.
    var groups: [String: [Int]] = [:]
    for index in events.indices {
      groups[events[index].participant ?? "", default: []].append(index)
    }
    let ordered = groups.sorted { $0.key < $1.key }.filter { participant, _ in
      participant.isEmpty || DataStore.isIdentifier(participant)
    }
    var result = Result()
    var createdFolders: Set<String> = []
    for start in stride(from: 0, to: ordered.count, by: Self.batchSize) {
      let batch = Array(ordered[start..<min(ordered.count, start + Self.batchSize)])
      let outcomes = ConcurrentMap.map(batch) { participant, group in
        mergeGroup(participant, group, of: events)
      }
      let journals = outcomes.compactMap(\.journal)
      let pending = journals.filter(\.needsFlush)
      BlockingWork.forEach(count: pending.count, width: Self.flushThreads) { index in
        pending[index].flush()
      }
      for journal in journals { journal.journal.close() }
      for outcome in outcomes {
        if let error = outcome.error ?? outcome.journal?.failure { throw error }
        result.added += outcome.added
        result.present += outcome.present
        if outcome.added > 0, !outcome.participant.isEmpty {
          result.participants.insert(outcome.participant)
        }
        if outcome.created { createdFolders.insert(PathName.parent(of: outcome.path)) }
      }
    }
    for folder in createdFolders.sorted() {
      do {
        try store.fileSystem.syncDirectory(folder)
      } catch {
        throw .system(error)
      }
    }
    return result
  }

  /// Journals merged (and flushed) together.
  static let batchSize = 256
  /// Threads flushing a batch: a disk takes several flushes at once.
  static let flushThreads = 16

  /// What merging one participant's events did.
  private struct Outcome: Sendable {
    var participant: String
    var path: String
    var added = 0
    var present = 0
    var created = false
    /// The journal written to, still open, to flush.
    var journal: PendingJournal?
    var error: JournalError?
  }

  /// A journal written by one thread and flushed by another, never at the same time.
  private final class PendingJournal: @unchecked Sendable {
    let journal: Journal
    private(set) var failure: JournalError?

    /// Whether anything was written.
    let needsFlush: Bool

    init(_ journal: Journal, needsFlush: Bool) {
      self.journal = journal
      self.needsFlush = needsFlush
    }

    func flush() {
      do {
        try journal.sync()
      } catch {
        failure = error
      }
    }
  }

  /// Appends (without flushing) the events of `participant` (`events[group]`) that its
  /// journal lacks.
  private func mergeGroup(_ participant: String, _ group: [Int], of events: [Event]) -> Outcome {
    let path = participant.isEmpty ? store.sessionsPath : store.journalPath(participant)
    var outcome = Outcome(participant: participant, path: path)
    do throws(JournalError) {
      let (journal, created) = try openOrCreate(path)
      outcome.created = created
      let present = journal.knownIdentifiers
      var known = Set<String>(minimumCapacity: present.count + group.count)
      for id in present { known.insert(id) }
      var fresh: [Event] = []
      // An export lists each person's events in time order already: sorted only if not.
      let inOrder = group.indices.dropFirst().allSatisfy { position in
        !Event.chronological(events[group[position]], events[group[position - 1]])
      }
      let order =
        inOrder
        ? group : group.sorted { Event.chronological(events[$0], events[$1]) }
      for index in order {
        if known.insert(events[index].id).inserted {
          fresh.append(events[index])
        } else {
          outcome.present += 1
        }
      }
      let added = fresh.count
      do {
        try journal.appendUnsynced(fresh)
      } catch {
        journal.close()
        throw error
      }
      outcome.added = added
      outcome.journal = PendingJournal(journal, needsFlush: added > 0)
    } catch {
      outcome.error = error
    }
    return outcome
  }

  /// Opens the journal at `path`, creating it (its folder not yet synced) if missing.
  private func openOrCreate(_ path: String) throws(JournalError) -> (Journal, created: Bool) {
    var attempt = 0
    while true {
      do {
        let create = !store.fileSystem.exists(path)
        let journal = try Journal.open(
          path, fileSystem: store.fileSystem, create: create, syncingDirectory: false,
          identifiersOnly: true)
        return (journal, create)
      } catch .busy(let busyPath) {
        attempt += 1
        if attempt >= 20 { throw .busy(path: busyPath) }
        Pause.milliseconds(100)
      }
    }
  }

  /// Every event in the data folder (sessions and all participants), for export.
  public func allEvents() -> [Event] {
    var events = ((try? store.readJournal(at: store.sessionsPath)) ?? nil)?.events ?? []
    for id in store.participantIDs() {
      events += ((try? store.readJournal(at: store.journalPath(id))) ?? nil)?.events ?? []
    }
    return events
  }
}
