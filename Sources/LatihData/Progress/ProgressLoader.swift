import LatihBase

/// Reads participants' journals (without locking) into ``ParticipantProgress``.
package struct ProgressLoader: Sendable {
  package let store: DataStore
  package let roster: Roster
  /// The damage found in the journals read so far (the store's log).
  package var damage: JournalDamageLog { store.damage }

  /// Journals read into ``CompactProgress`` along with the roster, by participant id
  /// (``Roster/load(_:language:sessions:reading:rosterLines:)``).
  package let compact: [String: CompactProgress]

  package init(store: DataStore, roster: Roster, compact: [String: CompactProgress] = [:]) {
    self.store = store
    self.roster = roster
    self.compact = compact
  }

  /// The compact progress of the person `id` belongs to when it is her whole history,
  /// counted exactly: one record, whose journal was read exactly (else nil: read her
  /// ``progress(of:)``). Its damage is noted as reading the journal would note it.
  package func compactProgress(of id: String) -> CompactProgress? {
    let records = roster.records(of: id)
    guard records.count == 1, let progress = compact[records[0].id], progress.isExact else {
      return nil
    }
    if !progress.skippedLines.isEmpty || progress.tornTail != nil {
      var contents = JournalContents()
      contents.skippedLines = progress.skippedLines
      contents.tornTail = progress.tornTail
      store.damage.note(path: store.journalPath(records[0].id), contents: contents, cut: false)
    }
    return progress
  }

  /// Every event of the person `id` belongs to (all linked records); a journal that
  /// cannot be read is an error, not an empty history.
  package func events(of id: String) throws(SystemError) -> [Event] {
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

  /// The progress of the person `id` belongs to. Every session a run or a record names
  /// is read as its training day's canonical id (``SessionList/resolve(_:)``), so a
  /// `--session` filter finds the records of that day made on any laptop.
  package func progress(of id: String) throws(SystemError) -> ParticipantProgress {
    let events = try events(of: id)
    let aliases = roster.sessionAliases
    // Copied only when some event names another id of a day (copies cost on big data).
    guard !aliases.isEmpty, events.contains(where: { SessionAlias.names($0, aliases) }) else {
      return ParticipantProgress(events: events)
    }
    return ParticipantProgress(events: events.map { SessionAlias.resolved($0, aliases) })
  }
}
