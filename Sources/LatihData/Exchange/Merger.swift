import LatihBase

/// Merges events into a data folder as a set union by event id: merging the same events
/// twice, or in any order, leaves the same set; nothing is dropped.
package struct Merger: Sendable {
  package let store: DataStore

  package init(store: DataStore) { self.store = store }

  /// What a merge did.
  package struct Result: Hashable, Sendable {
    /// Events new to this laptop.
    package var added = 0
    /// Events it already had.
    package var present = 0
    /// Participants whose journals gained events.
    package var participants: Set<String> = []
  }

  /// Adds every event not yet present, journal by journal, and returns when everything
  /// added is durable. A crash part-way leaves some journals merged and others not;
  /// merging again finishes the job without duplicating anything.
  ///
  /// Journals are merged in batches on all cores; each batch is written first and then
  /// flushed together (each journal's fsync, on several threads), and the folders that
  /// gained journals are fsynced once at the end, before anything is reported.
  package func merge(_ events: [Event]) throws(JournalError) -> Result {
    try merge(input: events)
  }

  /// ``merge(_:)`` for any ``MergeInput``: a checked export file makes only the events
  /// it adds.
  package func merge<Input: MergeInput>(input events: Input) throws(JournalError) -> Result {
    // Grouped by index: copying a million events would retain all their strings.
    var groups: [String: [Int]] = [:]
    for index in 0..<events.count {
      groups[events.participant(index) ?? "", default: []].append(index)
    }
    let ordered = groups.sorted { $0.key < $1.key }.filter { participant, _ in
      participant.isEmpty || DataStore.isIdentifier(participant)
    }
    var result = Result()
    var createdFolders: Set<String> = []
    // While a batch's journals are being flushed, the next batch is computed.
    var flushing: (outcomes: [Outcome], running: BlockingWork.Running)?
    func finish(_ batch: (outcomes: [Outcome], running: BlockingWork.Running)?)
      -> JournalError?
    {
      guard let batch else { return nil }
      batch.running.wait()
      var failure: JournalError?
      for outcome in batch.outcomes {
        outcome.journal?.journal.close()
        if let error = outcome.error ?? outcome.journal?.failure {
          failure = failure ?? error
          continue
        }
        result.added += outcome.added
        result.present += outcome.present
        if outcome.added > 0, !outcome.participant.isEmpty {
          result.participants.insert(outcome.participant)
        }
        if outcome.created { createdFolders.insert(PathName.parent(of: outcome.path)) }
      }
      return failure
    }
    for start in stride(from: 0, to: ordered.count, by: Self.batchSize) {
      let batch = Array(ordered[start..<min(ordered.count, start + Self.batchSize)])
      let outcomes = ConcurrentMap.map(batch) { participant, group in
        mergeGroup(participant, group, of: events)
      }
      let previous = finish(flushing)
      if let error = previous ?? outcomes.lazy.compactMap(\.error).first {
        // Stop at the first failure (what was written is not reported as merged).
        _ = finish((outcomes, BlockingWork.start(count: 0, width: 0) { _ in }))
        throw error
      }
      let pending = outcomes.compactMap(\.journal).filter(\.needsFlush)
      let running = BlockingWork.start(count: pending.count, width: Self.flushThreads) {
        pending[$0].flush()
      }
      flushing = (outcomes, running)
    }
    if let error = finish(flushing) { throw error }
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
  private func mergeGroup<Input: MergeInput>(
    _ participant: String, _ group: [Int], of events: Input
  ) -> Outcome {
    let path = participant.isEmpty ? store.sessionsPath : store.journalPath(participant)
    var outcome = Outcome(participant: participant, path: path)
    do throws(JournalError) {
      let (journal, created) = try openOrCreate(path)
      outcome.created = created
      let present = journal.knownIdentifiers
      var known = Set<String>(minimumCapacity: present.count + group.count)
      for id in present { known.insert(id) }
      var fresh: [Int] = []
      // An export lists each person's events in time order already: sorted only if not.
      let inOrder = group.indices.dropFirst().allSatisfy { position in
        !events.isBefore(group[position], group[position - 1])
      }
      for index in inOrder ? group : group.sorted(by: events.isBefore) {
        if known.insert(events.id(index)).inserted {
          fresh.append(index)
        } else {
          outcome.present += 1
        }
      }
      let added = fresh.count
      do {
        try journal.appendUnsynced(events.events(fresh))
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

  /// Opens the journal at `path`, creating it (its folder not yet synced) if missing,
  /// waiting while another Latih holds it.
  private func openOrCreate(_ path: String) throws(JournalError) -> (Journal, created: Bool) {
    let opened = try Journal.openWaiting(
      path, fileSystem: store.fileSystem, createIfMissing: true, syncingDirectory: false,
      identifiersOnly: true)
    store.damage.note(opened.journal)
    return (opened.journal, opened.created)
  }

  /// Every event in the data folder (sessions and all participants), for export. A
  /// journal that cannot be read is an error: an export must never quietly miss one.
  package func allEvents() throws(SystemError) -> [Event] {
    var events = try store.readJournal(at: store.sessionsPath)?.events ?? []
    for id in try store.participantIDs() {
      events += try store.readJournal(at: store.journalPath(id))?.events ?? []
    }
    return events
  }
}
