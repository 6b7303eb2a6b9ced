import LatihBase
import LatihData

/// Reading the data folder from a command: a read that fails stops the command with a
/// clear message (exit 74); it never passes for "no participants" or "no session".
extension Invocation {
  /// Runs `body`, turning a failed read into the command's failure.
  package func reading<T>(_ body: () throws(SystemError) -> T) throws(CommandFailure) -> T {
    do {
      return try body()
    } catch {
      throw CommandFailure(CLIMessage.cannotUseData(error), .ioError)
    }
  }

  /// Everyone in the data folder.
  package func roster(_ store: DataStore) throws(CommandFailure) -> Roster {
    try reading { () throws(SystemError) in try Roster.load(store, language: language) }
  }

  /// Everyone in the data folder, each journal also handed to `reading` while it is in
  /// memory (``Roster/load(_:language:sessions:reading:rosterLines:)``: one read of every
  /// journal); `sessions`, when already read, is not read again.
  package func roster<Extra: Sendable>(
    _ store: DataStore, sessions: SessionList? = nil,
    reading: @escaping @Sendable (String, UnsafeBufferPointer<UInt8>) -> Extra,
    rosterLines: @escaping @Sendable (Extra) -> [Range<Int>]? = { _ in nil }
  ) throws(CommandFailure) -> (roster: Roster, extras: [String: Extra]) {
    try self.reading { () throws(SystemError) in
      try Roster.load(
        store, language: language, sessions: sessions, reading: reading,
        rosterLines: rosterLines)
    }
  }

  /// The sessions of the data folder.
  package func sessions(_ store: DataStore) throws(CommandFailure) -> SessionList {
    try reading { () throws(SystemError) in try SessionList.load(store) }
  }

  /// The current session id, if one is set.
  package func currentSession(_ store: DataStore) throws(CommandFailure) -> String? {
    try reading { () throws(SystemError) in try store.currentSession() }
  }

  /// The progress of the person `id` belongs to.
  package func progress(of id: String, _ loader: ProgressLoader) throws(CommandFailure)
    -> ParticipantProgress
  {
    try reading { () throws(SystemError) in try loader.progress(of: id) }
  }

  /// Says on standard error what damage the command met in the data folder (damaged
  /// lines skipped, unfinished last lines cut or ignored, entries that are not journals,
  /// names that could not be read): the first ten files by path, then how many more.
  /// ``Latih/main(arguments:context:)`` calls it when every command ends.
  package func noteDamage() {
    let damaged = damage.damaged
    for entry in damaged.prefix(10) {
      for finding in entry.findings {
        complain(CLIMessage.journalDamage(path: entry.path, finding))
      }
    }
    if damaged.count > 10 { complain(CLIMessage.moreJournalsDamaged(damaged.count - 10)) }
  }
}
