import LatihBase

/// The data folder: one journal per participant, the sessions journal, this device's id
/// and the current session.
///
/// ```
/// DATA/                    0700
///   device.json            this laptop's id
///   current-session        the current session id (durable replace)
///   import.lock            empty; held by `participants import` while it runs
///   certificate.lock       empty; held while the certificate key is first made
///   sessions.jsonl         session events (created, renamed, removed, linked,
///                          post-test opened)
///   certificate-key        the secret of certificate codes (made on first certificate)
///   merged-exports         digest and size of each export merged whole (durable replace)
///   participants/          0700
///     <16 hex>.jsonl       one journal per participant (0600)
/// ```
/// File names come from generated ids only, never from anything typed.
package struct DataStore: Sendable {
  package let directory: String
  package let fileSystem: any FileSystem
  package let clock: any WallClock
  package let identifiers: any IdentifierSource
  /// This laptop's id, stamped on every event it records.
  package let device: String
  /// The damage found in this folder's journals while it is open (named when the
  /// command ends).
  package let damage: JournalDamageLog

  /// Opens the data folder. With `create`, makes it (0700) and this device's id when
  /// missing; without, a missing folder is an empty store (reports on a fresh laptop).
  package static func open(
    _ directory: String, fileSystem: any FileSystem, clock: any WallClock,
    identifiers: any IdentifierSource, create: Bool, hostName: String = "unknown",
    damage: JournalDamageLog = JournalDamageLog()
  ) throws(SystemError) -> DataStore {
    let devicePath = PathName.join(directory, "device.json")
    var device = try readDevice(devicePath, fileSystem: fileSystem) ?? "unknown"
    if create {
      try fileSystem.makePrivateDirectory(PathName.join(directory, "participants"))
    }
    if create && device == "unknown" {
      // Two Latih processes starting at once on a new folder must agree on one id: the
      // first to lock the folder writes it, the other reads it after the lock.
      let folder = try fileSystem.open(directory, [.directory], permissions: 0)
      defer { try? fileSystem.close(folder) }
      var waited = 0
      while try !fileSystem.lockExclusively(folder) {
        waited += 1
        if waited > 300 { throw SystemError.busy(.lock, path: directory) }
        Pause.milliseconds(10)
      }
      if let written = try readDevice(devicePath, fileSystem: fileSystem) {
        device = written
      } else {
        device = identifiers.hex(bytes: 8)
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("device", device)
        writer.field("host", NameKey.clean(hostName))
        writer.field("created", Timestamp.format(clock.now()))
        writer.endObject()
        try fileSystem.writeFileDurably(devicePath, writer.bytes + [0x0A])
      }
    }
    return DataStore(
      directory: directory, fileSystem: fileSystem, clock: clock, identifiers: identifiers,
      device: device, damage: damage)
  }

  /// The id in the device file; nil when it is missing, oversized or not an id (to be
  /// made anew). A read error is thrown: it must neither replace this laptop's id nor
  /// pass for a missing one.
  static func readDevice(_ path: String, fileSystem: any FileSystem) throws(SystemError)
    -> String?
  {
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(path, limit: 4096)
    } catch  where error.isNotFound || error.isTooLarge {
      return nil
    }
    guard let id = JSONValue.parse(bytes)?["device"]?.stringValue, isIdentifier(id) else {
      return nil
    }
    return id
  }

  /// Whether `text` is a generated id (lowercase hexadecimal, 8–32 digits).
  package static func isIdentifier(_ text: String) -> Bool {
    // Checked for every event merged: over the bytes in place where possible.
    func isHexDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || byte &- 0x61 < 6 }
    let utf8 = text.utf8
    guard (8...32).contains(utf8.count) else { return false }
    return utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isHexDigit) }
      ?? utf8.allSatisfy(isHexDigit)
  }

  package var participantsDirectory: String { PathName.join(directory, "participants") }
  package var sessionsPath: String { PathName.join(directory, "sessions.jsonl") }
  package var currentSessionPath: String { PathName.join(directory, "current-session") }

  /// The journal path of a participant id.
  package func journalPath(_ participant: String) -> String {
    PathName.join(participantsDirectory, participant + ".jsonl")
  }

  /// Ids of every participant with a journal (none when the folder does not exist yet).
  /// A folder that cannot be read is an error, never "nobody".
  package func participantIDs() throws(SystemError) -> [String] {
    let names: [String]
    do {
      names = try fileSystem.contentsOfDirectory(participantsDirectory)
    } catch  where error.isNotFound {
      names = []
    }
    return names.compactMap { name in
      guard name.hasSuffix(".jsonl") else { return nil }
      let id = String(name.dropLast(6))
      return Self.isIdentifier(id) ? id : nil
    }
  }

  /// A new event recorded now on this device.
  package func event(_ body: EventBody, participant: String?) -> Event {
    Event(
      id: identifiers.hex(bytes: 16), time: clock.now(), device: device,
      participant: participant, body: body)
  }

  /// Reads a journal without locking it (for reports and lists); nil if it is missing,
  /// and nil (noted in ``damage``) if it is not a journal Latih can read: a folder, a
  /// link, a device or a file over ``Journal/maximumBytes`` skips that one entry, never
  /// stops the command for everyone. Its damaged lines are noted in ``damage``.
  package func readJournal(at path: String) throws(SystemError) -> JournalContents? {
    guard try fileSystem.info(path) != nil else { return nil }
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(path, limit: Journal.maximumBytes)
    } catch  where error.isNotFound {
      return nil
    } catch  where Self.isSkippable(error) {
      damage.note(path: path, .unreadable(error))
      return nil
    }
    let contents = JournalReader.read(bytes)
    damage.note(path: path, contents: contents, cut: false)
    return contents
  }

  /// Whether a journal that could not be read is skipped (noted) rather than an error:
  /// not a regular file, or too large. A disk error still stops the command.
  static func isSkippable(_ error: SystemError) -> Bool {
    error.kind == .notRegularFile || error.isTooLarge
  }

  /// Opens a participant's journal for appending (locked); what it found is noted in
  /// ``damage``.
  package func openJournal(_ participant: String) throws(JournalError) -> Journal {
    noted(try Journal.open(journalPath(participant), fileSystem: fileSystem, create: false))
  }

  /// Notes in ``damage`` what opening `journal` found (damaged lines, a cut tail).
  package func noted(_ journal: Journal) -> Journal {
    damage.note(journal)
    return journal
  }

  /// Enrols a new participant: a fresh id and a journal whose first event is `enrolled`
  /// (and `session-joined` when a session is given). Returns the id. Name, group, code and
  /// phone are stored cleaned (``NameKey/clean(_:)``), whoever the caller.
  package func enroll(_ enrollment: Enrollment, session: String?) throws(JournalError) -> String {
    let participant = identifiers.hex(bytes: 8)
    var enrollment = enrollment
    enrollment.name = NameKey.clean(enrollment.name)
    enrollment.group = enrollment.group.map(NameKey.clean)
    enrollment.code = enrollment.code.map(NameKey.clean)
    enrollment.phone = enrollment.phone.map(NameKey.clean)
    let path = journalPath(participant)
    let journal: Journal
    do {
      journal = try Journal.open(path, fileSystem: fileSystem, create: true)
    } catch {
      // A new id's journal left empty by a failed chmod or directory fsync is ours to take
      // back (never a file that already existed). Only here: a shared journal such as
      // sessions.jsonl may already be in another process's hands.
      if case .system(let failure) = error, !failure.alreadyExists { try? fileSystem.remove(path) }
      throw error
    }
    defer { journal.close() }
    var events = [event(.enrolled(enrollment), participant: participant)]
    if let session {
      events.append(event(.sessionJoined(session: session), participant: participant))
    }
    do {
      try journal.record(events)
    } catch {
      // Reported as failed: the new journal goes, so the person does not appear later
      // from a line that reached the file although its fsync failed.
      journal.close()
      try? fileSystem.remove(path)
      throw error
    }
    return participant
  }

  /// Appends events to a participant's journal, waiting briefly if another Latih holds it.
  package func append(_ events: [Event], to participant: String) throws(JournalError) {
    let journal = noted(
      try Journal.openWaiting(
        journalPath(participant), fileSystem: fileSystem, createIfMissing: false))
    defer { journal.close() }
    try journal.record(events)
  }

  /// The current session id, if one is set. A file that exists but cannot be read is an
  /// error: recording without the session would quietly leave records out of its report.
  package func currentSession() throws(SystemError) -> String? {
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(currentSessionPath, limit: 256)
    } catch  where error.isNotFound || error.isTooLarge {
      return nil
    }
    let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard words.count == 1, Self.isIdentifier(String(words[0])) else { return nil }
    return String(words[0])
  }

  /// Makes `session` the current one (durable replace).
  package func setCurrentSession(_ session: String) throws(SystemError) {
    try fileSystem.writeFileDurably(currentSessionPath, Array((session + "\n").utf8))
  }
}
