import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData

/// A person learning holds her journal: a merge that would write to it refuses the whole
/// file before writing anything, naming her (and lands whole once she is done);
/// `evaluate` skips her with a word and records everyone else.
@Suite struct BusyJournalTests {
  /// Two people here; a file with new events for both and a new person.
  static func scene(_ harness: CLIHarness, _ directory: TemporaryDirectory) throws -> (
    dewi: Participant, rina: Participant
  ) {
    #expect(harness.run(["participants", "add", "Dewi", "Rina"]).code == .ok)
    let roster = try Roster.load(harness.store())
    let dewi = try #require(roster.people.first { $0.name == "Dewi" })
    let rina = try #require(roster.people.first { $0.name == "Rina" })
    let newcomer = "3333333333333333"
    var events: [Event] = []
    for (index, person) in [dewi.id, rina.id].enumerated() {
      events.append(
        MergeCases.event(
          50 + index, person,
          .indicatorRecorded(
            IndicatorRecord(indicator: "installed-app", achieved: true, source: .facilitator))))
    }
    events.append(MergeCases.event(60, newcomer, .enrolled(Enrollment(name: "Sari"))))
    try directory.write(
      "lain.latih",
      ExportFile.encode(events, course: "kursus-uji", device: "d", host: "h", created: 0))
    return (dewi, rina)
  }

  /// The bytes of every file in the data folder's journals.
  static func journals(_ store: DataStore) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for id in try store.participantIDs() {
      files[id] = try SystemFileSystem().readFile(store.journalPath(id), limit: .max)
    }
    return files
  }

  @Test(arguments: [Language.id, .en])
  func aMergeMeetingABusyJournalWritesNothingAndNamesHer(_ language: Language) throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let (dewi, rina) = try Self.scene(harness, directory)
      let store = try harness.store()
      let before = try Self.journals(store)
      // Rina is learning: her journal is locked by another open file.
      let learning = try Journal.open(
        store.journalPath(rina.id), fileSystem: SystemFileSystem(), create: false)
      let started = Date()
      let merged = harness.run(["merge", "lain.latih"], language: language)
      let waited = Date().timeIntervalSince(started)
      #expect(merged.code == .ioError)
      let expected = MergeText.busy(path: "lain.latih", who: "Rina (\(rina.id))")
      #expect(merged.errors.contains(expected.text(in: language)), "\(merged.errors)")
      #expect(try Self.journals(store) == before, "nothing written, not even Dewi's or Sari's")
      #expect(waited < 10)
      learning.close()
      // Once she is done, the same file lands whole.
      let again = harness.run(["merge", "lain.latih"])
      #expect(again.code == .ok, "\(again.errors)")
      let after = try Self.journals(store)
      #expect(after.count == before.count + 1)
      #expect(after[dewi.id] != before[dewi.id] && after[rina.id] != before[rina.id])
      CampaignFigures.report("busy merges refused whole", 1)
    }
  }

  @Test func evaluateSkipsSomeoneLearningAndGoesOn() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let (dewi, rina) = try Self.scene(harness, directory)
      let store = try harness.store()
      let learning = try Journal.open(
        store.journalPath(dewi.id), fileSystem: SystemFileSystem(), create: false)
      defer { learning.close() }
      let before = try SystemFileSystem().readFile(store.journalPath(dewi.id), limit: .max)
      let grid = harness.run(["evaluate"], input: Array(repeating: "y", count: 12) + ["q"])
      #expect(grid.code == .ok, "\(grid.all)")
      let label = ParticipantLabel(dewi).text(in: .id)
      let said = grid.output.replacingOccurrences(of: "\n", with: " ")
      #expect(said.contains(FacilitatorText.evaluateBusy(name: label).text(in: .id)))
      #expect(grid.output.contains("3 catatan disimpan"), "Rina's three, not Dewi's")
      #expect(try SystemFileSystem().readFile(store.journalPath(dewi.id), limit: .max) == before)
      let rinas = try #require(try store.readJournal(at: store.journalPath(rina.id))).events
      #expect(rinas.contains { if case .indicatorRecorded = $0.body { true } else { false } })
      CampaignFigures.report("evaluate skips as expected", 1)
    }
  }

  /// A row of three cells (`+`) for someone learning says so once, not once per cell.
  @Test func aWholeRowForSomeoneLearningIsNamedOnce() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let (dewi, _) = try Self.scene(harness, directory)
      let store = try harness.store()
      let learning = try Journal.open(
        store.journalPath(dewi.id), fileSystem: SystemFileSystem(), create: false)
      defer { learning.close() }
      let grid = harness.run(["evaluate"], input: ["+", "+", "q"])
      #expect(grid.code == .ok, "\(grid.all)")
      let busy = FacilitatorText.evaluateBusy(name: ParticipantLabel(dewi).text(in: .id))
      let said = grid.output.replacingOccurrences(of: "\n", with: " ")
      #expect(said.components(separatedBy: busy.text(in: .id)).count == 2, "\(grid.output)")
      #expect(grid.output.contains("3 catatan disimpan"), "Rina's three, not Dewi's")
    }
  }
}
