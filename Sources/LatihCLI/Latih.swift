import LatihBase

/// The `latih` command line: finds the command, parses its options and runs it.
package enum Latih {
  /// The version printed by `--version`.
  package static let version = "0.1.0"

  /// Every command, in the order `--help` lists them.
  static let commands: [any Command.Type] = [
    LearnCommand.self, LessonsCommand.self, CheckCommand.self, ProgressCommand.self,
    ParticipantsCommand.self, SessionCommand.self, RecordCommand.self, EvaluateCommand.self,
    PresentCommand.self, ExportCommand.self, MergeCommand.self, CertificateCommand.self,
    ReportCommand.self, ClassroomCommand.self, LiveCommand.self, KioskCommand.self,
  ]

  /// Runs `latih` with `arguments` (without the program name) and returns the exit status.
  package static func main(arguments: [String], context: Context) -> ExitCode {
    let (commandType, rest) = findCommand(arguments)
    let name = commandType?.name ?? "latih"
    let options = Invocation.globalOptions + (commandType?.options ?? [])
    let parsed: Arguments
    do {
      parsed = try Arguments.parse(rest, options: options)
    } catch {
      let language = fallbackLanguage(arguments, context)
      let message: CLIMessage
      switch error {
      case .unknownOption(let option): message = .unknownOption(option, command: name)
      case .missingValue(let option): message = .missingValue(option)
      case .unexpectedValue(let option): message = .unexpectedValue(option)
      }
      context.errors.line("latih: " + TerminalSanitizer.clean(message.text(in: language)))
      return .usage
    }
    let invocation: Invocation
    do {
      invocation = try Invocation(context: context, arguments: parsed, command: name)
    } catch {
      let text = error.message.text(in: fallbackLanguage(arguments, context))
      context.errors.line("latih: " + TerminalSanitizer.clean(text))
      return error.exitCode
    }
    if parsed.flag(.version) {
      invocation.say(CLIMessage.version(version))
      return .ok
    }
    guard let commandType else {
      invocation.complain(CLIMessage.unknownCommand(arguments.first { !$0.hasPrefix("-") } ?? ""))
      return .usage
    }
    if parsed.flag(.help) {
      invocation.context.output.write(invocation.text(commandType.help))
      return .ok
    }
    // Damage met on the way is named whatever the outcome.
    defer { invocation.noteDamage() }
    do {
      return try commandType.run(invocation)
    } catch {
      invocation.complain(error.message)
      return error.exitCode
    }
  }

  /// The command named by the first word that is not a global option (or one of the home
  /// screen's, `--idle-minutes N`) or its value; no word at all means the home screen.
  static func findCommand(_ arguments: [String]) -> ((any Command.Type)?, [String]) {
    var index = 0
    let valued = Set(
      (Invocation.globalOptions + HomeCommand.options).filter(\.takesValue).map { "--" + $0.name })
    while index < arguments.count {
      let token = arguments[index]
      if valued.contains(token) {
        index += 2
        continue
      }
      if token.hasPrefix("-") {
        index += 1
        continue
      }
      var rest = arguments
      rest.remove(at: index)
      return (commands.first { $0.name == token }, rest)
    }
    return (HomeCommand.self, arguments)
  }

  /// The language for a message printed before the settings are known.
  private static func fallbackLanguage(_ arguments: [String], _ context: Context) -> Language {
    if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
      let language = Language(code: arguments[index + 1])
    {
      return language
    }
    return context.environment["LATIH_LANG"].flatMap(Language.init(code:)) ?? .standard
  }
}
