import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A merge writes many journals and flushes them together: a failing write, flush or
/// folder sync is reported (never success), and merging again afterwards completes the
/// union without duplicating anything.
@Suite struct MergeFaultTests {
  /// Events of `people` participants, a few each, plus a session.
  static func events(people: Int) -> [Event] {
    var events = [
      Event(
        id: hex(0, 32), time: SampleEvents.baseTime + 1_000, device: "d0d0d0d0", participant: nil,
        body: .sessionCreated(SessionInfo(session: "5e55105e", title: "Pelatihan")))
    ]
    for person in 1...people {
      let participant = hex(UInt64(person), 16)
      events.append(
        Event(
          id: hex(UInt64(person) << 8, 32), time: SampleEvents.baseTime + 2_000, device: "d0d0d0d0",
          participant: participant, body: .enrolled(Enrollment(name: "Orang \(person)"))))
      events.append(
        Event(
          id: hex(UInt64(person) << 8 | 1, 32), time: SampleEvents.baseTime + 3_000,
          device: "d0d0d0d0",
          participant: participant, body: .sessionJoined(session: "5e55105e")))
    }
    return events
  }

  static func hex(_ value: UInt64, _ width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: width - digits.count) + digits
  }

  /// An operation, its error and which call fails (a merge syncs two folders).
  static let faults: [(FileOperation, Int32, Int)] = [
    (.write, ENOSPC, 3), (.fsync, EIO, 3), (.syncDirectory, EIO, 2), (.open, EMFILE, 3),
  ]

  @Test(arguments: 0..<faults.count)
  func aFailedMergeIsReportedAndMergingAgainCompletesIt(fault: Int) throws {
    let (operation, code, call) = Self.faults[fault]
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let store = try DataStore.open(
        directory.path("data"), fileSystem: fileSystem, clock: SystemClock(),
        identifiers: SystemIdentifierSource(), create: true)
      let events = Self.events(people: 300)
      fileSystem.fail(operation, with: code, onCall: call)
      #expect(throws: Merger.Failure.self) { try Merger(store: store).merge(events) }
      fileSystem.removeFaults()
      let again = try Merger(store: store).merge(events)
      #expect(again.added + again.present == events.count)
      let merged = try Merger(store: store).allEvents()
      #expect(merged.count == events.count, "every event once")
      #expect(Set(merged) == Set(events))
      #expect(try Merger(store: store).merge(events).added == 0)
    }
  }

  @Test func everyJournalIsFlushedAndItsFolderSyncedBeforeSuccess() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let store = try DataStore.open(
        directory.path("data"), fileSystem: fileSystem, clock: SystemClock(),
        identifiers: SystemIdentifierSource(), create: true)
      fileSystem.resetCounts()
      let events = Self.events(people: 300)
      let result = try Merger(store: store).merge(events)
      #expect(result.participants.count == 300)
      // One flush per journal written (300 people and the sessions journal); the two
      // folders that gained journals are synced once each.
      #expect(fileSystem.calls(.fsync) == 301)
      let syncedFolders = fileSystem.log.filter { $0.operation == .syncDirectory }.map(\.path)
      #expect(Set(syncedFolders) == [store.directory, store.participantsDirectory])
      #expect(syncedFolders.count == 2)
      // Nothing new: nothing written, flushed or synced.
      fileSystem.resetCounts()
      #expect(try Merger(store: store).merge(events).added == 0)
      #expect(fileSystem.calls(.write) == 0 && fileSystem.calls(.fsync) == 0)
      #expect(fileSystem.calls(.syncDirectory) == 0)
    }
  }
}
