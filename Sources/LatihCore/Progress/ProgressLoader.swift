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
    let records = roster.records(of: id)
    // One record (the usual case): its array as read, not a copy of every event.
    if records.count == 1 { return events(ofRecord: records[0].id) }
    return records.flatMap { events(ofRecord: $0.id) }
  }

  /// The events in the journal of one record.
  private func events(ofRecord id: String) -> [Event] {
    ((try? store.readJournal(at: store.journalPath(id))) ?? nil)?.events ?? []
  }

  /// The progress of the person `id` belongs to.
  public func progress(of id: String) -> ParticipantProgress {
    ParticipantProgress(events: events(of: id))
  }
}
