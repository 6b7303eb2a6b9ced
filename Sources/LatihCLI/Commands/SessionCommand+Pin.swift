import LatihBase
import LatihData

/// `latih session edit ID --pin off|optional|required`, and `--pin` on `session new`.
extension SessionCommand {
  /// Changes what `--pin` says about a session.
  static func edit(_ invocation: Invocation, words: [String]) throws(CommandFailure) -> ExitCode {
    guard words.count == 1 else {
      throw CommandFailure(CLIMessage.missingArgument("ID", command: name), .usage)
    }
    guard let pin = try invocation.pinPolicy() else {
      throw CommandFailure(PeopleText.nothingToEdit, .usage)
    }
    let store = try invocation.openStore(create: true)
    guard let session = try invocation.sessions(store).find(words[0]) else {
      throw CommandFailure(FacilitatorText.unknownSession(words[0]), .usage)
    }
    try setPin(pin, on: session, invocation: invocation, store: store)
    return .ok
  }

  /// Records a `session-pin` for `session` and says what it means.
  static func setPin(
    _ pin: PinPolicy, on session: Session, invocation: Invocation, store: DataStore
  ) throws(CommandFailure) {
    do {
      let event = store.event(.sessionPin(session: session.id, policy: pin), participant: nil)
      try SessionList.record([event], in: store)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    }
    invocation.say(
      PeopleText.sessionPin(
        id: session.id, title: TerminalSanitizer.cleanLine(session.title), policy: pin))
  }
}

extension Invocation {
  /// `--pin off|optional|required`; nil when not given.
  func pinPolicy() throws(CommandFailure) -> PinPolicy? {
    guard let typed = arguments.value(.pin) else { return nil }
    guard let policy = PinPolicy(rawValue: typed.lowercased()) else {
      throw CommandFailure(PeopleText.invalidPinPolicy(typed), .usage)
    }
    return policy
  }
}
