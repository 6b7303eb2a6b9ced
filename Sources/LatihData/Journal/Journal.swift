import LatihBase

/// Why a journal could not be opened or written.
package enum JournalError: Error, Hashable, Sendable {
  case system(SystemError)
  /// Another Latih process holds this journal (advisory lock).
  case busy(path: String)
  /// An earlier write or fsync failed in this process; nothing more is written, because
  /// what reached the disk is unknown.
  case failedEarlier(SystemError)
}

/// An append-only journal file, locked for this process while open.
///
/// - Appends are acknowledged (the call returns) only after the line is written and
///   fsynced. A failed write or fsync is never retried and never reported as success:
///   the journal refuses further appends in this process.
/// - Creating a journal fsyncs its directory, so the file survives a power cut.
/// - A torn tail found on open is cut (and reported via ``repairedTail``) before any
///   append; damage in the middle is kept, skipped and reported via ``contents``.
package final class Journal {
  package let path: String
  package private(set) var contents: JournalContents
  /// A torn tail found and cut on open, to tell the user once.
  package let repairedTail: TornTail?

  private let fileSystem: any FileSystem
  private var file: FileDescriptor?
  private var length: Int
  private var failure: SystemError?
  /// Whether ``appendUnsynced(_:)`` wrote something not yet flushed.
  private var needsSync = false

  private init(
    path: String, fileSystem: any FileSystem, file: FileDescriptor, contents: JournalContents,
    repairedTail: TornTail?, length: Int
  ) {
    self.path = path
    self.fileSystem = fileSystem
    self.file = file
    self.contents = contents
    self.repairedTail = repairedTail
    self.length = length
  }

  deinit { close() }

  /// Opens (or with `create`, creates) the journal at `path` and locks it.
  ///
  /// With `syncingDirectory` false, a created journal's folder is not fsynced here: the
  /// caller syncs it (once for many journals) before reporting anything in them as
  /// recorded, as ``Merger`` does.
  package static func open(
    _ path: String, fileSystem: any FileSystem, create: Bool, syncingDirectory: Bool = true
  ) throws(JournalError) -> Journal {
    try open(
      path, fileSystem: fileSystem, create: create, syncingDirectory: syncingDirectory,
      identifiersOnly: false)
  }

  /// ``open(_:fileSystem:create:syncingDirectory:)``; with `identifiersOnly`, `events`
  /// starts empty and ``knownIdentifiers`` lists the ids of the events already there (all
  /// a merge needs).
  static func open(
    _ path: String, fileSystem: any FileSystem, create: Bool, syncingDirectory: Bool,
    identifiersOnly: Bool
  ) throws(JournalError) -> Journal {
    let file: FileDescriptor
    do throws(SystemError) {
      if create {
        file = try fileSystem.open(
          path, [.write, .create, .exclusive, .append], permissions: PrivatePermissions.file)
        do {
          try fileSystem.setPermissions(path, PrivatePermissions.file)
          if syncingDirectory { try fileSystem.syncDirectory(PathName.parent(of: path)) }
        } catch {
          try? fileSystem.close(file)
          throw error
        }
      } else {
        file = try fileSystem.open(path, [.write, .append], permissions: 0)
      }
    } catch {
      throw .system(error)
    }
    do {
      guard try fileSystem.lockExclusively(file) else {
        try? fileSystem.close(file)
        throw JournalError.busy(path: path)
      }
      let bytes = try fileSystem.readToEnd(file, limit: maximumBytes)
      let contents = bytes.withUnsafeBufferPointer {
        JournalReader.read($0, identifiersOnly: identifiersOnly)
      }
      var length = bytes.count
      if contents.tornTail != nil {
        try fileSystem.truncate(file, to: contents.intactLength)
        try fileSystem.sync(file)
        length = contents.intactLength
      }
      return Journal(
        path: path, fileSystem: fileSystem, file: file, contents: contents,
        repairedTail: contents.tornTail, length: length)
    } catch let error as JournalError {
      throw error
    } catch let error as SystemError {
      try? fileSystem.close(file)
      throw .system(error)
    } catch {
      try? fileSystem.close(file)
      throw .system(SystemError(code: 5, operation: .read, path: path))
    }
  }

  /// The largest journal Latih reads (64 MiB, some 250,000 events: years of one
  /// person's answers): a larger file is refused as too large, never read whole.
  package static let maximumBytes = 64 << 20

  /// The accepted events.
  package var events: [Event] { contents.events }

  /// Ids of the events in the file when opened with `identifiersOnly`.
  var knownIdentifiers: [String] { contents.identifiers }

  /// Appends `events` as one write and one fsync; returns only when they are durable.
  package func append(_ events: [Event]) throws(JournalError) {
    guard !events.isEmpty else { return }
    let written = try write(events)
    try flush(file: written.file)
    accept(events, written)
  }

  /// Appends one event durably.
  package func append(_ event: Event) throws(JournalError) { try append([event]) }

  /// Appends `events` as one write without waiting for the disk (a merge writes
  /// thousands of journals, then flushes them together): until ``sync()`` returns they
  /// can be lost in a power cut, so nothing may be reported as recorded before.
  func appendUnsynced(_ events: consuming [Event]) throws(JournalError) {
    guard !events.isEmpty else { return }
    let written = try write(events)
    accept(events, written)
    needsSync = true
  }

  /// Appends `lines` (whole journal lines, numbered after ``lastSequence`` up to
  /// `lastSequence`) as one write without waiting for the disk, as
  /// ``appendUnsynced(_:)``. Their events are not taken into ``events`` (a merge, which
  /// copies lines, never reads them back from the journal it wrote).
  func appendUnsynced(lines: [UInt8], lastSequence: Int) throws(JournalError) {
    guard !lines.isEmpty else { return }
    let file = try writable()
    try write(lines, to: file)
    length += lines.count
    contents.lastSequence = lastSequence
    contents.intactLength = length
    needsSync = true
  }

  /// The last sequence number in the journal.
  var lastSequence: Int { contents.lastSequence }

  /// Flushes what ``appendUnsynced(_:)`` wrote; returns when it is durable.
  func sync() throws(JournalError) {
    guard needsSync else { return }
    if let failure { throw .failedEarlier(failure) }
    guard let file else {
      throw .failedEarlier(SystemError(code: 9, operation: .fsync, path: path))
    }
    try flush(file: file)
    needsSync = false
  }

  /// What ``write(_:)`` put in the file, not yet taken into ``contents``.
  private struct Written {
    var file: FileDescriptor
    var bytes: Int
    var lastSequence: Int
  }

  /// Encodes `events` after the last sequence number and writes them as one write. A
  /// failure is kept (every later call fails) and a partial line taken back at once if
  /// possible; if that fails too, the next open cuts it.
  private func write(_ events: borrowing [Event]) throws(JournalError) -> Written {
    let file = try writable()
    var bytes: [UInt8] = []
    var sequence = contents.lastSequence
    for index in events.indices {
      sequence += 1
      JournalLine.encode(events[index], sequence: sequence, into: &bytes)
    }
    try write(bytes, to: file)
    return Written(file: file, bytes: bytes.count, lastSequence: sequence)
  }

  /// The open file, unless an earlier write or fsync failed.
  private func writable() throws(JournalError) -> FileDescriptor {
    if let failure { throw .failedEarlier(failure) }
    guard let file else {
      throw .failedEarlier(SystemError(code: 9, operation: .write, path: path))
    }
    return file
  }

  /// Writes `bytes` as one write; a failure is kept and the partial line taken back.
  private func write(_ bytes: [UInt8], to file: FileDescriptor) throws(JournalError) {
    do {
      try fileSystem.write(file, bytes)
    } catch {
      failure = error
      try? fileSystem.truncate(file, to: length)
      throw .system(error)
    }
  }

  /// fsyncs the journal; a failure is kept and never retried (the data may be lost).
  private func flush(file: FileDescriptor) throws(JournalError) {
    do {
      try fileSystem.sync(file)
    } catch {
      failure = error
      throw .system(error)
    }
  }

  /// Takes events that are in the file into ``contents``.
  private func accept(_ events: consuming [Event], _ written: Written) {
    length += written.bytes
    // A merged journal usually starts empty here: then the array is taken, not copied.
    if contents.events.isEmpty {
      contents.events = events
    } else {
      contents.events.append(contentsOf: events)
    }
    contents.lastSequence = written.lastSequence
    contents.intactLength = length
  }

  /// Appends events recorded just now, restamping any whose time is not after the
  /// journal's latest event, so events of one journal never share a time and their
  /// order survives sorting by time (a step writes several events in one millisecond;
  /// piped input is fast). Merged events keep their times: use ``append(_:)`` for them.
  ///
  /// Every stamp stays inside ``Timestamp/window`` (``Timestamp/next(after:now:)``): an
  /// event dated 9999 in the journal (merged by an older version) is not "latest", so
  /// new events keep real times and never leave the format the reader accepts.
  package func record(_ events: [Event]) throws(JournalError) {
    var latest = contents.events.lazy.map(\.time).filter(Timestamp.isSane).max()
    let stamped = events.map { event -> Event in
      var copy = event
      copy.time = Timestamp.next(after: latest, now: copy.time)
      latest = copy.time
      return copy
    }
    try append(stamped)
  }

  /// Releases the lock and the file.
  package func close() {
    if let file { try? fileSystem.close(file) }
    file = nil
  }
}

