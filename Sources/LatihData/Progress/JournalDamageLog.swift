import Synchronization

/// The damaged lines found while reading journals for progress and reports.
///
/// Reading skips a damaged line and uses the rest (the tutor says so when it opens the
/// journal); a report or a progress list built from such a journal says so too, on
/// standard error, so an organizer knows a number may be missing a record. Filled from
/// several threads at once (reports read journals on all cores).
package final class JournalDamageLog: Sendable {
  /// One journal with damaged lines.
  package struct Entry: Hashable, Sendable {
    /// The journal's path.
    package var path: String
    /// Its skipped lines, 1-based.
    package var lines: [Int]
  }

  private let entries = Mutex<[String: [Int]]>([:])

  package init() {}

  /// Notes the skipped lines of the journal at `path` (nothing when there are none).
  func note(path: String, lines: [Int]) {
    guard !lines.isEmpty else { return }
    entries.withLock { $0[path] = lines }
  }

  /// Every journal with damaged lines, by path.
  package var damaged: [Entry] {
    entries.withLock { found in
      found.map { Entry(path: $0.key, lines: $0.value) }.sorted { $0.path < $1.path }
    }
  }
}
