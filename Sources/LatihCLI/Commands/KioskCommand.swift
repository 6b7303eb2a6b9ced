import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// `latih kiosk [--config FILE]`: the entry a remote terminal runs (an sshd
/// `ForceCommand`), one process per connection.
///
/// The data folder, course, language and idle time-out come only from the configuration
/// file (``KioskConfig``); the path can be changed only on the command line, which sshd's
/// `ForceCommand` fixes. `SSH_ORIGINAL_COMMAND` and every variable the client may send
/// (`LATIH_*`, `HOME`, `XDG_*`) are ignored; `TERM`, `NO_COLOR` and the locale variables
/// only choose how text looks. No shell or other program is started.
enum KioskCommand: Command {
  static let name = "kiosk"
  static let options: [Arguments.Option] = [.config]
  static let help = HelpText.kiosk

  /// The only environment variables the kiosk reads (appearance only).
  static let appearanceVariables = ["TERM", "NO_COLOR", "LANG", "LC_ALL", "LC_CTYPE"]

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    for option in [Arguments.Option.data, .lessons, .lang]
    where invocation.arguments.value(option) != nil {
      throw CommandFailure(ClassroomText.kioskOptionNotAllowed("--" + option.name), .usage)
    }
    try invocation.expectPositionals(atMost: 0)
    let config = try loadConfig(invocation)
    RawTerminalMode.ignoreJobControlSignals()
    var context = invocation.context
    context.environment = [:]
    var arguments = Arguments()
    arguments.values = [
      "data": [config.data], "lessons": [config.lessons], "lang": [config.language.rawValue],
      "color": ["never"],
    ]
    let fixed = try Invocation(context: context, arguments: arguments, command: name)
    let course = try fixed.loadCourse()
    let store = try fixed.openStore(create: true)
    let appearance = invocation.context.environment.filter { appearanceVariables.contains($0.key) }
    let terminal = KioskTerminal(environment: appearance, idleMinutes: config.idleMinutes)
    defer { terminal.close() }
    let driver = TutorDriver(
      terminal: terminal, store: store, course: course, language: config.language,
      options: TutorOptions(idleMinutes: config.idleMinutes))
    let status = ExitCode(driver.runHome())
    if terminal.timedOut {
      terminal.write(
        ClassroomText.idleClosed(minutes: config.idleMinutes).text(in: config.language) + "\n")
      return .ok
    }
    return status
  }

  /// Reads and checks the configuration file; every problem is printed with its line.
  static func loadConfig(_ invocation: Invocation) throws(CommandFailure) -> KioskConfig {
    let path =
      invocation.arguments.value(.config).map(invocation.absolute)
      ?? KioskConfig.standardPath
    let bytes: [UInt8]
    do {
      bytes = try invocation.context.fileSystem.readFile(path, limit: 64 * 1024)
    } catch {
      throw CommandFailure(CLIMessage.cannotRead(path: path, error), .ioError)
    }
    switch KioskConfig.parse(String(decoding: bytes, as: UTF8.self)) {
    case .success(let config):
      return config
    case .failure(let list):
      for problem in list.problems {
        let place = problem.line > 0 ? "\(path):\(problem.line)" : path
        invocation.context.errors.line(
          "latih: " + TerminalSanitizer.cleanLine(place + ": " + invocation.text(problem.message)))
      }
      throw CommandFailure(ClassroomText.configInvalid(path: path), .badData)
    }
  }
}
