/// Merges events into a data folder as a set union by event id: merging the same events
/// twice, or in any order, leaves the same set; nothing is dropped.
public struct Merger {
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

  /// Adds every event not yet present, one journal at a time (each append one fsync).
  /// A crash part-way leaves some journals merged and others not; merging again finishes
  /// the job without duplicating anything.
  public func merge(_ events: [Event]) throws(JournalError) -> Result {
    var result = Result()
    var groups: [String: [Event]] = [:]
    for event in events { groups[event.participant ?? "", default: []].append(event) }
    for (participant, group) in groups.sorted(by: { $0.key < $1.key }) {
      let path = participant.isEmpty ? store.sessionsPath : store.journalPath(participant)
      guard participant.isEmpty || DataStore.isIdentifier(participant) else { continue }
      let journal = try Journal.openWaiting(
        path, fileSystem: store.fileSystem, createIfMissing: true)
      defer { journal.close() }
      var known = Set(journal.events.map(\.id))
      var fresh: [Event] = []
      for event in group.sorted(by: Event.chronological) {
        if known.insert(event.id).inserted {
          fresh.append(event)
        } else {
          result.present += 1
        }
      }
      try journal.append(fresh)
      result.added += fresh.count
      if !fresh.isEmpty && !participant.isEmpty { result.participants.insert(participant) }
    }
    return result
  }

  /// Every event in the data folder (sessions and all participants), for export. A
  /// journal that cannot be read is an error: an export must never quietly miss one.
  public func allEvents() throws(SystemError) -> [Event] {
    var events = try store.readJournal(at: store.sessionsPath)?.events ?? []
    for id in try store.participantIDs() {
      events += try store.readJournal(at: store.journalPath(id))?.events ?? []
    }
    return events
  }
}
