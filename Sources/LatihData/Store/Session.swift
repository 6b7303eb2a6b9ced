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
  /// Per session id: when the facilitator first opened the post-test for it.
  package var postTestOpened: [String: Int64]

  package init(sessions: [Session], postTestOpened: [String: Int64] = [:]) {
    self.sessions = sessions
    self.postTestOpened = postTestOpened
  }

  /// Reads the sessions journal (without locking); an empty list when there is none.
  package static func load(_ store: DataStore) throws(SystemError) -> SessionList {
    let events = try store.readJournal(at: store.sessionsPath)?.events ?? []
    var seen: Set<String> = []
    var postTests: [String: Int64] = [:]
    let sessions = events.sorted(by: Event.chronological).compactMap { event -> Session? in
      if case .postTestOpened(let session) = event.body, postTests[session] == nil {
        postTests[session] = event.time
      }
      guard case .sessionCreated(let info) = event.body, seen.insert(info.session).inserted else {
        return nil
      }
      return Session(
        id: info.session, title: info.title, place: info.place, date: info.date,
        created: event.time, device: event.device)
    }
    return SessionList(sessions: sessions, postTestOpened: postTests)
  }

  /// When the post-test was first opened for a session the person `id` belongs to (any
  /// of her linked records joined it); nil when never. The one place that decides which
  /// sessions are hers for the post-test.
  package func postTestOpened(for id: String, in roster: Roster) -> Int64? {
    var first: Int64?
    for record in roster.records(of: id) {
      for session in record.sessions {
        if let time = postTestOpened[session] { first = min(first ?? time, time) }
      }
    }
    return first
  }

  /// The schedule that decides `id`'s pre-test and post-test in a course whose test is
  /// `test` among `lessons` (`course.manifest.courseTest`, `course.lessonIDs`).
  package func testSchedule(
    for id: String, in roster: Roster, test: String?, lessons: [String]
  ) -> TestSchedule {
    TestSchedule(
      test: test, lessons: lessons, postTestOpened: postTestOpened(for: id, in: roster))
  }

  /// Records that the facilitator opened the post-test for `session` now.
  package static func openPostTest(_ store: DataStore, session: String) throws(JournalError)
    -> Event
  {
    let event = store.event(.postTestOpened(session: session), participant: nil)
    let journal = try Journal.openWaiting(
      store.sessionsPath, fileSystem: store.fileSystem, createIfMissing: true)
    defer { journal.close() }
    try journal.record([event])
    return event
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
