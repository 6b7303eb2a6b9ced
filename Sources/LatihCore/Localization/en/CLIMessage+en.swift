extension CLIMessage {
  public var english: String {
    switch self {
    case .unknownCommand(let name):
      return "unknown command '\(TerminalSanitizer.cleanLine(name))'; see 'latih --help'"
    case .unknownOption(let option, let command):
      return "unknown option '\(TerminalSanitizer.cleanLine(option))'; see 'latih \(command) --help'"
    case .missingValue(let option): return "option \(option) needs a value"
    case .unexpectedValue(let option): return "option \(option) takes no value"
    case .invalidOptionValue(let option, let value, let allowed):
      return "\(option) cannot be '\(TerminalSanitizer.cleanLine(value))'; choose one of: \(allowed.joined(separator: ", "))"
    case .missingArgument(let what, let command):
      return "\(what) is missing; see 'latih \(command) --help'"
    case .tooManyArguments(let command):
      return "too many arguments; see 'latih \(command) --help'"
    case .courseNotFound(let searched):
      return "no course (course.md) found. Looked in: \(searched.joined(separator: ", ")). Use --lessons FOLDER."
    case .courseHasErrors(let errors, let directory):
      return "the course in \(directory) has \(errors) errors; run 'latih check \(directory)'"
    case .lessonNotFound(let id, let available):
      return "no lesson '\(TerminalSanitizer.cleanLine(id))'. Choose from: \(available.joined(separator: ", "))"
    case .lessonUnavailable(let id):
      return "lesson '\(id)' cannot be used because its file has problems; run 'latih check'"
    case .cannotUseData(let error):
      return "cannot use the data folder: \(SystemErrorText(error).english)"
    case .cannotWrite(let error): return "could not save: \(SystemErrorText(error).english)"
    case .version(let version): return "latih \(version)"
    case .seeHelp(let command): return "See 'latih \(command) --help'."
    }
  }
}
