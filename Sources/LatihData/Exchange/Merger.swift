import LatihBase

/// Merges events into a data folder as a set union by event id: merging the same events
/// twice, or in any order, leaves the same set; nothing is dropped. An input that
/// contradicts itself or the data folder, or breaks the rules of local input, is refused
/// whole.
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

  /// Why nothing was merged.
  package enum Failure: Error, Hashable, Sendable {
    /// The input was checked and refused before anything was written: every problem
    /// found, in a fixed order.
    case refused([MergeProblem])
    /// Reading or writing the data folder failed.
    case journal(JournalError)
  }

  /// Checks `events` against the rules of local input and the data folder, then adds
  /// every event not yet present, all or nothing (see ``merge(input:context:)``).
  package func merge(_ events: [Event], context: MergeContext = MergeContext())
    throws(Failure) -> Result
  {
    try merge(input: events, context: context)
  }

  /// Merges a whole input or nothing of it.
  ///
  /// First every event is checked (``plan(_:context:)``): its fields (``EventRules``),
  /// copies of one id that disagree (in the input, or here and in the input), people's
  /// events without their enrolment, session ids reused with another title, links to
  /// nobody. Any problem refuses the input before anything is written. Then every
  /// existing journal that gains events is locked, waiting about two seconds for one in
  /// use; one still in use refuses the input, again before anything is written. Only
  /// then is anything appended. (An I/O error while writing can still leave some
  /// journals merged: merging again finishes the job without duplicating anything.)
  ///
  /// Journals are written in batches on all cores; each batch is written first and then
  /// flushed together (each journal's fsync, on several threads), and the folders that
  /// gained journals are fsynced once at the end, before anything is reported.
  package func merge<Input: MergeInput>(input events: Input, context: MergeContext = MergeContext())
    throws(Failure) -> Result
  {
    let plan = try plan(events, context: context)
    var result = Result()
    result.present = plan.unchanged
    let writing = plan.groups.filter(\.opens)
    let held = try lock(writing.filter(\.exists))
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
    for start in stride(from: 0, to: writing.count, by: Self.batchSize) {
      let batch = Array(writing[start..<min(writing.count, start + Self.batchSize)])
      let outcomes = ConcurrentMap.map(batch) { group in
        mergeGroup(group, of: events, journal: held.journals[group.path])
      }
      let previous = finish(flushing)
      if let error = previous ?? outcomes.lazy.compactMap(\.error).first {
        // Stop at the first failure (what was written is not reported as merged).
        _ = finish((outcomes, BlockingWork.start(count: 0, width: 0) { _ in }))
        throw .journal(error)
      }
      let pending = outcomes.compactMap(\.journal).filter(\.needsFlush)
      let running = BlockingWork.start(count: pending.count, width: Self.flushThreads) {
        pending[$0].flush()
      }
      flushing = (outcomes, running)
    }
    if let error = finish(flushing) { throw .journal(error) }
    for folder in createdFolders.sorted() {
      do {
        try store.fileSystem.syncDirectory(folder)
      } catch {
        throw .journal(.system(error))
      }
    }
    return result
  }

  /// Existing journals held locked from before the first write to their own write.
  private final class HeldJournals: @unchecked Sendable {
    var journals: [String: Journal] = [:]
    deinit { for journal in journals.values { journal.close() } }
  }

  /// Locks the existing journals of `groups` (waiting about two seconds for each one in
  /// use) and holds them; past ``maximumHeld`` they are only checked free, one by one.
  private func lock(_ groups: [MergePlan.Group]) throws(Failure) -> HeldJournals {
    let held = HeldJournals()
    for group in groups {
      let journal: Journal
      do {
        journal = try Journal.openWaiting(
          group.path, fileSystem: store.fileSystem, createIfMissing: false,
          syncingDirectory: false, identifiersOnly: true
        ).journal
      } catch .busy {
        throw .refused([.busy(participant: group.participant.isEmpty ? nil : group.participant)])
      } catch {
        throw .journal(error)
      }
      // What opening it found (an unfinished line cut, damaged lines) is named.
      store.damage.note(journal)
      if held.journals.count < Self.maximumHeld {
        held.journals[group.path] = journal
      } else {
        journal.close()
      }
    }
    return held
  }

  /// Journals a merge keeps locked at once (each an open file: far below the usual
  /// limit of 1,024 open files, with room for a batch's).
  static let maximumHeld = 512

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

  /// Appends (without flushing) the events of a group that its journal lacks, to
  /// `journal` when it is held already.
  private func mergeGroup<Input: MergeInput>(
    _ planned: MergePlan.Group, of events: Input, journal held: Journal?
  ) -> Outcome {
    let group = planned.indices
    var outcome = Outcome(participant: planned.participant, path: planned.path)
    do throws(JournalError) {
      let journal: Journal
      if let held {
        journal = held
      } else {
        (journal, outcome.created) = try openOrCreate(planned.path)
      }
      // Ids as fixed-size values (every merged id is a generated one; another id in the
      // journal is kept as text).
      let present = journal.knownIdentifiers
      var known = Set<CompactID>(minimumCapacity: present.count + group.count)
      var knownOther: Set<String> = []
      for id in present {
        if let key = CompactID(id) { known.insert(key) } else { knownOther.insert(id) }
      }
      var fresh: [Int] = []
      // An export lists each person's events in time order already: sorted only if not.
      let inOrder = group.indices.dropFirst().allSatisfy { position in
        !events.isBefore(group[position], group[position - 1])
      }
      for index in inOrder ? group : group.sorted(by: events.isBefore) {
        let inserted =
          events.key(index).map { known.insert($0).inserted }
          ?? knownOther.insert(events.id(index)).inserted
        if inserted {
          fresh.append(index)
        } else {
          outcome.present += 1
        }
      }
      let added = fresh.count
      do throws(JournalError) {
        // The lines as written in the input where they are Latih's own (renumbered).
        var lines: [UInt8] = []
        let last: Int
        do {
          last = try events.journalLines(fresh, after: journal.lastSequence, into: &lines)
        } catch {
          throw .system(error)
        }
        try journal.appendUnsynced(lines: lines, lastSequence: last)
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
