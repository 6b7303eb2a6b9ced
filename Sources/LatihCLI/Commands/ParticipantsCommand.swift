import LatihBase
import LatihCourse
import LatihData
import LatihReport

/// `latih participants add NAME... | list | import FILE.csv | link A B | rename WHO NEW |
/// remove WHO | restore WHO`.
enum ParticipantsCommand: Command {
  static let name = "participants"
  static let options: [Arguments.Option] = [
    .group, .code, .phone, .session, .new,
  ]
  static let help = HelpText.participants

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let positionals = invocation.arguments.positionals
    guard let action = positionals.first else {
      throw CommandFailure(
        CLIMessage.missingArgument(
          "add | list | import | link | rename | remove | restore | reset-pin", command: name),
        .usage)
    }
    let words = Array(positionals.dropFirst())
    switch action {
    case "add": return try add(invocation, names: words)
    case "list": return try list(invocation)
    case "import": return try importRoster(invocation, words: words)
    case "link": return try link(invocation, words: words)
    case "rename": return try rename(invocation, words: words)
    case "remove": return try remove(invocation, words: words)
    case "restore": return try restore(invocation, words: words)
    case "reset-pin": return try resetPin(invocation, words: words)
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
    let phone = invocation.arguments.value(.phone).map(NameKey.clean).flatMap {
      $0.isEmpty ? nil : $0
    }
    let store = try invocation.openStore(create: true)
    let session = try invocation.targetSession(store)
    var roster = try invocation.roster(store)
    var exit = ExitCode.ok
    for name in cleaned {
      let enrollment = Enrollment(name: name, group: group, code: code, phone: phone)
      let matches =
        invocation.arguments.flag(.new) ? [] : PersonMatch.matches(enrollment, in: roster)
      guard matches.count <= 1 else {
        invocation.complain(
          PeopleText.ambiguousMatch(
            name: TerminalSanitizer.cleanLine(name), count: matches.count))
        exit = .usage
        continue
      }
      if let person = matches.first {
        let joined = try invocation.join(person, session: session?.id, store: store, roster: roster)
        invocation.say(
          PeopleText.matchedExisting(
            name: TerminalSanitizer.cleanLine(person.name), id: person.id,
            joined: session == nil ? nil : joined))
        continue
      }
      let id = try enroll(store, enrollment, session: session?.id)
      invocation.say(FacilitatorText.enrolledLine(name: TerminalSanitizer.cleanLine(name), id: id))
      roster = try invocation.roster(store)
    }
    try warnDuplicates(invocation, store: store, names: cleaned, session: session?.id)
    return exit
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
      invocation.say(
        FacilitatorText.likelyDuplicate(
          names: names.joined(separator: ", "), ids: group.map { String($0.id.prefix(6)) }))
    }
    return .ok
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
