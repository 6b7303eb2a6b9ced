import LatihTestSupport
@testable import LatihBase
@testable import LatihData

/// Opens every journal of a data folder the way Latih does (locked, torn tail cut) and
/// collects what it finds: the check after a crash, a fault or a hostile merge that
/// "every journal opens".
struct JournalAudit {
  /// Accepted events per journal path.
  var events: [String: [Event]] = [:]
  /// Journals that could not be opened, with the error.
  var unopenable: [String: JournalError] = [:]
  /// Journals with damaged lines in the middle (skipped, but something went wrong).
  var damaged: [String: [Int]] = [:]
  /// Torn tails cut on opening.
  var repairedTails = 0

  /// Every event of every journal.
  var allEvents: [Event] { events.keys.sorted().flatMap { events[$0]! } }

  /// Whether every journal opened without damage in the middle.
  var isClean: Bool { unopenable.isEmpty && damaged.isEmpty }

  /// Audits `data` (a missing folder is an empty, clean audit).
  init(_ data: String, fileSystem: any FileSystem = SystemFileSystem()) {
    let participants = PathName.join(data, "participants")
    var paths: [String] = []
    if fileSystem.exists(PathName.join(data, "sessions.jsonl")) {
      paths.append(PathName.join(data, "sessions.jsonl"))
    }
    for name in (try? fileSystem.contentsOfDirectory(participants)) ?? []
    where name.hasSuffix(".jsonl") {
      paths.append(PathName.join(participants, name))
    }
    for path in paths {
      do {
        let journal = try Journal.reopen(path, fileSystem: fileSystem, create: false)
        defer { journal.close() }
        events[path] = journal.events
        if journal.repairedTail != nil { repairedTails += 1 }
        if !journal.contents.skippedLines.isEmpty { damaged[path] = journal.contents.skippedLines }
      } catch {
        unopenable[path] = error
      }
    }
  }
}
