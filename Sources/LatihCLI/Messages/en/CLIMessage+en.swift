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
    case .journalDamage(let path, let finding):
      let file = TerminalSanitizer.cleanLine(path)
      switch finding {
      case .skipped(let lines):
        return
          "\(file): line(s) \(Self.lineList(lines)) damaged and skipped (left in the file); the other lines are used"
      case .tailCut(let line, let bytes):
        return
          "\(file): the last line (\(line)) was never finished (\(bytes) bytes, a write cut short) and was cut off; the lines before it are whole"
      case .tailIgnored(let line, let bytes):
        return
          "\(file): the last line (\(line)) was never finished (\(bytes) bytes, a write cut short) and was ignored"
      case .unreadable(let error):
        return "\(file) skipped: \(SystemErrorText(error.withoutPath).english)"
      case .nameUnreadable(let participant):
        return
          "\(file): the enrolment (the name) cannot be read; the person is still shown as \(UnreadableNameText(participant: participant).english)"
      }
    case .moreJournalsDamaged(let count):
      return "\(count) more files in the data folder are also damaged or skipped"
    case .noDataFolder:
      return
        "no data folder: neither HOME nor XDG_DATA_HOME is set. Use --data FOLDER or set LATIH_DATA."
    case .outputInsideData(let path):
      return
        "\(TerminalSanitizer.cleanLine(path)) is inside Latih's data folder; write it to another folder so no record is overwritten"
    case .programmeLoadHint(let path, let csv):
      let shown = TerminalSanitizer.cleanLine(path)
      return csv
        ? "CSV tables in \(shown); for DuckDB run load-duckdb.sql from that folder."
        : "Load into PostgreSQL with: psql -v ON_ERROR_STOP=1 -f \(shown) (loading again adds only what is new)."
    case .exportIncomplete(let path):
      return
        "the export \(TerminalSanitizer.cleanLine(path)) is INCOMPLETE: damaged or unreadable records (see above) are not in it"
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
    case .noSuchParticipant(let who, let suggestions):
      guard !suggestions.isEmpty else {
        return "no participant '\(TerminalSanitizer.cleanLine(who))'; see 'latih participants list'"
      }
      return "no participant '\(TerminalSanitizer.cleanLine(who))'; did you mean:\n  "
        + suggestions.map(TerminalSanitizer.cleanLine).joined(separator: "\n  ")
    case .ambiguousParticipant(let who, let candidates):
      return
        "'\(TerminalSanitizer.cleanLine(who))' matches several participants; give a code or id:\n  "
        + candidates.map(TerminalSanitizer.cleanLine).joined(separator: "\n  ")
    case .noParticipants: return "no participants yet"
    }
  }
}
