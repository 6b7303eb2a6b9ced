import LatihBase

/// Reading the roster from the data folder's journals.
extension Roster {
  /// Reads every journal's enrolment, sessions joined and links (journals in parallel:
  /// a province's data has thousands). A journal that cannot be read is an error (a
  /// person must never silently go missing); one removed meanwhile is skipped, and an
  /// entry that is not a journal (a folder, a link, a device, too large) is skipped and
  /// noted in the store's ``DataStore/damage``. A journal whose enrolment cannot be read
  /// (a damaged first line, an empty file) still lists its person, under
  /// ``UnreadableNameText`` in `language` with her id, and is noted.
  package static func load(_ store: DataStore, language: Language = .standard)
    throws(SystemError) -> Roster
  {
    try load(store, language: language) { _, _ in () }.roster
  }

  /// ``load(_:language:)``, also handing each journal's bytes, while they are in memory,
  /// to `reading` (on any thread): each journal is read once for the roster and for
  /// whatever else the caller works out from it (a report's progress). Returns the
  /// roster and `reading`'s result per journal listed in it, by participant id.
  ///
  /// When `reading` went through every line anyway, `rosterLines` says where in the
  /// journal it found the lines a roster reads (``CompactProgress/rosterLines``), and the
  /// roster reads those instead of searching the journal; nil: search it. `sessions`:
  /// the folder's ``SessionList`` when the caller has already read it (nil: read it).
  package static func load<Extra: Sendable>(
    _ store: DataStore, language: Language = .standard, sessions: SessionList? = nil,
    reading: @escaping @Sendable (String, UnsafeBufferPointer<UInt8>) -> Extra,
    rosterLines: @escaping @Sendable (Extra) -> [Range<Int>]? = { _ in nil }
  ) throws(SystemError) -> (roster: Roster, extras: [String: Extra]) {
    let needles = [
      EventType.enrolled, .sessionJoined, .participantsLinked, .participantRenamed,
      .participantRemoved, .participantRestored,
    ].map { Array("\"type\":\"\($0.rawValue)\"".utf8) }
    let sessionList: SessionList
    if let sessions { sessionList = sessions } else { sessionList = try SessionList.load(store) }
    let ids = try store.participantIDs()
    var participants: [Keyed] = []
    participants.reserveCapacity(ids.count)
    var links: [(String, String)] = []
    var extras: [String: Extra] = [:]
    let keepsExtras = Extra.self != Void.self
    if keepsExtras { extras.reserveCapacity(ids.count) }
    var failure: SystemError?
    // Gathered in order on this thread while the next journals are read on the others
    // (gathered after the reading, it left a core idle for half a second at 100,000).
    ConcurrentMap.forEach(
      ids,
      { id in
        Result { () throws(SystemError) in
          try record(
            id, in: store, sessions: sessionList, needles: needles, language: language,
            reading: reading, rosterLines: rosterLines)
        }
      },
      inOrder: { _, outcome in
        guard failure == nil else { return }
        switch outcome {
        case .failure(let error):
          failure = error
        case .success(let (participant, linked, extra)):
          if let participant {
            if keepsExtras { extras[participant.participant.id] = extra }
            participants.append(participant)
          }
          links += linked
        }
      })
    if let failure { throw failure }
    var roster = Roster(keyed: consume participants, links: links)
    roster.sessionAliases = sessionList.aliases
    return (roster, extras)
  }

  /// One journal's participant (nil if the journal was removed meanwhile or is not a
  /// journal), with her sessions joined by their ids in `sessions`
  /// (``SessionList/resolve(_:)``), her links, and what `reading` made of its bytes.
  private static func record<Extra>(
    _ id: String, in store: DataStore, sessions: SessionList, needles: [[UInt8]],
    language: Language,
    reading: (String, UnsafeBufferPointer<UInt8>) -> Extra,
    rosterLines: (Extra) -> [Range<Int>]?
  ) throws(SystemError) -> (Keyed?, [(String, String)], Extra?) {
    let path = store.journalPath(id)
    let bytes: [UInt8]
    do {
      bytes = try store.fileSystem.readFile(path, limit: Journal.maximumBytes)
    } catch  where error.isNotFound {
      return (nil, [], nil)
    } catch  where DataStore.isSkippable(error) {
      store.damage.note(path: path, .unreadable(error))
      return (nil, [], nil)
    }
    let extra = bytes.withUnsafeBufferPointer { reading(id, $0) }
    let events =
      rosterLines(extra).map { JournalReader.events(in: bytes, at: $0, containing: needles) }
      ?? JournalReader.events(in: bytes, containing: needles)
    var (keyed, links) = record(
      id, bytes: bytes, events: events, path: path, in: store, language: language)
    if let joined = keyed?.participant.sessions, !joined.isEmpty {
      keyed?.participant.sessions = unique(joined.map(sessions.resolve))
    }
    return (keyed, links, extra)
  }

  /// The participant and links in journal `bytes` of `id` (read from `path`), whose
  /// lines that a roster reads hold `events`.
  private static func record(
    _ id: String, bytes: [UInt8], events: [Event], path: String, in store: DataStore,
    language: Language
  ) -> (Keyed?, [(String, String)]) {
    var participant: Participant?
    var sessions: [String] = []
    var links: [(String, String)] = []
    var renamed: Change<String>?
    var removed: Change<Bool>?
    for event in events.sorted(by: Event.chronological) where event.participant == id {
      switch event.body {
      case .enrolled(let enrollment) where participant == nil:
        participant = Participant(
          id: id, name: enrollment.name, group: enrollment.group, code: enrollment.code,
          phone: enrollment.phone, enrolledAt: event.time, sessions: [],
          rosterNumber: enrollment.rosterNumber)
      case .sessionJoined(let session) where !sessions.contains(session):
        sessions.append(session)
      case .participantsLinked(let other):
        links.append((id, other))
      case .participantRenamed(let name):
        renamed = Change(time: event.time, id: event.id, value: NameKey.clean(name))
      case .participantRemoved:
        removed = Change(time: event.time, id: event.id, value: true)
      case .participantRestored:
        removed = Change(time: event.time, id: event.id, value: false)
      default:
        break
      }
    }
    if participant == nil {
      // No readable enrolment: read the whole journal to say what is damaged, and list
      // her under a placeholder (dated by her first readable event) rather than hide her.
      let contents = JournalReader.read(bytes)
      store.damage.note(path: path, contents: contents, cut: false)
      store.damage.note(path: path, .nameUnreadable(participant: id))
      let first = contents.events.lazy.filter { $0.participant == id }.map(\.time).min()
      participant = Participant(
        id: id, name: UnreadableNameText(participant: id).text(in: language), group: nil,
        code: nil, phone: nil, enrolledAt: first ?? 0, sessions: [])
    }
    participant?.sessions = sessions
    var keyed = participant.map(Keyed.init)
    keyed?.renamed = renamed.flatMap { $0.value.isEmpty ? nil : $0 }
    keyed?.removed = removed
    return (keyed, links)
  }
}

/// `values` without repeats, in their first order.
private func unique(_ values: [String]) -> [String] {
  var seen: Set<String> = []
  return values.filter { seen.insert($0).inserted }
}
