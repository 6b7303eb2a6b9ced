/// Reads participants' journals (without locking) into ``ParticipantProgress``.
public struct ProgressLoader: Sendable {
  public let store: DataStore
  public let roster: Roster

  public init(store: DataStore, roster: Roster) {
    self.store = store
    self.roster = roster
  }

  /// Every event of the person `id` belongs to (all linked records).
  public func events(of id: String) -> [Event] {
    roster.records(of: id).flatMap { record in
      ((try? store.readJournal(at: store.journalPath(record.id))) ?? nil)?.events ?? []
    }
  }

  /// The progress of the person `id` belongs to.
  public func progress(of id: String) -> ParticipantProgress {
    ParticipantProgress(events: events(of: id))
  }
}
