import LatihBase
import LatihCourse
import LatihData
import LatihReport

/// `latih participants rename WHO NEW | remove WHO | restore WHO`: append-only changes
/// to a person (events in her journal; nothing is erased).
extension ParticipantsCommand {
  static func rename(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard words.count == 2 else {
      throw CommandFailure(CLIMessage.missingArgument("WHO NEW", command: name), .usage)
    }
    let new = NameKey.clean(words[1])
    guard !new.isEmpty else { throw CommandFailure(FacilitatorText.emptyName, .usage) }
    let store = try invocation.openStore(create: true)
    let roster = try invocation.roster(store)
    let person = try invocation.participant(words[0], in: roster)
    try record(.participantRenamed(name: new), for: person, store: store)
    invocation.say(
      PeopleText.renamed(
        old: TerminalSanitizer.cleanLine(person.name), new: TerminalSanitizer.cleanLine(new)))
    return .ok
  }

  static func remove(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard words.count == 1 else {
      throw CommandFailure(CLIMessage.missingArgument("WHO", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    let roster = try invocation.roster(store)
    let person = try invocation.participant(words[0], in: roster)
    try record(.participantRemoved, for: person, store: store)
    invocation.say(PeopleText.removed(name: TerminalSanitizer.cleanLine(person.name)))
    return .ok
  }

  static func restore(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard words.count == 1 else {
      throw CommandFailure(CLIMessage.missingArgument("WHO", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    let roster = try invocation.roster(store)
    let person: Participant
    switch roster.resolve(words[0], removed: true) {
    case .one(let found):
      person = found
    case .many(let candidates):
      throw CommandFailure(
        CLIMessage.ambiguousParticipant(
          words[0],
          candidates: candidates.map { ParticipantLabel($0).text(in: invocation.language) }),
        .usage)
    case .none:
      throw CommandFailure(PeopleText.noSuchRemoved(words[0]), .usage)
    }
    try record(.participantRestored, for: person, store: store)
    invocation.say(PeopleText.restored(name: TerminalSanitizer.cleanLine(person.name)))
    return .ok
  }

  /// Clears a forgotten PIN (a `pin-set` record without a PIN): she chooses a new one on
  /// her next turn when her session requires one.
  static func resetPin(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard words.count == 1 else {
      throw CommandFailure(CLIMessage.missingArgument("WHO", command: name), .usage)
    }
    let store = try invocation.openStore(create: true)
    let person = try invocation.participant(words[0], in: try invocation.roster(store))
    try record(.pinSet(nil), for: person, store: store)
    invocation.say(PeopleText.pinCleared(name: TerminalSanitizer.cleanLine(person.name)))
    return .ok
  }

  /// Appends one change to the person's canonical record.
  private static func record(_ body: EventBody, for person: Participant, store: DataStore)
    throws(CommandFailure)
  {
    do {
      try store.append([store.event(body, participant: person.id)], to: person.id)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    }
  }
}
