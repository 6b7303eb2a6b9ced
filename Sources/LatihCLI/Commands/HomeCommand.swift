import LatihTutor

/// `latih` with no command: the welcome screen for participants taking turns.
enum HomeCommand: Command {
  static let name = ""
  static let options: [Arguments.Option] = [.idleMinutes]
  static let help = HelpText.overview

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    if let word = invocation.arguments.positionals.first {
      throw CommandFailure(CLIMessage.unknownCommand(word), .usage)
    }
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: true)
    let terminal = invocation.context.makeTerminal(
      invocation.colorChoice, invocation.context.environment)
    let driver = TutorDriver(
      terminal: terminal, store: store, course: course, language: invocation.language,
      options: TutorOptions(idleMinutes: try invocation.idleMinutes()))
    return ExitCode(driver.runHome())
  }
}
