import LatihBase
import LatihData

extension CLIMessage {
  package var english: String {
    switch self {
    case .unknownCommand(let name):
      return "unknown command '\(TerminalSanitizer.cleanLine(name))'; see 'latih --help'"
    case .unknownOption(let option, let command):
      return "unknown option '\(TerminalSanitizer.cleanLine(option))'; see '\(Self.help(command))'"
    case .missingValue(let option): return "option \(option) needs a value"
    case .unexpectedValue(let option): return "option \(option) takes no value"
    case .invalidOptionValue(let option, let value, let allowed):
      return
        "\(option) cannot be '\(TerminalSanitizer.cleanLine(value))'; choose one of: \(allowed.joined(separator: ", "))"
    case .missingArgument(let what, let command):
      return "\(what) is missing; see '\(Self.help(command))'"
    case .tooManyArguments(let command):
      return "too many arguments; see '\(Self.help(command))'"
    case .courseNotFound(let searched):
      return
        "no course (course.md) found. Looked in: \(searched.joined(separator: ", ")). Use --lessons FOLDER."
    case .courseHasErrors(let errors, let directory):
      return "the course in \(directory) has \(errors) errors; run 'latih check \(directory)'"
    case .lessonNotFound(let id, let available):
      return
        "no lesson '\(TerminalSanitizer.cleanLine(id))'. Choose from: \(available.joined(separator: ", "))"
    case .lessonUnavailable(let id):
      return "lesson '\(id)' cannot be used because its file has problems; run 'latih check'"
    case .journalDamaged(let path, let lines):
      return
        "\(TerminalSanitizer.cleanLine(path)): line(s) \(Self.lineList(lines)) damaged and skipped; the figures above use the other lines"
    case .moreJournalsDamaged(let count):
      return "\(count) more progress files also have damaged lines, skipped"
    case .cannotUseData(let error):
      return "cannot use the data folder: \(SystemErrorText(error).english)"
    case .cannotWrite(let error): return "could not save: \(SystemErrorText(error).english)"
    case .cannotRead(let path, let error):
      return "cannot read \(TerminalSanitizer.cleanLine(path)): \(SystemErrorText(error).english)"
    case .cannotWriteJournal(let error):
      return "could not save: \(JournalFailureText(error).english)"
    case .version(let version): return "latih \(version)"
    case .seeHelp(let command): return "See '\(Self.help(command))'."
    case .exclusiveOptions(let first, let second):
      return "\(first) and \(second) cannot be used together"
    case .notANumber(let option, let value):
      return "\(option) must be a whole number, not '\(TerminalSanitizer.cleanLine(value))'"
    case .noSuchParticipant(let who):
      return "no participant '\(TerminalSanitizer.cleanLine(who))'; see 'latih participants list'"
    case .ambiguousParticipant(let who, let candidates):
      return
        "'\(TerminalSanitizer.cleanLine(who))' matches several participants; give a code or id:\n  "
        + candidates.map(TerminalSanitizer.cleanLine).joined(separator: "\n  ")
    case .noParticipants: return "no participants yet"
    }
  }
}
