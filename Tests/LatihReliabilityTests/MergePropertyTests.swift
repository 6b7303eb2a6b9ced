import LatihTestSupport
import Testing

@testable import LatihData

/// Merging is a set union: random re-merges of the same exports (duplicates, truncated
/// copies salvaged, any order, any grouping, the folder merged into itself) always end in
/// byte-identical canonical data, with no event dropped and none invented.
@Suite struct MergePropertyTests {
  /// Three laptops' exports, made with real commands: sessions, people (one name on two
  /// laptops), records with notes, lessons with answers.
  static func laptops(_ directory: TemporaryDirectory) throws -> [[UInt8]] {
    try (1...3).map { number in
      let harness = try CLIHarness(directory, data: "laptop\(number)", seed: UInt64(number))
      try harness.prepare(["session", "new", "Pelatihan \(number)", "--date", "2023-08-05"])
      try harness.prepare(["participants", "add", "Siti Aminah", "Peserta \(number)"])
      try harness.prepare([
        "record", "Siti Aminah", "affiliate-account", "no", "--reason", "documents", "--note",
        "catatan \(number)",
      ])
      _ = harness.run(
        ["learn", "dasar", "--as", "Peserta \(number)", "--no-shuffle"],
        input: ["b", "s", "a", "b", "", "q"], fileSystem: UnsyncedFileSystem())
      return ExportFile.encode(
        try Merger(store: harness.store()).allEvents(), course: "kursus-uji",
        device: "laptop\(number)", host: "h", created: 0)
    }
  }

  /// The canonical form of a data folder: its export with a fixed header.
  static func canonical(_ store: DataStore) throws -> [UInt8] {
    ExportFile.encode(
      try Merger(store: store).allEvents(), course: "c", device: "d", host: "h", created: 0)
  }

  static func store(_ path: String) throws -> DataStore {
    try DataStore.open(
      path, fileSystem: UnsyncedFileSystem(), clock: SteppingClock(),
      identifiers: SeededIdentifierSource(seed: 99), create: true)
  }

  @Test func randomReMergesGiveByteIdenticalData() throws {
    try TemporaryDirectory.with { directory in
      let exports = try Self.laptops(directory)
      let all = exports.map { ExportFile.decode($0)!.events.map(\.event) }
      let union = Set(all.joined().map(\.id))
      let reference = try Self.store(directory.path("reference"))
      for events in all { _ = try Merger(store: reference).merge(events) }
      let expected = try Self.canonical(reference)
      #expect(Set(ExportFile.decode(expected)!.events.map(\.event.id)) == union)

      var random = SeededRandom(seed: MalformedLessonTests.seed)
      var merges = 0
      for trial in 0..<30 {
        let store = try Self.store(directory.path("trial-\(trial)"))
        let merger = Merger(store: store)
        // Every export whole at least once, plus 3–12 extra items: duplicates, truncated
        // copies (what --salvage keeps), groupings of several files, the folder itself.
        var items: [[Event]] = all
        for _ in 0..<Int.random(in: 3...12, using: &random) {
          let which = Int.random(in: 0..<exports.count, using: &random)
          switch Int.random(in: 0..<4, using: &random) {
          case 0:
            items.append(all[which])
          case 1:
            let cut = Int.random(in: 0...exports[which].count, using: &random)
            items.append(
              ExportFile.decode(Array(exports[which][..<cut]))?.events.map(\.event) ?? [])
          case 2:
            let other = Int.random(in: 0..<exports.count, using: &random)
            items.append((all[which] + all[other]).shuffled(using: &random))
          default:
            items.append([])  // Stands for "the folder into itself", done when reached.
          }
        }
        var seen: Set<String> = []
        for item in items.shuffled(using: &random) {
          let events = item.isEmpty ? try merger.allEvents() : item
          let before = try Self.canonical(store)
          let result = try merger.merge(events)
          merges += 1
          let after = try merger.allEvents()
          let ids = Set(after.map(\.id))
          seen.formUnion(events.map(\.id))
          #expect(
            ids == seen.union(ids) && ids.isSubset(of: union), "trial \(trial): dropped or invented"
          )
          #expect(Set(events.map(\.id)).isSubset(of: ids), "trial \(trial): an event was dropped")
          if item.isEmpty {
            let now = try Self.canonical(store)
            #expect(result.added == 0 && now == before, "into itself changed")
          }
        }
        #expect(try Self.canonical(store) == expected, "trial \(trial): different data")
        #expect(JournalAudit(store.directory).isClean)
      }
      CampaignFigures.report("merge trials", 30)
      CampaignFigures.report("merge operations", merges)
    }
  }

  /// The same through `latih merge --salvage`: files on disk, several per command or one
  /// at a time, truncated copies among them; then `latih export` gives identical bodies.
  @Test func mergeCommandsInAnyOrderExportTheSame() throws {
    try TemporaryDirectory.with { directory in
      let exports = try Self.laptops(directory)
      for (index, bytes) in exports.enumerated() {
        try directory.write("usb/laptop\(index + 1).latih", bytes)
        try directory.write("usb/cut\(index + 1).latih", Array(bytes.prefix(bytes.count * 2 / 3)))
      }
      let files = (1...3).flatMap { ["usb/laptop\($0).latih", "usb/cut\($0).latih"] }
      let union = Set(exports.flatMap { ExportFile.decode($0)!.events.map(\.event.id) })
      #expect(union.count > 30)
      var random = SeededRandom(seed: MalformedLessonTests.seed &+ 1)
      var bodies: Set<[UInt8]> = []
      for trial in 0..<6 {
        let harness = try CLIHarness(directory, data: "cli-\(trial)", seed: 50)
        var queue = (files + files.filter { _ in Bool.random(using: &random) }).shuffled(
          using: &random)
        while !queue.isEmpty {
          let take = Int.random(in: 1...min(3, queue.count), using: &random)
          let result = harness.run(
            ["merge", "--salvage"] + queue.prefix(take), fileSystem: UnsyncedFileSystem())
          // Truncated copies are reported damaged and their intact records taken.
          #expect(result.code == .ok, "\(result.code) \(result.errors)")
          #expect(result.output.contains("catatan baru"), "\(result.errors)")
          queue.removeFirst(take)
        }
        let export = harness.run(
          ["export", "--out", "out-\(trial).latih"], fileSystem: UnsyncedFileSystem())
        #expect(export.code == .ok)
        let bytes = try directory.read("out-\(trial).latih")
        #expect(Set(ExportFile.decode(bytes)?.events.map(\.event.id) ?? []) == union)
        bodies.insert(Array(bytes.drop { $0 != 0x0A }))
      }
      #expect(bodies.count == 1, "\(bodies.count) different exports")
    }
  }
}
