import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData

/// What an export carries off the laptop: by default no host name, phone, note or typed
/// answer; each comes back with `--include`, all with `--full`. Either way the merged
/// data gives the same figures.
@Suite struct ExportPrivacyTests {
  static let secrets = ["0812-5555-0000", "catatan rahasia", "jawaban rahasia", "laptop-uji"]

  /// A folder with a phone, a note and a typed answer.
  static func folder(_ directory: TemporaryDirectory) throws -> CLIHarness {
    let harness = try CLIHarness(directory)
    try directory.write("r.csv", "nama,telepon\nDewi,0812-5555-0000\nRina,\n")
    #expect(harness.run(["participants", "import", "r.csv"]).code == .ok)
    #expect(
      harness.run([
        "record", "Dewi", "installed-app", "no", "--reason", "documents", "--note",
        "catatan rahasia",
      ]).code
        == .ok)
    let store = try harness.store()
    let dewi = try #require(try Roster.load(store).people.first { $0.name == "Dewi" })
    try store.append(
      [
        store.event(
          .answer(
            AnswerRecord(
              run: "f00df00df00df00d", lesson: "dasar", question: "q1", attempt: 1, correct: false,
              final: true, response: "jawaban rahasia")), participant: dewi.id)
      ], to: dewi.id)
    return harness
  }

  @Test func theDefaultExportLeavesPrivateTextOut() throws {
    try TemporaryDirectory.with { directory in
      let harness = try Self.folder(directory)
      var cases = 0
      for (arguments, kept) in [
        ([String](), [String]()), (["--full"], Self.secrets),
        (["--include", "phones"], [Self.secrets[0]]),
        (["--include", "notes,host"], [Self.secrets[1], Self.secrets[3]]),
        (["--include", "answers"], [Self.secrets[2]]),
      ] {
        cases += 1
        let out = "e\(cases).latih"
        let run = harness.run(["export", "--out", out] + arguments)
        #expect(run.code == .ok, "\(run.all)")
        let text = String(
          decoding: try SystemFileSystem().readFile(directory.path(out), limit: .max), as: UTF8.self
        )
        for secret in Self.secrets {
          #expect(text.contains(secret) == kept.contains(secret), "\(arguments) \(secret)")
        }
        if arguments.isEmpty {
          #expect(
            run.output.contains(
              "Tidak disertakan: jawaban yang diketik, nama host, catatan fasilitator, nomor telepon"
            ))
          #expect(text.contains("\"omitted\":[\"answers\",\"host\",\"notes\",\"phones\"]"))
        }
      }
      #expect(harness.run(["export", "--out", "x", "--include", "alamat"]).code == .usage)
      #expect(harness.run(["export", "--out", "x", "--full", "--include", "notes"]).code == .usage)
      CampaignFigures.report("export privacy cases", cases + 2)
    }
  }

  /// On a stick that keeps no file modes the export says so, and says what it left out
  /// (or what the default would have).
  @Test func aStickWithoutFileModesIsNamed() throws {
    try TemporaryDirectory.with { directory in
      let harness = try Self.folder(directory)
      try directory.fileSystem.makePrivateDirectory(directory.path("stick"))
      let stick = ModelessFileSystem(stick: directory.path("stick"))
      let lean = harness.run(["export", "--out", "stick/a.latih"], fileSystem: stick)
      #expect(lean.code == .ok)
      #expect(
        lean.errors.contains("tidak menyimpan izin berkas (0755, bukan 0600"), "\(lean.errors)")
      #expect(lean.errors.contains("memang tidak disertakan"))
      let full = harness.run(["export", "--out", "stick/b.latih", "--full"], fileSystem: stick)
      #expect(full.errors.contains("Ekspor tanpa --full/--include tidak menyertakan"))
      let disk = harness.run(["export", "--out", "c.latih"], fileSystem: stick)
      #expect(disk.errors.isEmpty, "a disk that keeps 0600 gets no warning")
    }
  }

  /// A lean export merged elsewhere reports the same figures as the full one, and
  /// merging it back here changes nothing (it does not contradict the full data).
  @Test func aLeanExportMergesToTheSameFigures() throws {
    try TemporaryDirectory.with { directory in
      let harness = try Self.folder(directory)
      #expect(harness.run(["export", "--out", "lean.latih"]).code == .ok)
      #expect(harness.run(["export", "--out", "full.latih", "--full"]).code == .ok)
      var reports: [String] = []
      for name in ["lean", "full"] {
        let other = try CLIHarness(directory, data: "data-\(name)")
        let merged = other.run(["merge", "\(name).latih"])
        #expect(merged.code == .ok, "\(merged.all)")
        reports.append(Self.figures(other.run(["report", "--format", "json"]).output))
      }
      #expect(reports[0] == reports[1])
      #expect(reports[0] == Self.figures(harness.run(["report", "--format", "json"]).output))
      let back = harness.run(["merge", "lean.latih"])
      #expect(back.code == .ok && back.output.contains(": 0 catatan baru"), "\(back.all)")
    }
  }

  /// The report as JSON without its notes (the only text a lean export leaves out that
  /// a report shows).
  static func figures(_ json: String) -> String {
    func strip(_ value: Any) -> Any {
      if let object = value as? [String: Any] {
        return object.filter { $0.key != "note" && $0.key != "generated" }.mapValues(strip)
      }
      if let array = value as? [Any] { return array.map(strip) }
      return value
    }
    let parsed = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) ?? [:]
    let data = try? JSONSerialization.data(withJSONObject: strip(parsed), options: [.sortedKeys])
    return String(decoding: data ?? Data(), as: UTF8.self)
  }
}
