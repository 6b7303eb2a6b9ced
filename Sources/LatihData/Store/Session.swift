import LatihBase

/// A training session (a day in a village hall): its `session-created` event, or several
/// of them joined into one (the same day created on several laptops).
package struct Session: Hashable, Sendable {
  /// 8 hexadecimal digits: the canonical id (the earliest created of its members).
  package var id: String
  package var title: String
  package var place: String?
  /// `YYYY-MM-DD`.
  package var date: String?
  package var created: Int64
  package var device: String
  /// Every id of this training day: the canonical id first, then the others in the order
  /// created.
  package var members: [String] = []
  /// Removed with `latih session remove` (and not restored since).
  package var removed = false
  /// Whether its participants give a PIN (the latest `session-pin` of any member).
  package var pin: PinPolicy = .off

  package init(
    id: String, title: String, place: String? = nil, date: String? = nil, created: Int64,
    device: String, members: [String]? = nil, removed: Bool = false
  ) {
    self.id = id
    self.title = title
    self.place = place
    self.date = date
    self.created = created
    self.device = device
    self.members = members ?? [id]
    self.removed = removed
  }

  /// The key that makes two sessions one training day: title, place and date, each
  /// Unicode-normalised, lowercased and with white space collapsed.
  package static func dayKey(title: String, place: String?, date: String?) -> String {
    [NameKey.key(title), NameKey.key(place ?? ""), NameKey.key(date ?? "")].joined(
      separator: "\u{0}")
  }

  /// This session's ``dayKey(title:place:date:)`` as it reads now.
  package var dayKey: String { Self.dayKey(title: title, place: place, date: date) }
}

/// The sessions in a data folder (`sessions.jsonl`), with the one resolver every command
/// and the report use to turn any session id into its training day's canonical id.
package struct SessionList: Sendable {
  /// Sessions not removed, in the order created (one per training day).
  package private(set) var sessions: [Session]
  /// Removed sessions, in the order created.
  package private(set) var removedSessions: [Session] = []
  /// Every known session id → its canonical id.
  private var canonical: [String: String] = [:]
  /// The day key of every session as created → its canonical id.
  private var createdDays: [String: String] = [:]
  /// Per canonical session id: when the facilitator first opened the post-test for it
  /// (`latih session post-test`, on any laptop).
  package private(set) var postTestOpened: [String: Int64] = [:]

  /// A list of sessions that are each their own training day, with the times their
  /// post-tests were opened.
  package init(sessions: [Session], postTestOpened: [String: Int64] = [:]) {
    self.sessions = sessions
    for session in sessions {
      for member in session.members { canonical[member] = session.id }
    }
    for (session, time) in postTestOpened { notePostTest(session, at: time) }
  }

  /// The sessions the events of `sessions.jsonl` describe (see ``SessionDays``).
  package init(events: [Event]) {
    let days = SessionDays(events: events)
    canonical = days.canonical
    createdDays = days.createdDays
    sessions = days.sessions.filter { !$0.removed }
    removedSessions = days.sessions.filter(\.removed)
    for event in events {
      if case .postTestOpened(let session) = event.body { notePostTest(session, at: event.time) }
    }
  }

  private mutating func notePostTest(_ session: String, at time: Int64) {
    let day = resolve(session)
    postTestOpened[day] = min(postTestOpened[day] ?? time, time)
  }

  /// When the post-test was first opened for a training day the person `id` belongs to
  /// (any of her linked records joined one of its sessions); nil when never. The one
  /// place that decides which sessions are hers for the post-test.
  package func postTestOpened(for id: String, in roster: Roster) -> Int64? {
    var first: Int64?
    for record in roster.records(of: id) {
      for session in record.sessions {
        if let time = postTestOpened[resolve(session)] { first = min(first ?? time, time) }
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
    try record([event], in: store)
    return event
  }

  /// Reads the sessions journal (without locking); an empty list when there is none.
  package static func load(_ store: DataStore) throws(SystemError) -> SessionList {
    SessionList(events: try store.readJournal(at: store.sessionsPath)?.events ?? [])
  }

  /// The canonical id of the training day session `id` belongs to; an unknown id is
  /// returned as it is.
  package func resolve(_ id: String) -> String { canonical[id] ?? id }

  /// Session ids that are not their own canonical id, each → its canonical id.
  package var aliases: [String: String] { canonical.filter { $0.key != $0.value } }

  /// The session (not removed) with member id `id`, or the only one with a member id
  /// that starts with it.
  package func find(_ id: String) -> Session? { find(id, in: sessions) }

  /// As ``find(_:)``, among removed sessions.
  package func findRemoved(_ id: String) -> Session? { find(id, in: removedSessions) }

  private func find(_ id: String, in list: [Session]) -> Session? {
    let key = id.lowercased()
    guard !key.isEmpty else { return nil }
    if let exact = list.first(where: { $0.members.contains(key) }) { return exact }
    let matches = list.filter { $0.members.contains { $0.hasPrefix(key) } }
    return matches.count == 1 ? matches[0] : nil
  }

  /// The session for the training day with this title, place and date (as it reads now,
  /// or as any of its sessions was created), removed or not.
  package func day(title: String, place: String?, date: String?) -> Session? {
    let key = Session.dayKey(title: title, place: place, date: date)
    let all = sessions + removedSessions
    if let now = all.first(where: { $0.dayKey == key }) { return now }
    return createdDays[key].flatMap { id in all.first { $0.id == id } }
  }

  /// Records a new session in `store` and returns it.
  package static func create(
    _ store: DataStore, title: String, place: String?, date: String?
  ) throws(JournalError) -> Session {
    let id = store.identifiers.hex(bytes: 4)
    let info = SessionInfo(session: id, title: title, place: place, date: date)
    let event = store.event(.sessionCreated(info), participant: nil)
    try record([event], in: store)
    return Session(
      id: id, title: title, place: place, date: date, created: event.time, device: store.device)
  }

  /// Appends session events (renamed, removed, restored, linked) to `sessions.jsonl`.
  package static func record(_ events: [Event], in store: DataStore) throws(JournalError) {
    let journal = store.noted(
      try Journal.openWaiting(
        store.sessionsPath, fileSystem: store.fileSystem, createIfMissing: true))
    defer { journal.close() }
    try journal.record(events)
  }
}
