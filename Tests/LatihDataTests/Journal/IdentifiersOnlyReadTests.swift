import LatihTestSupport
import Testing

@testable import LatihData

/// Merging reads journals and exports without making every event (only ids, times and
/// participants): it must accept exactly the lines the full reader accepts, on stressing
/// generated text and on damaged files.
@Suite struct IdentifiersOnlyReadTests {
  static func expectSameAcceptance(_ bytes: [UInt8]) {
    let full = JournalReader.read(bytes)
    let light = bytes.withUnsafeBufferPointer { JournalReader.read($0, identifiersOnly: true) }
    #expect(light.events.isEmpty)
    #expect(light.identifiers == full.events.map(\.id))
    #expect(light.lastSequence == full.lastSequence)
    #expect(light.skippedLines == full.skippedLines)
    #expect(light.intactLength == full.intactLength)
    #expect(light.tornTail == full.tornTail)
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func generatedJournalsAreAcceptedAlike(seed: UInt64) {
    Self.expectSameAcceptance(EventGenerator.journal(count: 2500, seed: seed))
  }

  @Test(arguments: 0..<4)
  func damagedJournalsAreAcceptedAlike(seed: Int) {
    let journal = EventGenerator.journal(count: 80, seed: UInt64(200 + seed))
    var random = SeededRandom(seed: UInt64(seed))
    for _ in 0..<60 {
      var damaged = journal
      let index = Int.random(in: 0..<damaged.count, using: &random)
      switch Int.random(in: 0...2, using: &random) {
      case 0: damaged[index] ^= UInt8.random(in: 1...255, using: &random)
      case 1: damaged.removeSubrange(index..<min(damaged.count, index + 30))
      default: damaged.insert(0x0A, at: index)
      }
      Self.expectSameAcceptance(damaged)
    }
  }

  @Test func checkedExportListsWhatTheDecodedExportHolds() throws {
    var generator = EventGenerator(seed: 9)
    let events = generator.events(600).map { event -> Event in
      // Exports carry generated ids only (other participants make lines damaged).
      var event = event
      event.id = String(UInt64(bitPattern: Int64(event.id.hashValue)), radix: 16)
        .padding(toLength: 32, withPad: "a", startingAt: 0)
      return event
    }
    var bytes = ExportFile.encode(events, course: "c", device: "d", host: "h", created: 0)
    bytes[bytes.count / 2] ^= 0x10
    let lines = try #require(ExportLines(bytes))
    let contents = try #require(ExportFile.decode(bytes))
    #expect(lines.entries.map(\.line) == contents.events.map(\.line))
    #expect(lines.entries.map(\.id) == contents.events.map(\.event.id))
    #expect(lines.entries.map(\.time) == contents.events.map(\.event.time))
    #expect(lines.entries.map(\.participant) == contents.events.map(\.event.participant))
    #expect(lines.damagedLines == contents.damagedLines && !lines.isIntact)
    #expect(try lines.events(Array(lines.entries.indices)) == contents.events.map(\.event))
  }
}
