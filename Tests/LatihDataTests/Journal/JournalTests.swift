import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct JournalTests {
  static let events = SampleEvents.everyKind

  @Test func createMakesAPrivateFileAndSyncsItsDirectory() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let path = directory.path("p.jsonl")
      let journal = try Journal.open(path, fileSystem: fileSystem, create: true)
      defer { journal.close() }
      #expect(directory.permissions("p.jsonl") == 0o600)
      #expect(fileSystem.calls(.syncDirectory) == 1)
      let synced = fileSystem.log.filter { $0.operation == .syncDirectory }.map(\.path)
      #expect(synced == [directory.path])
      #expect(journal.events.isEmpty && journal.repairedTail == nil)
    }
  }

  @Test func createRefusesAnExistingFile() throws {
    try TemporaryDirectory.with { directory in
      try directory.write("p.jsonl", SampleEvents.journal(Self.events))
      #expect(throws: JournalError.self) {
        try Journal.open(directory.path("p.jsonl"), fileSystem: SystemFileSystem(), create: true)
      }
      #expect(try directory.read("p.jsonl") == SampleEvents.journal(Self.events))
    }
  }

  @Test func openingAMissingJournalFailsWithNotFound() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.path("missing.jsonl")
      let missing = SystemError(code: ENOENT, operation: .open, path: path)
      #expect(throws: JournalError.system(missing)) {
        try Journal.open(path, fileSystem: SystemFileSystem(), create: false)
      }
      #expect(directory.allPaths().isEmpty)
    }
  }

  @Test func appendIsDurableAndVisibleAfterReopen() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let path = directory.path("p.jsonl")
      let journal = try Journal.open(path, fileSystem: fileSystem, create: true)
      fileSystem.resetCounts()
      try journal.append(Self.events[0])
      try journal.append(Array(Self.events[1...4]))
      try journal.append([])
      #expect(fileSystem.calls(.write) == 2)
      #expect(fileSystem.calls(.fsync) == 2)
      #expect(fileSystem.log.map(\.operation) == [.write, .fsync, .write, .fsync])
      #expect(journal.events == Array(Self.events[...4]))
      #expect(journal.contents.lastSequence == 5)
      journal.close()
      #expect(try directory.read("p.jsonl") == SampleEvents.journal(Array(Self.events[...4])))
      let reopened = try Journal.reopen(path, fileSystem: fileSystem, create: false)
      defer { reopened.close() }
      #expect(reopened.events == Array(Self.events[...4]))
      try reopened.append(Self.events[5])
      #expect(JournalReader.read(try directory.read("p.jsonl")).lastSequence == 6)
    }
  }

  @Test func secondOpenOfTheSameJournalIsBusy() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.path("p.jsonl")
      let first = try Journal.open(path, fileSystem: SystemFileSystem(), create: true)
      #expect(throws: JournalError.busy(path: path)) {
        try Journal.open(path, fileSystem: SystemFileSystem(), create: false)
      }
      try first.append(Self.events[0])
      first.close()
      let second = try Journal.reopen(path, fileSystem: SystemFileSystem(), create: false)
      defer { second.close() }
      #expect(second.events == [Self.events[0]])
    }
  }

  @Test func openCutsATornTailOnceAndReportsIt() throws {
    try TemporaryDirectory.with { directory in
      let whole = SampleEvents.journal(Array(Self.events[..<3]))
      let torn = Array(JournalLine.encode(Self.events[3], sequence: 4).prefix(40))
      try directory.write("p.jsonl", whole + torn)
      let fileSystem = FaultInjectingFileSystem()
      let path = directory.path("p.jsonl")
      let journal = try Journal.open(path, fileSystem: fileSystem, create: false)
      #expect(journal.repairedTail == TornTail(line: 4, bytes: 40))
      #expect(journal.contents.tornTail == TornTail(line: 4, bytes: 40))
      #expect(try directory.read("p.jsonl") == whole)
      #expect(fileSystem.calls(.truncate) == 1 && fileSystem.calls(.fsync) == 1)
      try journal.append(Self.events[3])
      journal.close()
      let again = try Journal.reopen(path, fileSystem: fileSystem, create: false)
      defer { again.close() }
      #expect(again.repairedTail == nil)
      #expect(fileSystem.calls(.truncate) == 1)
      #expect(again.events == Array(Self.events[..<4]))
      #expect(again.contents.skippedLines.isEmpty)
    }
  }

  @Test func damageInTheMiddleIsKeptAndReported() throws {
    try TemporaryDirectory.with { directory in
      var bytes = SampleEvents.journal(Array(Self.events[..<4]))
      bytes[JournalLine.encode(Self.events[0], sequence: 1).count + 20] ^= 0x01
      try directory.write("p.jsonl", bytes)
      let journal = try Journal.open(
        directory.path("p.jsonl"), fileSystem: SystemFileSystem(),
        create: false)
      #expect(journal.repairedTail == nil)
      #expect(journal.contents.skippedLines == [2])
      try journal.append(Self.events[4])
      journal.close()
      let after = try directory.read("p.jsonl")
      #expect(after == bytes + JournalLine.encode(Self.events[4], sequence: 5))
    }
  }
}
