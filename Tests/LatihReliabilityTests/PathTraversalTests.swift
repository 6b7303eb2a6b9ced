import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

/// Names, codes, groups, lesson ids, session ids, indicator ids and merged records that
/// look like paths (`../`, `/`, NUL, overlong) never become file names: every file Latih
/// touches stays in the data folder and is named from a generated id; symbolic links, in
/// merge input or planted in the data folder, are never followed.
@Suite struct PathTraversalTests {
  /// What may exist in the data folder.
  static func isDataFile(_ relative: String) -> Bool {
    let fixed = [
      "", "/device.json", "/current-session", "/sessions.jsonl", "/participants",
      "/import.lock", "/certificate-key", "/certificate.lock", "/evaluate-skipped",
      "/merged-exports",
    ]
    if fixed.contains(relative) { return true }
    guard relative.hasPrefix("/participants/"), relative.hasSuffix(".jsonl") else { return false }
    let name = relative.dropFirst(14).dropLast(6)
    return name.count == 16 && DataStore.isIdentifier(String(name))
  }

  /// An export whose records carry `payload` in every id a path could come from.
  static func export(_ payloads: [String]) -> [UInt8] {
    var events: [Event] = []
    for (index, payload) in payloads.enumerated() {
      let id = String(format: "%016x", index + 1)
      let event = { (number: Int, participant: String?, body: EventBody) in
        Event(
          id: String(format: "%032x", index * 8 + number), time: Int64(index * 8 + number),
          device: payload, participant: participant, body: body)
      }
      events += [
        event(1, id, .enrolled(Enrollment(name: payload, group: payload, code: payload))),
        event(2, id, .sessionJoined(session: payload)),
        event(3, nil, .sessionCreated(SessionInfo(session: payload, title: payload))),
        event(
          4, id,
          .lessonOpened(
            LessonOpening(run: payload, lesson: payload, language: .id, seed: 1, shuffled: false))),
        event(5, id, .participantsLinked(other: payload)),
        event(
          6, id,
          .indicatorRecorded(
            IndicatorRecord(indicator: payload, achieved: true, source: .facilitator))),
        // Refused by the merge reader: a participant or event id that is not generated.
        event(7, payload, .enrolled(Enrollment(name: payload))),
        Event(
          id: payload, time: 0, device: "d", participant: id, body: .sessionJoined(session: "x")),
      ]
    }
    return ExportFile.encode(events, course: "kursus-uji", device: "d", host: "h", created: 0)
  }

  /// The payloads in six groups (run in parallel), each on its own data folder.
  static let groups = (0..<6).map { group in
    HostileText.paths.indices.filter { $0 % 6 == group }.map { HostileText.paths[$0] }
  }

