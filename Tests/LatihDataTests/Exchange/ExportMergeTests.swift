import LatihBase
import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct ExportMergeTests {
  /// A laptop's data folder with a session and three people, two with records.
  func laptop(_ directory: TemporaryDirectory, seed: UInt64) throws -> DataStore {
    let store = try FacilitatorFixtures.store(directory.path("laptop-\(seed)"), seed: seed)
    let session = try SessionList.create(
      store, title: "Pelatihan \(seed)", place: "GSG", date: "2023-08-05")
    try FacilitatorFixtures.person(
      store, "Siti \(seed)", outcomes: [("installed-app", true, nil)], session: session.id)
    try FacilitatorFixtures.person(
      store, "Dewi \(seed)", outcomes: [("affiliate-account", false, "documents")],
      session: session.id)
    try FacilitatorFixtures.person(store, "Rina \(seed)")
    return store
  }

  func export(_ store: DataStore) throws -> [UInt8] {
    ExportFile.encode(
      try Merger(store: store).allEvents(), course: "c", device: "d", host: "h", created: 0)
  }

  @Test func exportRoundTripsAndIsCanonical() throws {
    try TemporaryDirectory.with { directory in
      let store = try laptop(directory, seed: 1)
      let events = try Merger(store: store).allEvents()
      let bytes = ExportFile.encode(events, course: "c", device: "d", host: "h", created: 0)
      #expect(
        bytes
          == ExportFile.encode(
            events.reversed() + events, course: "c", device: "d", host: "h", created: 0))
      let contents = try #require(ExportFile.decode(bytes))
      #expect(contents.isIntact)
      #expect(contents.header.course == "c")
      #expect(Set(contents.events.map(\.event)) == Set(events))
    }
  }

  @Test func everyDamageIsFoundAndNamed() throws {
    try TemporaryDirectory.with { directory in
      let bytes = try export(try laptop(directory, seed: 2))
      var flipped = bytes
      let secondLineStart = bytes.firstIndex(of: 0x0A)! + 1
      flipped[secondLineStart + 30] ^= 0x01
      #expect(ExportFile.decode(flipped)?.damagedLines.contains(2) == true)
      let truncated = Array(bytes.prefix(bytes.count - 30))
      #expect(ExportFile.decode(truncated)?.isIntact == false)
      #expect(ExportFile.decode(bytes + Array("garbage\n".utf8))?.isIntact == false)
      var lines = bytes.split(separator: 0x0A).map(Array.init)
      lines.swapAt(1, 2)
      #expect(ExportFile.decode(Array(lines.joined(separator: [0x0A])) + [0x0A])?.isIntact == false)
      #expect(ExportFile.decode(Array("{\"format\":\"other\"}\n".utf8)) == nil)
    }
  }

  @Test func participantIDsThatAreNotIdentifiersAreRejected() throws {
    let hostile = Event(
      id: String(repeating: "a", count: 32), time: SampleEvents.baseTime, device: "unknown",
      participant: "../../etc",
      body: .enrolled(Enrollment(name: "x")))
    let bytes = ExportFile.encode([hostile], course: "c", device: "d", host: "h", created: 0)
    // The line is whole: it is not damage but a forged value, and the merge refuses the
    // file naming it (nothing can become a path).
    let lines = try #require(ExportLines(bytes))
    #expect(lines.isIntact)
    #expect(lines.entries.map(\.problem) == [.identifier(field: "p")])
    try TemporaryDirectory.with { directory in
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SystemIdentifierSource(), create: true)
      #expect(throws: Merger.Failure.self) { try Merger(store: store).merge(input: lines) }
      #expect(try store.participantIDs().isEmpty)
    }
  }

  @Test func mergingIsIdempotentAndOrderIndependent() throws {
    try TemporaryDirectory.with { directory in
      let a = try export(try laptop(directory, seed: 3))
      let b = try export(try laptop(directory, seed: 4))
      let events = { (bytes: [UInt8]) in ExportFile.decode(bytes)!.events.map(\.event) }
      let first = try FacilitatorFixtures.store(directory.path("merged-ab"))
      let second = try FacilitatorFixtures.store(directory.path("merged-ba"))
      let one = try Merger(store: first).merge(events(a))
      #expect(one.added == events(a).count && one.present == 0)
      _ = try Merger(store: first).merge(events(b))
      let again = try Merger(store: first).merge(events(a) + events(b))
      #expect(again.added == 0 && again.present == events(a).count + events(b).count)
      _ = try Merger(store: second).merge(events(b))
      _ = try Merger(store: second).merge(events(a))
      #expect(try export(first) == export(second))
      #expect(try Roster.load(first).people.count == 6)
    }
  }

  @Test func mergingADataFolderIntoItselfChangesNothing() throws {
    try TemporaryDirectory.with { directory in
      let store = try laptop(directory, seed: 5)
      let before = try export(store)
      let result = try Merger(store: store).merge(ExportFile.decode(before)!.events.map(\.event))
      #expect(result.added == 0)
      #expect(try export(store) == before)
    }
  }
}
