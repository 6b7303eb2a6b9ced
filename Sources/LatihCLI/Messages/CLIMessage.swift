import LatihBase
import LatihData

/// Messages of the command line itself: usage problems, settings, course loading.
package enum CLIMessage: LocalizedText, Hashable {
  case unknownCommand(String)
  case unknownOption(String, command: String)
  case missingValue(String)
  case unexpectedValue(String)
  case invalidOptionValue(option: String, value: String, allowed: [String])
  case missingArgument(String, command: String)
  case tooManyArguments(command: String)
  case courseNotFound(searched: [String])
  case courseHasErrors(errors: Int, directory: String)
  case lessonNotFound(String, available: [String])
  case lessonUnavailable(String)
  case cannotUseData(SystemError)
  case cannotWrite(SystemError)
  case cannotRead(path: String, SystemError)
  case cannotWriteJournal(JournalError)
  case version(String)
  case seeHelp(String)
  case exclusiveOptions(String, String)
  case notANumber(option: String, value: String)
  /// Nobody is WHO; `suggestions` are the closest names (with their group), maybe none.
  case noSuchParticipant(String, suggestions: [String] = [])
  case ambiguousParticipant(String, candidates: [String])
  case noParticipants
  /// Damage the command met in one file of the data folder, and what was done.
  case journalDamage(path: String, JournalDamageLog.Finding)
  /// More files had damage than are listed one by one.
  case moreJournalsDamaged(Int)
  /// No `--data`, `LATIH_DATA`, `XDG_DATA_HOME` or `HOME`: no data folder to use.
  case noDataFolder
  /// An `--out` file would land inside the data folder.
  case outputInsideData(path: String)
  /// `export` left damaged or unreadable records out: the file is written, incomplete.
  case exportIncomplete(path: String)
  /// How to load a programme export (`--format sql` or `csv`) into a database.
  case programmeLoadHint(path: String, csv: Bool)

  /// Line numbers as "3, 8, 12" (the first ten, then "…").
  static func lineList(_ lines: [Int]) -> String {
    lines.prefix(10).map(String.init).joined(separator: ", ") + (lines.count > 10 ? ", …" : "")
  }

  /// `latih --help` or `latih COMMAND --help`.
  static func help(_ command: String) -> String {
    command.isEmpty || command == "latih" ? "latih --help" : "latih \(command) --help"
  }
}
