import LatihBase
import LatihData

/// `latih participants add NAME... | list | import FILE.csv | link A B`.
enum ParticipantsCommand: Command {
  static let name = "participants"
  static let options: [Arguments.Option] = [.group, .code, .session]
  static let help = HelpText.participants

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let positionals = invocation.arguments.positionals
    guard let action = positionals.first else {
      throw CommandFailure(
        CLIMessage.missingArgument("add | list | import | link", command: name), .usage)
    }
    let words = Array(positionals.dropFirst())
    switch action {
    case "add": return try add(invocation, names: words)
    case "list": return try list(invocation)
    case "import": return try importRoster(invocation, words: words)
    case "link": return try link(invocation, words: words)
    default: throw CommandFailure(CLIMessage.unknownCommand("participants " + action), .usage)
    }
  }

  static func add(_ invocation: Invocation, names: [String]) throws(CommandFailure) -> ExitCode {
    guard !names.isEmpty else {
      throw CommandFailure(CLIMessage.missingArgument("NAME", command: name), .usage)
    }
    let cleaned = names.map(NameKey.clean)
    if cleaned.contains(where: \.isEmpty) {
      throw CommandFailure(FacilitatorText.emptyName, .usage)
    }
    let code = invocation.arguments.value(.code).map(NameKey.clean).flatMap {
      $0.isEmpty ? nil : $0
    }
    if code != nil && cleaned.count > 1 {
      throw CommandFailure(CLIMessage.exclusiveOptions("--code", "NAME NAME…"), .usage)
    }
    let group = invocation.arguments.value(.group).map(NameKey.clean).flatMap {
      $0.isEmpty ? nil : $0
    }
    let store = try invocation.openStore(create: true)
    let session = try invocation.targetSession(store)
    for name in cleaned {
      let id = try enroll(
        store, Enrollment(name: name, group: group, code: code), session: session?.id)
      invocation.say(FacilitatorText.enrolledLine(name: TerminalSanitizer.cleanLine(name), id: id))
    }
    try warnDuplicates(invocation, store: store, names: cleaned, session: session?.id)
    return .ok
  }

  /// Enrols one participant, turning a journal failure into a command failure.
  static func enroll(_ store: DataStore, _ enrollment: Enrollment, session: String?)
    throws(CommandFailure) -> String
  {
    do {
      return try store.enroll(enrollment, session: session)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    }
  }

  /// Flags names that now appear more than once in the session (or in the whole roster
  /// when there is no session): they are kept apart, never merged silently.
  static func warnDuplicates(
    _ invocation: Invocation, store: DataStore, names: [String], session: String?
  ) throws(CommandFailure) {
    let roster = try invocation.roster(store)
    var warned: Set<String> = []
    for name in names where warned.insert(NameKey.key(name)).inserted {
      let same = roster.people.filter { person in
        person.nameKey == NameKey.key(name)
          && (session == nil
            || roster.records(of: person.id).contains { $0.sessions.contains(session!) })
      }
      if same.count > 1 {
        invocation.complain(
          FacilitatorText.sameNameInSession(
            name: TerminalSanitizer.cleanLine(name), count: same.count))
      }
    }
  }

  static func list(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let store = try invocation.openStore(create: false)
    let roster = try invocation.roster(store)
    var people = roster.people
    if invocation.arguments.value(.session) != nil,
      let session = try invocation.targetSession(store)
    {
      people = people.filter { person in
        roster.records(of: person.id).contains { $0.sessions.contains(session.id) }
      }
    }
    guard !people.isEmpty else {
      invocation.say(CLIMessage.noParticipants)
      return .ok
    }
    var counts: [String: Int] = [:]
    for person in people { counts[person.nameKey, default: 0] += 1 }
    for (index, person) in people.enumerated() {
      var line =
        "\(index + 1)".leftPadded(to: 3) + ". "
        + TerminalSanitizer.cleanLine(ParticipantLabel(person).text(in: invocation.language))
      let sessions = Set(roster.records(of: person.id).flatMap(\.sessions)).count
      if sessions > 0 { line += " · " + invocation.text(FacilitatorText.sessionsCount(sessions)) }
      if counts[person.nameKey, default: 0] > 1 {
        line += " " + invocation.text(FacilitatorText.duplicateFlag)
      }
      invocation.context.output.line(line)
    }
    for group in roster.likelyDuplicates
    where group.allSatisfy({ person in people.contains(person) }) {
      let names = group.map {
        TerminalSanitizer.cleanLine(ParticipantLabel($0).text(in: invocation.language))
      }
      invocation.say(FacilitatorText.likelyDuplicate(names: names.joined(separator: ", ")))
    }
    return .ok
  }

  static func importRoster(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard let path = words.first else {
      throw CommandFailure(CLIMessage.missingArgument("FILE.csv", command: name), .usage)
    }
    try invocation.expectPositionals(atMost: 2)
    let fileSystem = invocation.context.fileSystem
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(invocation.absolute(path), limit: RosterCSV.maximumBytes)
    } catch  where error.isTooLarge {
      throw CommandFailure(FacilitatorText.importTooLarge(limit: RosterCSV.maximumBytes), .badData)
    } catch {
      throw CommandFailure(CLIMessage.cannotRead(path: path, error), .ioError)
    }
    guard let (rows, problems) = RosterCSV.parse(bytes) else {
      throw CommandFailure(FacilitatorText.importNoNameColumn, .badData)
    }
    let store = try invocation.openStore(create: true)
    // One import at a time on a data folder, the roster read under the lock: two at once
    // would each find the same names missing and both enrol them.
    let lock = try takeImportLock(invocation, store)
    defer { lock.release() }
    let session = try invocation.targetSession(store)
    let roster = try invocation.roster(store)
    var present = Set(
      roster.people.filter { person in
        session == nil
          || roster.records(of: person.id).contains { $0.sessions.contains(session!.id) }
      }.map { $0.nameKey + "\u{0}" + (($0.code).map(NameKey.key) ?? "") })
    var imported = 0
    var skipped = 0
    for row in rows {
      let key = NameKey.key(row.name) + "\u{0}" + (row.code.map(NameKey.key) ?? "")
      if present.contains(key) {
        skipped += 1
        invocation.say(
          FacilitatorText.importAlreadyPresent(name: TerminalSanitizer.cleanLine(row.name)))
        continue
      }
      let enrollment = Enrollment(
        name: row.name, group: row.group, code: row.code, phone: row.phone)
      _ = try enroll(store, enrollment, session: session?.id)
      present.insert(key)
      imported += 1
    }
    for problem in problems {
      invocation.note(
        FacilitatorText.importRowProblem(
          path: TerminalSanitizer.cleanLine(path), line: problem.line, problem: problem.problem))
    }
    try warnDuplicates(invocation, store: store, names: rows.map(\.name), session: session?.id)
    invocation.say(
      FacilitatorText.importSummary(imported: imported, skipped: skipped, bad: problems.count))
    return problems.isEmpty ? .ok : .badData
  }

  /// How long an import waits for another one on the same folder.
  static let importWaitSeconds = 30

  /// Takes `import.lock`, waiting (with a word) up to ``importWaitSeconds``.
  static func takeImportLock(_ invocation: Invocation, _ store: DataStore)
    throws(CommandFailure) -> FolderLock
  {
    let outcome: FolderLock.Outcome
    do {
      outcome = try FolderLock.take(
        "import.lock", in: store, seconds: importWaitSeconds,
        waiting: { invocation.note(FacilitatorText.importWaiting) })
    } catch {
      throw CommandFailure(CLIMessage.cannotWrite(error), .ioError)
    }
    switch outcome {
    case .taken(let lock): return lock
    case .busy:
      throw CommandFailure(FacilitatorText.importBusy(seconds: importWaitSeconds), .ioError)
    case .interrupted:
      throw CommandFailure(FacilitatorText.importInterrupted, .interrupted)
    }
  }

  static func link(_ invocation: Invocation, words: [String]) throws(CommandFailure) -> ExitCode {
    guard words.count == 2 else {
      throw CommandFailure(CLIMessage.missingArgument("A B", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    let roster = try invocation.roster(store)
    let first = try invocation.participant(words[0], in: roster)
    let second = try invocation.participant(words[1], in: roster)
    guard roster.canonical[first.id] != roster.canonical[second.id] else {
      throw CommandFailure(FacilitatorText.linkSame, .usage)
    }
    do {
      try store.append(
        [store.event(.participantsLinked(other: second.id), participant: first.id)], to: first.id)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    }
    invocation.say(
      FacilitatorText.linked(
        first: TerminalSanitizer.cleanLine(ParticipantLabel(first).text(in: invocation.language)),
        second: TerminalSanitizer.cleanLine(ParticipantLabel(second).text(in: invocation.language)))
    )
    return .ok
  }
}