  @Test(arguments: 0..<6)
  func nothingTypedOrMergedBecomesAPath(group: Int) throws {
    try TemporaryDirectory.with { directory in
      let payloads = Self.groups[group]
      let harness = try CLIHarness(directory, data: "a/b/c/d/e/f/data")
      let jail = JailFileSystem(root: directory.path)
      try harness.prepare(["participants", "add", "Siti Aminah", "--code", "S1"])
      try harness.prepare(["session", "new", "Pelatihan"])
      var runs = 0
      func run(_ arguments: [String], input: [String] = []) {
        let result = harness.run(arguments, input: input, fileSystem: jail)
        runs += 1
        #expect(!result.all.contains("Fatal"), "\(arguments)")
      }
      for payload in payloads {
        run(["participants", "add", payload, "--code", payload, "--group", payload])
        run(["learn", payload, "--as", "S1"], input: ["q"])
        run(["lessons", "--as", payload])
        run(["progress", payload])
        run(["record", payload, "installed-app", "yes"])
        run(["record", "S1", payload, "yes"])
        run(["record", "S1", "installed-app", "no", "--reason", payload, "--note", payload])
        run(["record", "S1", "installed-app", "yes", "--session", payload])
        run(["session", "use", payload])
        run(["session", "new", payload, "--place", payload])
        run(["report", "--session", payload, "--group", payload])
        run(["certificate", payload])
        run(["participants", "link", payload, "S1"])
        run([], input: [payload, "y", "q", "q"])
        try directory.write("a/b/c/d/e/f/data/current-session", payload + "\n")
        run(["record", "S1", "video-content", "yes"])
        run(["learn", "dasar", "--as", "S1"], input: ["q"])
      }
      try directory.write("masuk/racun.latih", Self.export(payloads))
      run(["merge", "--salvage", "--force", directory.path("masuk/racun.latih")])
      let rows = payloads.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\";\"\($0)\"" }
      try directory.write("masuk/peserta.csv", "nama;kode\n" + rows.joined(separator: "\n") + "\n")
      run(["participants", "import", directory.path("masuk/peserta.csv")])
      run(["progress", "--format", "json"])
      run(["export", "--out", directory.path("keluar/semua.latih")])

      #expect(jail.attempts.isEmpty, "\(jail.attempts.prefix(5))")
      let data = "a/b/c/d/e/f/data"
      let strays = directory.allPaths().filter { path in
        if path.hasPrefix("lessons") || path.hasPrefix("masuk") || path.hasPrefix("keluar") {
          return false
        }
        if data.hasPrefix(path) { return false }
        return !(path.hasPrefix(data) && Self.isDataFile(String(path.dropFirst(data.count))))
      }
      #expect(strays.isEmpty, "files outside the data folder's layout: \(strays.prefix(5))")
      #expect(JournalAudit(harness.data).isClean)
      CampaignFigures.report("path payloads", payloads.count)
      CampaignFigures.report("path commands run", runs)
      CampaignFigures.report("files outside the data folder", strays.count + jail.attempts.count)
    }
  }

  @Test func symbolicLinksAreNeverFollowed() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      try harness.prepare(["participants", "add", "Siti Aminah", "--code", "S1"])
      try directory.write("korban.txt", "jangan diubah\n")
      let victim = directory.path("korban.txt")
      let original = try directory.read("korban.txt")
      let link = { (path: String, target: String) in
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
      }
      // Merge input that is a link to a valid export: refused, nothing merged.
      let other = try CLIHarness(directory, data: "lain", seed: 3)
      try other.prepare(["participants", "add", "Ani"])
      try directory.write(
        "ekspor.latih",
        ExportFile.encode(
          try Merger(store: other.store()).allEvents(), course: "kursus-uji", device: "d",
          host: "h", created: 0))
      try link(directory.path("tautan.latih"), directory.path("ekspor.latih"))
      let merged = harness.run(["merge", "tautan.latih"])
      #expect(merged.code != .ok && merged.errors.contains("tautan.latih"))
      #expect(try Roster.load(harness.store()).people.count == 1)

      // Links planted in the data folder: a journal, the current session, the device file.
      let store = try harness.store()
      let journal = store.journalPath(try Roster.load(store).people[0].id)
      try FileManager.default.moveItem(atPath: journal, toPath: journal + ".asli")
      try link(journal, victim)
      let recorded = harness.run(["record", "S1", "installed-app", "yes"])
      // The link is not her journal: skipped and named (issue 16), never written through.
      #expect(recorded.code != .ok, "\(recorded.all)")
      #expect(recorded.errors.contains("tautan simbolik"), "\(recorded.all)")
      try FileManager.default.removeItem(atPath: journal)
      try FileManager.default.moveItem(atPath: journal + ".asli", toPath: journal)
      try link(store.currentSessionPath, victim)
      #expect(harness.run(["session", "new", "Pelatihan"]).code == .ok)
      #expect((try? directory.fileSystem.info(store.currentSessionPath))??.kind == .file)
      let device = harness.data + "/device.json"
      try FileManager.default.moveItem(atPath: device, toPath: device + ".asli")
      try link(device, victim)
      #expect(harness.run(["participants", "add", "Dewi"]).code == .ioError)
      try FileManager.default.removeItem(atPath: device)
      try FileManager.default.moveItem(atPath: device + ".asli", toPath: device)
      // An output path that is a link: the link is replaced, its target left alone.
      try link(directory.path("laporan.csv"), victim)
      #expect(harness.run(["report", "--format", "csv", "--out", "laporan.csv"]).code == .ok)
      #expect((try? directory.fileSystem.info(directory.path("laporan.csv")))??.kind == .file)
      #expect(try directory.read("korban.txt") == original, "a link was followed")
    }
  }

  /// The jail itself refuses and counts a path outside its root, however it is spelled.
  @Test func jailSeesAnEscape() throws {
    try TemporaryDirectory.with { directory in
      let jail = JailFileSystem(root: directory.path)
      #expect(JailFileSystem.normalized("/a/b/../../../x/./y//z") == "/x/y/z")
      #expect(throws: SystemError.self) { try jail.info(directory.path("../x")) }
      #expect(throws: SystemError.self) {
        try jail.createDirectory(directory.path("a/../../b"), permissions: 0o700)
      }
      #expect(throws: SystemError.self) { try jail.info(directory.path("a\u{0}")) }
      let inside = try jail.info(directory.path("a/../b"))
      #expect(inside == nil)
      #expect(jail.attempts.count == 3)
    }
  }
}
