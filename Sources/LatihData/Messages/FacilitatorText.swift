import LatihBase

/// Messages of the facilitator's commands: sessions, roster, records, evaluation, export
/// and merge, certificates.
package enum FacilitatorText: LocalizedText, Hashable {
  // Sessions
  case sessionCreated(id: String, title: String, details: String)
  case sessionNowCurrent(id: String, title: String)
  case noSessions
  case unknownSession(String)
  case invalidDate(String)
  case emptyTitle
  case sessionLine(current: Bool, id: String, title: String, details: String, participants: Int)
  case postTestOpened(id: String, title: String)
  case noSessionForPostTest
  // Roster
  case enrolledLine(name: String, id: String)
  case emptyName
  case sameNameInSession(name: String, count: Int)
  case sameNameElsewhere(name: String, others: String)
  case rosterHeader
  case rosterLine(name: String, details: String)
  case duplicateFlag
  case sessionsCount(Int)
  /// `ids`: the short ids of the records, first the one the others are linked to.
  case likelyDuplicate(names: String, ids: [String])
  case importRowProblem(path: String, line: Int, problem: CSVProblem)
  case importTooLarge(limit: Int)
  /// No row of the roster names a name column; `found` is the first non-empty row
  /// (its cells joined, already sanitised), on `line` (nil: the file is empty).
  case importNoNameColumn(path: String, line: Int?, found: String)
  /// The roster's bytes are in no encoding Latih can tell apart: nobody enrolled.
  case importUndecodable(path: String, line: Int, byte: Int, value: UInt8)
  /// The roster was read in `encoding` (UTF-16, Windows-1252) and transcoded.
  case importTranscoded(encoding: String)
  /// A row above the header, skipped as a title.
  case importTitleSkipped(path: String, line: Int)
  case linked(first: String, second: String)
  case linkSame
  // Records
  case unknownIndicator(String, known: [String])
  case unknownReason(String, known: [String])
  /// A reason typed that starts several reasons' labels (`matches` already listed).
  case ambiguousReason(String, matches: [String])
  case invalidOutcome(String)
  case reasonWithYes
  case recorded(name: String, indicator: String, outcome: String)
  case missingReasonWarning
  case achievedWord
  case notYetWord(String)
  case noReasonGiven
  // Evaluate
  case evaluateIntro(people: Int, indicators: Int)
  case evaluatePerson(number: Int, count: Int, name: String)
  case evaluateCell(indicator: String, current: String)
  /// The short key line under each cell (`reasons`: how many reason numbers there are).
  case evaluateKeys(reasons: Int)
  /// Every key (`?`).
  case evaluateHelp
  /// How a row is typed, under the legend.
  case evaluateRowHint
  case evaluateIndicatorsHeading
  case evaluateReasonsHeading
  case evaluateTypo(reasons: Int)
  case evaluateReasonTypo(count: Int)
  /// A row with more answers than the person has cells left to ask.
  case evaluateTooMany(typed: Int, left: Int)
  case evaluateNoSuchPerson(String)
  /// Several people match a jump (`candidates` already in `/N name` form).
  case evaluateWhichPerson(String)
  /// Only skipped cells were left: they are asked now.
  case evaluateSkippedAgain(Int)
  /// Every cell holds a facilitator record: nothing to ask without `--all`.
  case evaluateAllRecorded(cells: Int)
  /// What a person has now, after her row (`cells` already in words).
  case evaluateSummary(name: String, cells: String)
  /// The skipped cells could not be kept for the next run.
  case evaluateSkipsNotKept
  /// The skipped cells of an earlier run could not be read: they are asked again.
  case evaluateSkipsUnreadable
  /// Sessions: the session that was current before `session new`, and how to go back.
  case sessionWasCurrent(id: String, title: String)
  /// `session new` with the title and date of an existing session, without `--force`.
  case sessionSameTitleAndDate(id: String, title: String, details: String)
  /// A session date more than five years from today.
  case sessionDateFar(date: String, today: String)
  /// A title or place over the limit.
  case sessionTextTooLong(characters: Int, limit: Int)
  /// A record not saved because the person is learning (her journal in use).
  case evaluateBusy(name: String)
  /// Another `participants import` holds the data folder: waiting.
  case importWaiting
  /// Another import held the data folder for too long: nothing imported.
  case importBusy(seconds: Int)
  /// Interrupted while waiting for another import: nothing imported.
  case importInterrupted
  case evaluateDone(recorded: Int, skipped: Int)
  case evaluateNothing
  case notRecordedYet
  // Export and merge
  case exported(path: String, events: Int, participants: Int)
  /// The parts an export left out (`parts` already in the user's words).
  case exportOmitted(parts: String)
  /// An export whose file mode the medium did not keep (a FAT stick).
  case exportModeLost(path: String, mode: String, lean: Bool)
  /// The name of a part an export can leave out.
  case exportPart(ExportPart)
  case mergeSummary(path: String, added: Int, present: Int, people: Int)
  case mergeDamaged(path: String, lines: String)
  /// `lines`: the damaged lines' numbers (the first ten), as `mergeDamaged` names them.
  case mergeSalvaged(path: String, kept: Int, skipped: Int, lines: String)
  case mergeNotAnExport(String)
  case mergeWrongCourse(path: String, theirs: String, ours: String)
  case mergeTooLarge(path: String, limit: Int)
  case mergeRejectedEvent(path: String, line: Int)
  case mergeDuplicatesHint
  // Present
  case presentKeys
  case presentEnd

  /// Why a roster row was not imported.
  package enum CSVProblem: Hashable, Sendable {
    /// Whether the row is only skipped, not bad (the import still succeeds).
    package var isBad: Bool { self != .numberOnly }

    case noName
    /// Only the `No` cell is filled (a numbered empty row of a template): skipped
    /// without counting as a bad row.
    case numberOnly
    case tooLong(column: String)
    case unclosedQuote
    case tooManyRows(limit: Int)
  }

  /// The commands that link the records `ids` to the first of them, one per other record:
  /// `latih participants link 0f11bf fbf3fa`, joined with "; " when there are several.
  static func linkCommands(_ ids: [String]) -> String {
    guard let first = ids.first else { return "latih participants link A B" }
    return ids.dropFirst().map { "latih participants link \(first) \($0)" }
      .joined(separator: "; ")
  }
}

/// `value` as two uppercase hex digits.
func hex(_ value: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
}
