import LatihBase

/// A training session (a day in a village hall), from its `session-created` event.
package struct Session: Hashable, Sendable {
  /// 8 hexadecimal digits.
  package var id: String
  package var title: String
  package var place: String?
  /// `YYYY-MM-DD`.
  package var date: String?
  package var created: Int64
  package var device: String
}

/// The sessions in a data folder (`sessions.jsonl`).
package struct SessionList: Sendable {
  /// Sessions in the order created.
  package var sessions: [Session]

  package init(sessions: [Session]) { self.sessions = sessions }

  /// Reads the sessions journal (without locking); an empty list when there is none.
  package static func load(_ store: DataStore) throws(SystemError) -> SessionList {
    let events = try store.readJournal(at: store.sessionsPath)?.events ?? []
    var seen: Set<String> = []
    let sessions = events.sorted(by: Event.chronological).compactMap { event -> Session? in
      guard case .sessionCreated(let info) = event.body, seen.insert(info.session).inserted else {
        return nil
      }
      return Session(
        id: info.session, title: info.title, place: info.place, date: info.date,
        created: event.time, device: event.device)
    }
    return SessionList(sessions: sessions)
  }

  /// The session with `id`, or the only one whose id starts with it.
  package func find(_ id: String) -> Session? {
    let key = id.lowercased()
    if let exact = sessions.first(where: { $0.id == key }) { return exact }
    let matches = sessions.filter { $0.id.hasPrefix(key) }
    return matches.count == 1 ? matches[0] : nil
  }

  /// Records a new session in `store` and returns it.
  package static func create(
    _ store: DataStore, title: String, place: String?, date: String?
  ) throws(JournalError) -> Session {
    let id = store.identifiers.hex(bytes: 4)
    let info = SessionInfo(session: id, title: title, place: place, date: date)
    let event = store.event(.sessionCreated(info), participant: nil)
    let journal = try Journal.openWaiting(
      store.sessionsPath, fileSystem: store.fileSystem, createIfMissing: true)
    defer { journal.close() }
    try journal.record([event])
    return Session(
      id: id, title: title, place: place, date: date, created: event.time, device: store.device)
  }
}
