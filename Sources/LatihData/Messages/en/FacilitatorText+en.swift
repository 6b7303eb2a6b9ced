import LatihBase

extension FacilitatorText {
  package var english: String {
    switch self {
    case .sessionCreated(let id, let title, let details):
      return
        "Session created: \(id) — \(title)\(details.isEmpty ? "" : " (\(details))"). It is now the current session."
    case .postTestOpened(let id, let title):
      return "Post-test opened for session \(id) — \(title). Course tests its participants "
        + "take from now on count as the post-test."
    case .noSessionForPostTest:
      return "No current session; give --session ID (see 'latih session list')."
    case .sessionNowCurrent(let id, let title): return "Current session: \(id) — \(title)"
    case .noSessions: return "No sessions yet. Create one with: latih session new \"Title\""
    case .unknownSession(let id):
      return "no session '\(TerminalSanitizer.cleanLine(id))'; see 'latih session list'"
    case .invalidDate(let text):
      return
        "invalid date '\(TerminalSanitizer.cleanLine(text))'; use YYYY-MM-DD between 2000 and 2099, such as 2023-08-05"
    case .emptyTitle: return "the session title is missing"
    case .sessionLine(let current, let id, let title, let details, let participants):
      return
        "\(current ? "*" : " ") \(id)  \(title)\(details.isEmpty ? "" : " (\(details))") · \(participants) participants\(current ? " · current" : "")"
    case .sessionWasCurrent(let id, let title):
      return
        "The previous session (\(id) — \(title)) is no longer current. To switch back: latih session use \(id)"
    case .sessionSameTitleAndDate(let id, let title, let details):
      return
        "a session with the same title and date exists: \(id) — \(title) (\(details)). Use it: latih session use \(id); or create another one anyway with --force"
    case .sessionDateFar(let date, let today):
      return
        "warning: the date \(date) is more than 5 years from today (\(today)); check it (change it with: latih session rename ID TITLE --date YYYY-MM-DD)"
    case .sessionTextTooLong(let characters, let limit):
      return "title or place too long: \(characters) characters (at most \(limit)); nothing saved"
    case .enrolledLine(let name, let id): return "Enrolled: \(name) (id \(id.prefix(6)))"
    case .emptyName: return "a name cannot be empty"
    case .sameNameInSession(let name, let count):
      return
        "note: \(count) participants are named '\(name)'; tell them apart with --code or --group (they are not merged)"
    case .sameNameElsewhere(let name, let others): return "'\(name)' is also enrolled as \(others)"
    case .rosterHeader: return "Participants:"
    case .rosterLine(let name, let details): return "\(name) \(details)"
    case .duplicateFlag: return "[same name]"
    case .sessionsCount(let count): return count == 1 ? "1 session" : "\(count) sessions"
    case .likelyDuplicate(let names, let ids):
      return "Possibly the same person: \(names). If so: \(FacilitatorText.linkCommands(ids))"
    case .importRowProblem(let path, let line, let problem):
      let detail: String
      switch problem {
      case .noName: detail = "row without a name, skipped"
      case .numberOnly: detail = "only a number, no name: an empty row, skipped"
      case .tooLong(let column):
        detail =
          "column '\(column)' is too long (max. \(RosterCSV.maximumCell) characters), skipped"
      case .unclosedQuote: detail = "unclosed quote; this row and the rest are skipped"
      case .tooManyRows(let limit): detail = "more than \(limit) rows; the rest are skipped"
      }
      return "\(path):\(line): \(detail)"
    case .importTooLarge(let limit):
      return "the roster file is too large (max. \(limit / 1024) KiB)"
    case .importNoNameColumn(let path, let line, let found):
      guard let line else { return "\(path): the file is empty; nobody enrolled" }
      return
        "\(path): no header row with a name column ('Name', 'Nama', 'Nama lengkap'). "
        + "The first row found (line \(line)): \(found)"
    case .importUndecodable(let path, let line, let byte, let value):
      return
        "\(path):\(line): byte \(byte) (0x\(hex(value))) cannot be read as UTF-8, UTF-16 or "
        + "Windows-1252; nobody enrolled. Save it again as \"CSV UTF-8\" and import it again."
    case .importTranscoded(let encoding):
      return "The file was read as \(encoding) and converted to UTF-8."
    case .importTitleSkipped(let path, let line):
      return "\(path):\(line): row above the column titles, skipped"
    case .linked(let first, let second): return "Joined as the same person: \(first) and \(second)"
    case .linkSame: return "they are already recorded as the same person"
    case .unknownIndicator(let id, let known):
      return
        "no indicator '\(TerminalSanitizer.cleanLine(id))'; choose from: \(known.joined(separator: ", "))"
    case .unknownReason(let id, let known):
      return
        "no reason '\(TerminalSanitizer.cleanLine(id))'; choose from:\n  \(known.joined(separator: "\n  "))"
    case .ambiguousReason(let typed, let matches):
      return
        "reason '\(TerminalSanitizer.cleanLine(typed))' matches several reasons; type more, its id or its number:\n  "
        + matches.joined(separator: "\n  ")
    case .invalidOutcome(let word):
      return "the outcome must be 'yes' or 'no', not '\(TerminalSanitizer.cleanLine(word))'"
    case .reasonWithYes: return "--reason is only for 'no'"
    case .recorded(let name, let indicator, let outcome):
      return "Recorded: \(name) — \(indicator): \(outcome)"
    case .missingReasonWarning:
      return "note: 'no' without --reason; the report will say 'no reason given'"
    case .achievedWord: return "achieved"
    case .notYetWord(let reason): return "not yet (\(reason))"
    case .noReasonGiven: return "no reason given"
    case .evaluateIntro(let people, let indicators):
      return
        "Quick entry: \(people) participants × \(indicators) indicators, in roster order. Cells the facilitator already recorded or skipped are not asked again (all of them: latih evaluate --all)."
    case .evaluatePerson(let number, let count, let name): return "[\(number)/\(count)] \(name)"
    case .evaluateCell(let indicator, let current): return "\(indicator) — now: \(current)"
    case .evaluateKeys(let reasons):
      return
        "[y] achieved · [n] not yet · [1-\(reasons)] not yet+reason · [Enter/-] skip · [?] help · [q] done"
    case .evaluateHelp:
      return
        "One line per participant, in the order of the indicators, for example yyn or y2y then Enter. y = achieved; n = not yet, no reason; a digit = not yet, with that reason; - or . = skip; + = the rest achieved (y+ or +). One letter = one cell. /12 or /name = jump to a participant (all her cells asked); a = ask all of this participant's cells again; b = back; r = the reason list; q = done (at any time)."
    case .evaluateRowHint:
      return
        "One line per participant, for example yyn, y2y or + (all achieved), then Enter. ? = every key."
    case .evaluateIndicatorsHeading: return "Indicators (order of a row):"
    case .evaluateReasonsHeading: return "Reasons for not yet:"
    case .evaluateTypo(let reasons):
      return "Not understood; nothing recorded. Type y, n, 1-\(reasons), -, +, /name, b, ? or q."
    case .evaluateReasonTypo(let count):
      return
        "Type a reason's number (1-\(count)) or the start of its name, n for no reason, Enter to cancel, or q."
    case .evaluateTooMany(let typed, let left):
      return
        "\(typed) answers typed, this participant has \(left) cells left; nothing recorded. Type the row again."
    case .evaluateNoSuchPerson(let wanted):
      return "No participant '\(TerminalSanitizer.cleanLine(wanted))' in this grid."
    case .evaluateWhichPerson(let candidates):
      return "More than one participant matches: \(candidates). Type the number, for example /3."
    case .evaluateSkippedAgain(let count):
      return "Only \(count) cells skipped earlier are left: they are asked now."
    case .evaluateAllRecorded(let cells):
      return
        "All \(cells) cells are recorded. To change them: latih evaluate --all, or latih record."
    case .evaluateSummary(let name, let cells): return "→ \(name): \(cells)"
    case .evaluateSkipsUnreadable:
      return
        "warning: the list of cells skipped earlier cannot be read; those cells are asked again."
    case .evaluateSkipsNotKept:
      return
        "warning: the skipped cells could not be kept for next time (the data folder cannot be written); the records are saved."
    case .evaluateBusy(let name):
      return
        "\(name) is learning in another Latih window: this record was not saved. Give it again later with 'latih evaluate' or 'latih record'."
    case .importWaiting:
      return "Waiting for another import into this data folder to finish…"
    case .importBusy(let seconds):
      return
        "another import is still running on this data folder after \(seconds) seconds; nothing was imported. Try again once it has finished."
    case .importInterrupted: return "import cancelled; nothing was imported"
    case .evaluateDone(let recorded, let skipped):
      return
        "Done. \(recorded) records saved\(skipped > 0 ? "; \(skipped) cells skipped" : ""). Continue any time with 'latih evaluate'."
    case .evaluateNothing: return "No participants or indicators to fill in."
    case .notRecordedYet: return "not recorded yet"
    case .exported(let path, let events, let participants):
      return "Export written: \(path) (\(events) records, \(participants) participants)"
    case .exportOmitted(let parts):
      return "Left out: \(parts) (use --include or --full to keep them)."
    case .exportModeLost(let path, let mode, let lean):
      return
        "note: the medium of \(path) does not keep file permissions (\(mode), not 0600; a FAT stick, say): anyone holding it can read it."
        + (lean
          ? " Phone numbers, notes, answers and the host name are left out of it."
          : " An export without --full/--include leaves out phone numbers, notes, answers and the host name.")
    case .exportPart(let part):
      switch part {
      case .host: return "host name"
      case .phones: return "phone numbers"
      case .notes: return "facilitators' notes"
      case .answers: return "typed answers"
      }
    case .mergeSummary(let path, let added, let present, let people):
      return
        "\(path): \(added) new records from \(people) participants; \(present) already present."
    case .mergeDamaged(let path, let lines):
      return
        "\(path) is damaged (lines \(lines)); not merged. Ask for a new export, or use --salvage to take the intact part."
    case .mergeSalvaged(let path, let kept, let skipped, let lines):
      return
        "\(path) is damaged: took \(kept) intact records, skipped \(skipped) damaged lines (lines \(lines))."
    case .mergeNotAnExport(let path): return "\(path) is not a Latih export file"
    case .mergeWrongCourse(let path, let theirs, let ours):
      return
        "\(path) comes from course '\(theirs)', not '\(ours)'; not merged (use --force if you mean it)"
    case .mergeTooLarge(let path, let limit):
      return "\(path) is too large (max. \(limit / 1024 / 1024) MiB)"
    case .mergeRejectedEvent(let path, let line): return "\(path):\(line): record rejected"
    case .mergeDuplicatesHint:
      return
        "Check with 'latih participants list'; join records of one person with 'latih participants link A B'."
    case .presentKeys: return "[Enter] next · [b] back · [q] quit"
    case .presentEnd: return "The end."
    }
  }
}
