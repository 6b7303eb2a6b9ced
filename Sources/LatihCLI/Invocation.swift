import LatihBase
import LatihCourse
import LatihData

/// One run of a command: the context, its arguments and the settings resolved from the
/// global options and the environment.
package struct Invocation {
  package let context: Context
  package let arguments: Arguments
  /// The command's name, for messages.
  package let command: String
  /// UI and lesson language: `--lang`, `LATIH_LANG`, else Indonesian.
  package let language: Language
  package let colorChoice: ColorChoice
  /// Damage met in the data folder during this command, named when it ends.
  package let damage = JournalDamageLog()

  /// The option values accepted by every command.
  package static let globalOptions: [Arguments.Option] = [
    .data, .lessons, .lang, .color, .help,
    .version,
  ]

  init(context: Context, arguments: Arguments, command: String) throws(CommandFailure) {
    self.context = context
    self.arguments = arguments
    self.command = command
    let languageText = arguments.value(.lang) ?? context.environment["LATIH_LANG"]
    if let languageText {
      guard let language = Language(code: languageText) else {
        throw CommandFailure(
          CLIMessage.invalidOptionValue(
            option: "--lang", value: languageText, allowed: ["id", "en"]),
          .usage)
      }
      self.language = language
    } else {
      self.language = .standard
    }
    let colorText = arguments.value(.color) ?? "auto"
    guard let color = ColorChoice(rawValue: colorText) else {
      throw CommandFailure(
        CLIMessage.invalidOptionValue(
          option: "--color", value: colorText, allowed: ColorChoice.allCases.map(\.rawValue)),
        .usage)
    }
    colorChoice = color
  }

  /// Styling for standard output.
  package var outputStyle: TextStyle {
    TextStyle(
      enabled: TextStyle.colorEnabled(
        choice: colorChoice, environment: context.environment,
        outputIsTerminal: context.output.isTerminal))
  }

  /// Styling for standard error.
  package var errorStyle: TextStyle {
    TextStyle(
      enabled: TextStyle.colorEnabled(
        choice: colorChoice, environment: context.environment,
        outputIsTerminal: context.errors.isTerminal))
  }

  /// `text` in the invocation's language.
  package func text(_ message: any LocalizedText) -> String { message.text(in: language) }

  /// Prints a message on standard output. Messages are cleaned on their way out, so what
  /// they quote (a name, a folder, a file's words) can never carry a control character.
  package func say(_ message: any LocalizedText) {
    context.output.line(TerminalSanitizer.clean(text(message)))
  }

  /// Prints a message on standard error, prefixed `latih:` (cleaned as ``say(_:)``).
  package func complain(_ message: any LocalizedText) {
    context.errors.line("latih: " + TerminalSanitizer.clean(text(message)))
  }

  /// Prints a message on standard error without the prefix (cleaned as ``say(_:)``).
  package func note(_ message: any LocalizedText) {
    context.errors.line(TerminalSanitizer.clean(text(message)))
  }

  /// An absolute path for a path the user typed.
  package func absolute(_ path: String) -> String {
    PathName.absolute(path, base: context.workingDirectory)
  }

  /// The data folder: `--data`, `LATIH_DATA`, `$XDG_DATA_HOME/latih`, else
  /// `~/.local/share/latih`. With none of them (no `HOME`, as under some service
  /// managers), an error asking for `--data` or `LATIH_DATA`: never a folder under
  /// wherever the command happens to run.
  package func dataDirectory() throws(CommandFailure) -> String {
    if let path = arguments.value(.data) ?? context.environment["LATIH_DATA"], !path.isEmpty {
      return absolute(path)
    }
    if let xdg = context.environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return PathName.join(xdg, "latih")
    }
    guard let home = context.environment["HOME"], home.hasPrefix("/") else {
      throw CommandFailure(CLIMessage.noDataFolder, .usage)
    }
    return PathName.join(home, ".local/share/latih")
  }

  /// The absolute path for an `--out` value, refused when it is inside the data folder
  /// (links resolved, also for a file not made yet): an output must never replace a
  /// journal, the device file or anything else Latih keeps there.
  package func outputPath(_ typed: String) throws(CommandFailure) -> String {
    let path = absolute(typed)
    if PathName.isInside(path, try dataDirectory()) {
      throw CommandFailure(CLIMessage.outputInsideData(path: typed), .usage)
    }
    return path
  }

  /// Writes an `--out` file durably at `path` (from ``outputPath(_:)`` of `typed`). A
  /// failure names what the user typed: the folder as typed when it is the folder that
  /// failed (missing, read-only), never Latih's temporary file.
  package func writeOutput(_ bytes: [UInt8], to path: String, typed: String)
    throws(CommandFailure)
  {
    do {
      try context.fileSystem.writeFileDurably(path, bytes)
    } catch {
      var failure = error
      if failure.path == PathName.parent(of: path) {
        failure.path = PathName.parent(of: typed)
      } else if failure.path == path {
        failure.path = typed
      }
      throw CommandFailure(CLIMessage.cannotWrite(failure), .ioError)
    }
  }

  /// Where a course is looked for, in order: `--lessons`, `LATIH_LESSONS`, `./lessons`,
  /// then next to the executable (an installed `share/latih/lessons`, or the source
  /// tree's `lessons/` for `swift run`).
  package var lessonDirectoryCandidates: [String] {
    if let path = arguments.value(.lessons) ?? context.environment["LATIH_LESSONS"],
      !path.isEmpty
    {
      return [absolute(path)]
    }
    var candidates = [PathName.join(context.workingDirectory, "lessons")]
    if let executable = context.executablePath {
      var directory = PathName.parent(of: executable)
      candidates.append(PathName.join(PathName.parent(of: directory), "share/latih/lessons"))
      for _ in 0..<4 {
        candidates.append(PathName.join(directory, "lessons"))
        let parent = PathName.parent(of: directory)
        if parent == directory { break }
        directory = parent
      }
    }
    return candidates
  }

  /// The course folder to use, or a failure naming where it looked.
  package func courseDirectory() throws(CommandFailure) -> String {
    let loader = CourseLoader(fileSystem: context.fileSystem)
    let candidates = lessonDirectoryCandidates
    if let found = candidates.first(where: loader.isCourse) { return found }
    throw CommandFailure(CLIMessage.courseNotFound(searched: candidates), .badData)
  }

  /// Loads the course for a command that uses it (not `check`): a course whose manifest
  /// is broken stops the command; broken lessons are left out and reported once.
  package func loadCourse() throws(CommandFailure) -> Course {
    let directory = try courseDirectory()
    let result = CourseLoader(fileSystem: context.fileSystem).loadCourse(at: directory)
    guard let course = result.course else {
      DiagnosticPrinter(language: language, style: errorStyle).print(
        result.diagnostics.prefix(10), to: context.errors)
      throw CommandFailure(
        CLIMessage.courseHasErrors(errors: result.errorCount, directory: directory), .badData)
    }
    if result.errorCount > 0 {
      // The course is usable without the bad files; each is still named (file:line:col).
      DiagnosticPrinter(language: language, style: errorStyle).print(
        result.diagnostics.filter { $0.severity == .error }.prefix(10), to: context.errors)
      complain(CLIMessage.courseHasErrors(errors: result.errorCount, directory: directory))
    }
    return course
  }
}

