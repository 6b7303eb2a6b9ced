import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct DataStoreTests {
  /// A store in `directory/relative`, with a fixed clock and seeded ids.
  static func store(
    _ directory: TemporaryDirectory, _ relative: String = "data", create: Bool = true,
    fileSystem: any FileSystem = SystemFileSystem(), seed: UInt64 = 1
  ) throws -> DataStore {
    try DataStore.open(
      directory.path(relative), fileSystem: fileSystem, clock: FixedClock(),
      identifiers: SeededIdentifierSource(seed: seed), create: create, hostName: "balai-desa")
  }

  /// The layout and its modes. Other umasks (000, 022, 077, 777) are checked on the real
  /// executable in a child process (PermissionTests): the umask belongs to the whole
  /// process, so changing it here would race with other tests creating files.
  @Test func layoutIsPrivate() throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(directory, "home/latih/data")
      try store.setCurrentSession("5e551011aa")
      let id = try store.enroll(Enrollment(name: "Siti"), session: nil)
      let expected: [String: UInt32] = [
        "home": 0o700, "home/latih": 0o700, "home/latih/data": 0o700,
        "home/latih/data/current-session": 0o600, "home/latih/data/device.json": 0o600,
        "home/latih/data/participants": 0o700,
        "home/latih/data/participants/\(id).jsonl": 0o600,
      ]
      #expect(directory.allPaths() == expected.keys.sorted())
      for (path, mode) in expected {
        #expect(directory.permissions(path) == mode, "\(path)")
      }
    }
  }

  @Test func deviceIdIsCreatedOnceAndStaysTheSame() throws {
    try TemporaryDirectory.with { directory in
      let first = try Self.store(directory, seed: 1)
      let written = try directory.read("data/device.json")
      let second = try Self.store(directory, seed: 2)
      let reading = try Self.store(directory, create: false, seed: 3)
      #expect(DataStore.isIdentifier(first.device) && first.device.count == 16)
      #expect(second.device == first.device && reading.device == first.device)
      #expect(try directory.read("data/device.json") == written)
      let json = JSONValue.parse(written)
      #expect(json?.keys == ["device", "host", "created"])
      #expect(json?["host"] == .string("balai-desa"))
      #expect(json?["created"] == .string(Timestamp.format(SampleEvents.baseTime)))
    }
  }

  /// A device file that cannot be read just now is an error, not a reason to replace it.
  @Test(arguments: [FileOperation.open, .read, .stat])
  func deviceIdSurvivesAReadError(operation: FileOperation) throws {
    try TemporaryDirectory.with { directory in
      let first = try Self.store(directory)
      let written = try directory.read("data/device.json")
      let fileSystem = FaultInjectingFileSystem()
      fileSystem.inject(.init(operation: operation, code: EIO, pathContains: "device.json"))
      let second = try? Self.store(directory, fileSystem: fileSystem, seed: 2)
      #expect(fileSystem.injectedFailures.count == 1)
      #expect(second == nil || second?.device == first.device)
      #expect(try directory.read("data/device.json") == written)
      #expect(try Self.store(directory, seed: 3).device == first.device)
    }
  }

  @Test func unreadableDeviceFileIsReplaced() throws {
    try TemporaryDirectory.with { directory in
      try directory.write("data/device.json", "{\"device\":\"../x\"}")
      let store = try Self.store(directory)
      #expect(DataStore.isIdentifier(store.device))
      #expect(try Self.store(directory, seed: 2).device == store.device)
    }
  }

  @Test func openingWithoutCreateChangesNothing() throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(directory, create: false)
      #expect(store.device == "unknown")
      #expect(try store.participantIDs().isEmpty)
      #expect(try store.currentSession() == nil)
      #expect(try store.readJournal(at: store.journalPath("0123456789abcdef")) == nil)
      #expect(directory.allPaths().isEmpty)
    }
  }

  @Test func enrollWritesEnrolledThenSessionJoined() throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(directory)
      let enrollment = Enrollment(name: "Siti Nurhaliza", group: "PKK RT 03", code: "A7")
      let id = try store.enroll(enrollment, session: "5e551011aa")
      let alone = try store.enroll(Enrollment(name: "Dewi"), session: nil)
      #expect(DataStore.isIdentifier(id) && id.count == 16 && id != alone)
      #expect(try store.participantIDs() == [id, alone].sorted())
      let events = try #require(try store.readJournal(at: store.journalPath(id))).events
      #expect(events.map(\.body) == [.enrolled(enrollment), .sessionJoined(session: "5e551011aa")])
      #expect(events.allSatisfy { $0.participant == id && $0.device == store.device })
      #expect(events.map(\.time) == [SampleEvents.baseTime, SampleEvents.baseTime + 1])
      #expect(Set(events.map(\.id)).count == 2)
      let other = try #require(try store.readJournal(at: store.journalPath(alone))).events
      #expect(other.map(\.body) == [.enrolled(Enrollment(name: "Dewi"))])
    }
  }

  /// Names are stored cleaned, and never become file names.
  @Test(arguments: [
    "../../etc/passwd", "a/b", "/", "..", "x\u{0}y", "\u{1B}[2J\u{1B}]0;title\u{7}Siti",
    "  Siti \t Nurhaliza\n ", "Nurhaliza\u{301}", "\u{202E}ilahruN", "nama.jsonl",
  ])
  func hostileNamesStayInsideTheJournal(name: String) throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(directory)
      let id = try store.enroll(
        Enrollment(name: name, group: name, code: name, phone: name), session: nil)
      #expect(
        directory.allPaths() == [
          "data", "data/device.json", "data/participants", "data/participants/\(id).jsonl",
        ])
      let events = try #require(try store.readJournal(at: store.journalPath(id))).events
      guard case .enrolled(let stored) = events.first?.body else {
        Issue.record("no enrolment")
        return
      }
      let clean = NameKey.clean(name)
      #expect(Array(stored.name.unicodeScalars) == Array(clean.unicodeScalars))
      #expect(stored.group == clean && stored.code == clean && stored.phone == clean)
      #expect(!stored.name.unicodeScalars.contains(where: TerminalSanitizer.isUnsafe))
    }
  }

  @Test func participantIDsListOnlyGeneratedJournalNames() throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(directory)
      let id = try store.enroll(Enrollment(name: "Siti"), session: nil)
      for name in ["notes.jsonl", "0123.jsonl", "0123456789ABCDEF.jsonl", "\(id).jsonl.tmp-1"] {
        try directory.write("data/participants/" + name, "x")
      }
      #expect(try store.participantIDs() == [id])
    }
  }

  @Test func currentSessionIsReadBackOnlyWhenValid() throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(directory)
      #expect(try store.currentSession() == nil)
      try store.setCurrentSession("5e551011aa")
      #expect(try store.currentSession() == "5e551011aa")
      #expect(try directory.read("data/current-session") == Array("5e551011aa\n".utf8))
      try directory.write("data/current-session", "../../x\n")
      #expect(try store.currentSession() == nil)
    }
  }

  @Test func appendAddsToAParticipantsJournal() throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(directory)
      let id = try store.enroll(Enrollment(name: "Siti"), session: nil)
      let event = store.event(.participantsLinked(other: "0123456789abcdef"), participant: id)
      try store.append([event], to: id)
      let events = try #require(try store.readJournal(at: store.journalPath(id))).events
      #expect(events.count == 2 && events.last?.id == event.id && events.last?.body == event.body)
      #expect(events[1].time > events[0].time)
    }
  }

  /// A failure while creating the store is reported, leaves no temporary file, and a
  /// later open succeeds.
  @Test(arguments: [
    FileOperation.mkdir, .chmod, .syncDirectory, .open, .write, .fsync, .rename,
  ])
  func failureWhileCreatingIsReportedAndRecoverable(operation: FileOperation) throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      fileSystem.fail(operation, with: EIO)
      #expect(throws: SystemError.self) { try Self.store(directory, fileSystem: fileSystem) }
      #expect(fileSystem.injectedFailures.count == 1)
      #expect(!directory.allPaths().contains { $0.contains(".tmp-") })
      let store = try Self.store(directory, fileSystem: fileSystem)
      #expect(DataStore.isIdentifier(store.device))
      #expect(directory.permissions("data/device.json") == 0o600)
    }
  }
}
