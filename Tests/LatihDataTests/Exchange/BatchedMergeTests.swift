import LatihBench
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

/// Merging in parallel batches (more people than one batch, journals flushed together)
/// is still a set union: every event once, in each person's journal, nothing dropped, and
/// merging again adds nothing.
@Suite struct BatchedMergeTests {
  @Test func mergingGeneratedLaptopsIsAUnionAndIdempotent() throws {
    let course = try GeneratedDataCrossCheckTests.bundledCourse()
    try TemporaryDirectory.with { directory in
      let fileSystem = SystemFileSystem()
      var exports: [[Event]] = []
      for seed in [UInt64(1), 2] {
        let folder = directory.path("laptop-\(seed)")
        var set = SyntheticDataSet(participants: Merger.batchSize / 2 + 20, sessions: 2, seed: seed)
        set.linkedShare = 0.05
        _ = try set.write(to: folder, course: course)
        let store = try DataStore.open(
          folder, fileSystem: fileSystem, clock: SystemClock(),
          identifiers: SystemIdentifierSource(), create: false)
        let bytes = ExportFile.encode(
          try Merger(store: store).allEvents(), course: "c", device: store.device, host: "h",
          created: 0)
        exports.append(try #require(ExportFile.decode(bytes)).events.map(\.event))
      }
      let target = try DataStore.open(
        directory.path("merged"), fileSystem: fileSystem, clock: SystemClock(),
        identifiers: SystemIdentifierSource(), create: true)
      let merger = Merger(store: target)
      // The second laptop's events twice: the second time, all of them are present.
      let first = try merger.merge(exports[0])
      let second = try merger.merge(exports[1] + exports[1])
      let all = exports[0] + exports[1]
      #expect(first.added == exports[0].count)
      #expect(second.added == exports[1].count && second.present == exports[1].count)
      #expect(first.participants.count + second.participants.count > Merger.batchSize)

      let merged = try merger.allEvents()
      #expect(merged.count == all.count)
      #expect(Set(merged) == Set(all))
      for id in try target.participantIDs() {
        let contents = try #require(try target.readJournal(at: target.journalPath(id)))
        #expect(contents.skippedLines.isEmpty && contents.tornTail == nil)
        #expect(contents.events.allSatisfy { $0.participant == id })
      }
      let again = try merger.merge(all)
      #expect(again.added == 0 && again.present == all.count && again.participants.isEmpty)
      #expect(try merger.allEvents().count == all.count)
    }
  }
}
