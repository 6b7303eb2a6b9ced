/// Reads participants' journals (without locking) into ``ParticipantProgress``.
public struct ProgressLoader: Sendable {
  public let store: DataStore
  public let roster: Roster
  /// The damage found in the journals read so far (the store's log).
  public var damage: JournalDamageLog { store.damage }

  public init(store: DataStore, roster: Roster) {
    self.store = store
    self.roster = roster
  }

  /// Every event of the person `id` belongs to (all linked records); a journal that
  /// cannot be read is an error, not an empty history.
  public func events(of id: String) throws(SystemError) -> [Event] {
    let records = roster.records(of: id)
    // One record (the usual case): its array as read, not a copy of every event.
    if records.count == 1 { return try events(ofRecord: records[0].id) }
    var events: [Event] = []
    for record in records { events += try self.events(ofRecord: record.id) }
    return events
  }

  /// The events in the journal of one record.
  private func events(ofRecord id: String) throws(SystemError) -> [Event] {
    let path = store.journalPath(id)
    guard let contents = try store.readJournal(at: path) else { return [] }
    return contents.events
  }

  /// The progress of the person `id` belongs to.
  public func progress(of id: String) throws(SystemError) -> ParticipantProgress {
    ParticipantProgress(events: try events(of: id))
  }
}