extension Journal {
  /// Opens `path` for appending (with `createIfMissing`, creating it when there is none),
  /// waiting up to about two seconds while another Latih process holds it: a short
  /// `record`, a session or a merge finishes well within that. A journal another process
  /// creates at the same moment is opened, not refused.
  package static func openWaiting(
    _ path: String, fileSystem: any FileSystem, createIfMissing: Bool
  ) throws(JournalError) -> Journal {
    try openWaiting(
      path, fileSystem: fileSystem, createIfMissing: createIfMissing, syncingDirectory: true,
      identifiersOnly: false
    ).journal
  }

  /// ``openWaiting(_:fileSystem:createIfMissing:)`` with the options of
  /// ``open(_:fileSystem:create:syncingDirectory:identifiersOnly:)``; also says whether
  /// this call created the journal (a merge syncs the folders of new journals once).
  static func openWaiting(
    _ path: String, fileSystem: any FileSystem, createIfMissing: Bool, syncingDirectory: Bool,
    identifiersOnly: Bool
  ) throws(JournalError) -> (journal: Journal, created: Bool) {
    var attempt = 0
    while true {
      do {
        let create = createIfMissing && !fileSystem.exists(path)
        do {
          let journal = try open(
            path, fileSystem: fileSystem, create: create, syncingDirectory: syncingDirectory,
            identifiersOnly: identifiersOnly)
          return (journal, create)
        } catch .system(let error) where create && error.alreadyExists {
          let journal = try open(
            path, fileSystem: fileSystem, create: false, syncingDirectory: syncingDirectory,
            identifiersOnly: identifiersOnly)
          return (journal, false)
        }
      } catch .busy(let busyPath) {
        attempt += 1
        if attempt >= 20 { throw .busy(path: busyPath) }
        Pause.milliseconds(100)
      }
    }
  }
}
