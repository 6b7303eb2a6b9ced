import LatihBase
import Synchronization

/// The damage found in the data folder while one command ran: which journal, which
/// line, and what was done about it.
///
/// Reading skips a damaged line and uses the rest, cuts an unfinished last line before
/// appending, and skips an entry of `participants/` that is not a journal it can read.
/// Every one of these is noted here (the data folder's ``DataStore/damage``) and named on
/// standard error when the command ends, whatever the command, so nobody's record goes
/// missing without a word. Filled from several threads at once (reports read journals
/// on all cores).
package final class JournalDamageLog: Sendable {
  /// What was found in one file.
  package enum Finding: Hashable, Sendable {
    /// Whole lines that could not be read (bad checksum, not an event, an older line
    /// written again): skipped, left in the file.
    case skipped(lines: [Int])
    /// An unfinished last line (no newline: a write cut short), cut before appending.
    case tailCut(line: Int, bytes: Int)
    /// An unfinished last line seen while only reading: ignored, left for the next
    /// append to cut.
    case tailIgnored(line: Int, bytes: Int)
    /// Not a journal Latih can read (a folder, a link, a device, too large): skipped.
    case unreadable(SystemError)
    /// The enrolment (the name) could not be read: the person is listed under a
    /// placeholder with her id.
    case nameUnreadable(participant: String)
  }

  /// One file with findings.
  package struct Entry: Hashable, Sendable {
    /// The file's path.
    package var path: String
    /// What was found, in the order noted.
    package var findings: [Finding]
  }

  private let entries = Mutex<[String: [Finding]]>([:])

  package init() {}

  /// Notes `finding` about the file at `path` (once, however often it is read).
  package func note(path: String, _ finding: Finding) {
    entries.withLock { found in
      var list = found[path] ?? []
      guard !list.contains(finding) else { return }
      // A tail seen by a read, then cut by an open: say it once, as cut.
      if case .tailCut = finding { list.removeAll(where: \.isIgnoredTail) }
      if finding.isIgnoredTail, list.contains(where: \.isCutTail) { return }
      list.append(finding)
      found[path] = list
    }
  }

  /// Notes what reading the journal at `path` found; `cut` says whether an unfinished
  /// last line was cut (an open for appending) or only ignored (a read).
  package func note(path: String, contents: JournalContents, cut: Bool) {
    if !contents.skippedLines.isEmpty { note(path: path, .skipped(lines: contents.skippedLines)) }
    if let tail = contents.tornTail {
      note(
        path: path,
        cut
          ? .tailCut(line: tail.line, bytes: tail.bytes)
          : .tailIgnored(line: tail.line, bytes: tail.bytes))
    }
  }

  /// Notes what opening `journal` found (and cut).
  package func note(_ journal: Journal) {
    note(path: journal.path, contents: journal.contents, cut: journal.repairedTail != nil)
  }

  /// Whether nothing was found.
  package var isEmpty: Bool { entries.withLock { $0.isEmpty } }

  /// Whether a whole record was left out: a damaged line skipped or a journal not read.
  /// (An unfinished last line never held an acknowledged record: its write did not end.)
  package var leftRecordsOut: Bool {
    entries.withLock { found in
      found.values.contains { findings in
        findings.contains { finding in
          switch finding {
          case .skipped, .unreadable: return true
          case .tailCut, .tailIgnored, .nameUnreadable: return false
          }
        }
      }
    }
  }

  /// Every file with findings, by path.
  package var damaged: [Entry] {
    entries.withLock { found in
      found.map { Entry(path: $0.key, findings: $0.value) }.sorted { $0.path < $1.path }
    }
  }
}

extension JournalDamageLog.Finding {
  fileprivate var isIgnoredTail: Bool {
    if case .tailIgnored = self { return true }
    return false
  }

  fileprivate var isCutTail: Bool {
    if case .tailCut = self { return true }
    return false
  }
}
