import LatihBase
import LatihData

extension SessionCommand {
  /// `post-test [--session ID]`: records that the facilitator opened the post-test for the
  /// session (the current one by default).
  static func openPostTest(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard words.isEmpty else {
      throw CommandFailure(CLIMessage.tooManyArguments(command: name + " post-test"), .usage)
    }
    let store = try invocation.openStore(create: true)
    guard let session = try invocation.targetSession(store) else {
      throw CommandFailure(FacilitatorText.noSessionForPostTest, .usage)
    }
    do {
      _ = try SessionList.openPostTest(store, session: session.id)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    }
    invocation.say(
      FacilitatorText.postTestOpened(
        id: session.id, title: TerminalSanitizer.cleanLine(session.title)))
    return .ok
  }
}
