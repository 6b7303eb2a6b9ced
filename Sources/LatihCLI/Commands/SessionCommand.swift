import LatihBase
import LatihCourse
import LatihData
import LatihReport

/// `latih session new TITLE [--place P] [--date YYYY-MM-DD] | list | use ID |
/// add WHO... [--session ID] | link A B | rename ID TITLE | remove ID | restore ID |
/// post-test [--session ID]`.
enum SessionCommand: Command {
  static let name = "session"
  static let options: [Arguments.Option] = [.place, .date, .session, .force, .pin]
  static let actions =
    "new | list | use | add | link | rename | edit | remove | restore | post-test"
  static let help = HelpText.session

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let positionals = invocation.arguments.positionals
    guard let action = positionals.first else {
      throw CommandFailure(CLIMessage.missingArgument(actions, command: name), .usage)
    }
    switch action {
    case "new": return try create(invocation, words: Array(positionals.dropFirst()))
    case "list": return try list(invocation)
    case "use": return try use(invocation, words: Array(positionals.dropFirst()))
    case "add": return try add(invocation, words: Array(positionals.dropFirst()))
    case "link": return try link(invocation, words: Array(positionals.dropFirst()))
    case "rename": return try rename(invocation, words: Array(positionals.dropFirst()))
    case "edit": return try edit(invocation, words: Array(positionals.dropFirst()))
    case "remove": return try remove(invocation, words: Array(positionals.dropFirst()))
    case "restore": return try restore(invocation, words: Array(positionals.dropFirst()))
    case "post-test": return try openPostTest(invocation, words: Array(positionals.dropFirst()))
    default: throw CommandFailure(CLIMessage.unknownCommand("session " + action), .usage)
    }
  }

  static func create(_ invocation: Invocation, words: [String]) throws(CommandFailure) -> ExitCode {
    let title = try checkedText(words.joined(separator: " "))
    guard !title.isEmpty else { throw CommandFailure(FacilitatorText.emptyTitle, .usage) }
    let pin = try invocation.pinPolicy()
    let store = try invocation.openStore(create: true)
    let today = LocalTime.date(store.clock.now())
    var date = today
    if let typed = invocation.arguments.value(.date) {
      guard let valid = Timestamp.validDate(typed) else {
        throw CommandFailure(FacilitatorText.invalidDate(typed), .usage)
      }
      date = valid
    }
    let place = try invocation.arguments.value(.place).map(checkedText).flatMap {
      $0.isEmpty ? nil : $0
    }
    let sessions = try invocation.sessions(store)
    // The session current until now, to name. A link planted in its place is replaced by
    // the new one (nothing to name); any other failure to read it is the command's.
    var previous: Session?
    do {
      previous = try store.currentSession().flatMap(sessions.find)
    } catch  where error.kind == .notRegularFile {
      previous = nil
    } catch {
      throw CommandFailure(CLIMessage.cannotUseData(error), .ioError)
    }
    // The same day created again (on this laptop, or merged from another) is that session.
    if let existing = sessions.day(title: title, place: place, date: date) {
      do {
        if existing.removed {
          let restored = store.event(.sessionRestored(session: existing.id), participant: nil)
          try SessionList.record([restored], in: store)
        }
        try store.setCurrentSession(existing.id)
      } catch {
        throw writeFailure(error)
      }
      invocation.say(
        PeopleText.sessionExists(
          id: existing.id, title: TerminalSanitizer.cleanLine(existing.title)))
      sayPrevious(invocation, previous, now: existing.id)
      if let pin { try setPin(pin, on: existing, invocation: invocation, store: store) }
      return .ok
    }
    // The same title on the same date at another place (or none) is most likely the same
    // day typed again: refused unless --force, naming the session to switch to.
    if !invocation.arguments.flag(.force),
      let same = sessions.sessions.first(where: {
        NameKey.key($0.title) == NameKey.key(title) && $0.date == date
      })
    {
      throw CommandFailure(
        FacilitatorText.sessionSameTitleAndDate(
          id: same.id, title: TerminalSanitizer.cleanLine(same.title), details: details(same)),
        .usage)
    }
    warnIfFar(invocation, date: date, today: today)
    let session: Session
    do {
      session = try SessionList.create(store, title: title, place: place, date: date)
      try store.setCurrentSession(session.id)
    } catch {
      throw writeFailure(error)
    }
    invocation.say(
      FacilitatorText.sessionCreated(
        id: session.id, title: TerminalSanitizer.cleanLine(title), details: details(session)))
    sayPrevious(invocation, previous, now: session.id)
    if let pin { try setPin(pin, on: session, invocation: invocation, store: store) }
    return .ok
  }

  /// A title or place as stored (``NameKey/clean(_:)``), refused when over
  /// ``NameKey/maximumLength`` instead of cut.
  static func checkedText(_ text: String) throws(CommandFailure) -> String {
    let whole = NameKey.clean(text, limit: Int.max)
    guard whole.count <= NameKey.maximumLength else {
      throw CommandFailure(
        FacilitatorText.sessionTextTooLong(
          characters: whole.count, limit: NameKey.maximumLength), .usage)
    }
    return whole
  }

  /// Warns when `date` is more than five years before or after `today` (both `YYYY-MM-DD`,
  /// years of four digits, so they compare as text).
  static func warnIfFar(_ invocation: Invocation, date: String, today: String) {
    guard let year = Int(today.prefix(4)) else { return }
    let rest = today.dropFirst(4)
    let earliest = "\(year - 5)" + rest
    let latest = "\(year + 5)" + rest
    if date < earliest || date > latest {
      invocation.note(FacilitatorText.sessionDateFar(date: date, today: today))
    }
  }

  /// Says that `previous`, current until now, no longer is, and how to switch back.
  static func sayPrevious(_ invocation: Invocation, _ previous: Session?, now: String) {
    guard let previous, previous.id != now else { return }
    invocation.say(
      FacilitatorText.sessionWasCurrent(
        id: previous.id, title: TerminalSanitizer.cleanLine(previous.title)))
  }

  static func list(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let store = try invocation.openStore(create: false)
    let list = try invocation.sessions(store)
    let sessions = list.sessions
    guard !sessions.isEmpty else {
      invocation.say(FacilitatorText.noSessions)
      return .ok
    }
    let current = try invocation.currentSession(store)
    let roster = try invocation.roster(store)
    let currentDay = current.map(list.resolve)
    for session in sessions {
      let count = roster.people.filter { roster.isIn($0.id, session: session.id) }.count
      invocation.say(
        FacilitatorText.sessionLine(
          current: session.id == currentDay, id: session.id,
          title: TerminalSanitizer.cleanLine(session.title), details: details(session),
          participants: count))
    }
    return .ok
  }

  static func use(_ invocation: Invocation, words: [String]) throws(CommandFailure) -> ExitCode {
    guard let id = words.first else {
      throw CommandFailure(CLIMessage.missingArgument("ID", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    let sessions = try invocation.sessions(store)
    guard let session = sessions.find(id) else {
      throw CommandFailure(FacilitatorText.unknownSession(id), .usage)
    }
    do {
      try store.setCurrentSession(session.id)
    } catch {
      throw CommandFailure(CLIMessage.cannotWrite(error), .ioError)
    }
    invocation.say(
      FacilitatorText.sessionNowCurrent(
        id: session.id, title: TerminalSanitizer.cleanLine(session.title)))
    return .ok
  }

  /// "GSG Jaya Tinggi, 2023-08-05".
  static func details(_ session: Session) -> String {
    [session.place, session.date].compactMap { $0 }.map(TerminalSanitizer.cleanLine).joined(
      separator: ", ")
  }
}

extension Invocation {
  /// The session a facilitator command applies to: `--session ID`, else the current one
  /// (nil when there is none: self-study).
  func targetSession(_ store: DataStore) throws(CommandFailure) -> Session? {
    let sessions = try sessions(store)
    if let id = arguments.value(.session) {
      guard let session = sessions.find(id) else {
        throw CommandFailure(FacilitatorText.unknownSession(id), .usage)
      }
      return session
    }
    return try currentSession(store).flatMap(sessions.find)
  }
}

extension SessionCommand {
  /// The failure to report when recording a session or setting the current one failed.
  static func writeFailure(_ error: any Error) -> CommandFailure {
    switch error {
    case let error as JournalError:
      return CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    case let error as SystemError:
      return CommandFailure(CLIMessage.cannotWrite(error), .ioError)
    default:
      return CommandFailure(
        CLIMessage.cannotWrite(SystemError(code: 5, operation: .write)), .ioError)
    }
  }
}
