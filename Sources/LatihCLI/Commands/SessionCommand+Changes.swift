import LatihBase
import LatihCourse
import LatihData
import LatihReport

/// `latih session add WHO... | link A B | rename ID TITLE | remove ID | restore ID`:
/// attaching people, joining two sessions into one day, and append-only changes.
extension SessionCommand {
  /// Attaches people already enrolled to the session (`--session ID`, else the current).
  static func add(_ invocation: Invocation, words: [String]) throws(CommandFailure) -> ExitCode {
    guard !words.isEmpty else {
      throw CommandFailure(CLIMessage.missingArgument("WHO", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    guard let session = try invocation.targetSession(store) else {
      throw CommandFailure(PeopleText.noSessionToJoin, .usage)
    }
    let roster = try invocation.roster(store)
    var people: [Participant] = []
    for who in words { people.append(try invocation.participant(who, in: roster)) }
    var attached: Set<String> = []
    for person in people where attached.insert(person.id).inserted {
      let name = TerminalSanitizer.cleanLine(person.name)
      if try invocation.join(person, session: session.id, store: store, roster: roster) {
        invocation.say(
          PeopleText.joinedSession(name: name, title: TerminalSanitizer.cleanLine(session.title)))
      } else {
        invocation.say(PeopleText.alreadyInSession(name: name))
      }
    }
    return .ok
  }

  /// Joins two sessions into one training day (a `sessions-linked` event).
  static func link(_ invocation: Invocation, words: [String]) throws(CommandFailure) -> ExitCode {
    guard words.count == 2 else {
      throw CommandFailure(CLIMessage.missingArgument("A B", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    let sessions = try invocation.sessions(store)
    let first = try find(words[0], in: sessions)
    let second = try find(words[1], in: sessions)
    guard first.id != second.id else { throw CommandFailure(PeopleText.sessionsAlreadyOne, .usage) }
    try record(.sessionsLinked(session: first.id, other: second.id), in: store)
    let day = try invocation.sessions(store).find(first.id) ?? first
    let other = day.id == first.id ? second : first
    invocation.say(
      PeopleText.sessionsLinked(
        id: day.id, title: TerminalSanitizer.cleanLine(day.title), other: other.id))
    return .ok
  }

  /// `session rename ID TITLE [--place P] [--date D]`: a new title (and place or date when
  /// given; the others kept).
  static func rename(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard words.count >= 2 else {
      throw CommandFailure(CLIMessage.missingArgument("ID TITLE", command: name), .usage)
    }
    let title = try checkedText(words.dropFirst().joined(separator: " "))
    guard !title.isEmpty else { throw CommandFailure(FacilitatorText.emptyTitle, .usage) }
    let store = try invocation.openStore(create: true)
    var session = try find(words[0], in: try invocation.sessions(store))
    session.title = title
    if let typed = invocation.arguments.value(.date) {
      guard let valid = Timestamp.validDate(typed) else {
        throw CommandFailure(FacilitatorText.invalidDate(typed), .usage)
      }
      session.date = valid
      warnIfFar(invocation, date: valid, today: LocalTime.date(store.clock.now()))
    }
    if let place = try invocation.arguments.value(.place).map(checkedText) {
      session.place = place.isEmpty ? nil : place
    }
    let info = SessionInfo(
      session: session.id, title: session.title, place: session.place, date: session.date)
    try record(.sessionRenamed(info), in: store)
    invocation.say(
      PeopleText.sessionRenamed(
        id: session.id, title: TerminalSanitizer.cleanLine(title), details: details(session)))
    return .ok
  }

  static func remove(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard words.count == 1 else {
      throw CommandFailure(CLIMessage.missingArgument("ID", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    let session = try find(words[0], in: try invocation.sessions(store))
    try record(.sessionRemoved(session: session.id), in: store)
    invocation.say(
      PeopleText.sessionRemoved(id: session.id, title: TerminalSanitizer.cleanLine(session.title)))
    return .ok
  }

  static func restore(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard words.count == 1 else {
      throw CommandFailure(CLIMessage.missingArgument("ID", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    guard let session = try invocation.sessions(store).findRemoved(words[0]) else {
      throw CommandFailure(PeopleText.unknownRemovedSession(words[0]), .usage)
    }
    try record(.sessionRestored(session: session.id), in: store)
    invocation.say(
      PeopleText.sessionRestored(
        id: session.id, title: TerminalSanitizer.cleanLine(session.title)))
    return .ok
  }

  /// The session (not removed) `id` names.
  private static func find(_ id: String, in sessions: SessionList) throws(CommandFailure)
    -> Session
  {
    guard let session = sessions.find(id) else {
      throw CommandFailure(FacilitatorText.unknownSession(id), .usage)
    }
    return session
  }

  /// Appends one event to the sessions journal.
  private static func record(_ body: EventBody, in store: DataStore) throws(CommandFailure) {
    do {
      try SessionList.record([store.event(body, participant: nil)], in: store)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    }
  }
}