extension Invocation {
  /// Opens the data folder; `create` makes it (for commands that record something).
  package func openStore(create: Bool) throws(CommandFailure) -> DataStore {
    let directory = try dataDirectory()
    do {
      return try DataStore.open(
        directory, fileSystem: context.fileSystem, clock: context.clock,
        identifiers: context.identifiers, create: create, hostName: context.hostName,
        damage: damage)
    } catch {
      throw CommandFailure(CLIMessage.cannotUseData(error), .ioError)
    }
  }

  /// Finds one participant by code, name or id prefix (``Roster/resolve(_:removed:)``:
  /// case, accents and apostrophes folded); several is an error that lists them, none an
  /// error that suggests the closest names.
  package func participant(_ who: String, in roster: Roster) throws(CommandFailure) -> Participant {
    switch roster.resolve(who) {
    case .one(let participant):
      return participant
    case .many(let candidates):
      throw CommandFailure(
        CLIMessage.ambiguousParticipant(
          who, candidates: candidates.map { ParticipantLabel($0).text(in: language) }),
        .usage)
    case .none:
      let suggestions = roster.suggestions(for: who).map { ParticipantLabel($0).text(in: language) }
      throw CommandFailure(CLIMessage.noSuchParticipant(who, suggestions: suggestions), .usage)
    }
  }

  /// The value of an integer option, if given.
  package func integer(_ option: Arguments.Option) throws(CommandFailure) -> Int? {
    guard let text = arguments.value(option) else { return nil }
    guard let value = Int(text) else {
      throw CommandFailure(CLIMessage.notANumber(option: "--" + option.name, value: text), .usage)
    }
    return value
  }

  /// Fails unless at most `count` positional arguments were given.
  package func expectPositionals(atMost count: Int) throws(CommandFailure) {
    if arguments.positionals.count > count {
      throw CommandFailure(CLIMessage.tooManyArguments(command: command), .usage)
    }
  }
}
