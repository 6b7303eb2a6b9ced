/// Reads participants' journals (without locking) into ``ParticipantProgress``.
public struct ProgressLoader: Sendable {
  public let store: DataStore
  public let roster: Roster

  public init(store: DataStore, roster: Roster) {
    self.store = store
    self.roster = roster
  }

  /// Every event of the person `id` belongs to (all linked records); a journal that
  /// cannot be read is an error, not an empty history.
  public func events(of id: String) throws(SystemError) -> [Event] {
    var events: [Event] = []
    for record in roster.records(of: id) {
      events += try store.readJournal(at: store.journalPath(record.id))?.events ?? []
    }
    return events
  }

  /// The progress of the person `id` belongs to.
  public func progress(of id: String) throws(SystemError) -> ParticipantProgress {
    ParticipantProgress(events: try events(of: id))
  }
}
