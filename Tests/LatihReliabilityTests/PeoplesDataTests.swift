import Foundation
import LatihTestSupport
import Testing

@testable import LatihData
@testable import LatihReport

/// People's data: every Unicode form and case of a name finds the one person it names,
/// and `report --anonymize` holds no form of any name.
@Suite struct PeoplesDataTests {
  static let names = ["Siti Nurhalizá", "Zoë Ñañez", "Dewi Kartikasarí", "Ágnes Ōtsuka"]

  /// A name as people type it: composed or decomposed, any case, extra spaces and tabs.
  static func variants(_ name: String) -> [String] {
    let nfc = name.precomposedStringWithCanonicalMapping
    let nfd = name.decomposedStringWithCanonicalMapping
    return [
      nfc, nfd, nfc.lowercased(), nfd.lowercased(), nfc.uppercased(), nfd.uppercased(),
      "  " + nfd.replacingOccurrences(of: " ", with: " \t ") + " ",
    ]
  }

  /// Every form of `name` a report could leak: NFC, NFD, lower, upper and case-folded
  /// forms of the whole name and of each word of four letters or more, with and without
  /// accents.
  static func forms(_ name: String) -> Set<String> {
    let words = [name] + name.split(separator: " ").map(String.init).filter { $0.count >= 4 }
    var result: Set<String> = []
    for word in words {
      for cased in [word, word.lowercased(), word.uppercased(), NameKey.folded(word)] {
        result.insert(cased.precomposedStringWithCanonicalMapping)
        result.insert(cased.decomposedStringWithCanonicalMapping)
      }
    }
    return result
  }

  @Test func everyFormOfANameFindsTheOnePerson() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      try harness.prepare(["participants", "add"] + Self.names)
      var resolved = 0
      for name in Self.names {
        for variant in Self.variants(name) {
          let progress = harness.run(["progress", variant])
          #expect(progress.code == .ok, "\(variant.debugDescription): \(progress.errors)")
          #expect(progress.output.hasPrefix(name.precomposedStringWithCanonicalMapping))
          let learn = harness.run(["learn", "--as", variant], input: ["q"])
          #expect(learn.code == .ok, "\(variant.debugDescription): \(learn.errors)")
          // Typed at the shared laptop: recognised, not enrolled again.
          let home = harness.run([], input: [variant, "q", "q"])
          #expect(home.output.contains("Halo, \(name.precomposedStringWithCanonicalMapping)!"))
          resolved += 3
        }
      }
      #expect(try Roster.load(harness.store()).people.count == Self.names.count)
      // A roster with the decomposed, shouted forms adds nobody.
      let rows = Self.names.map { $0.decomposedStringWithCanonicalMapping.uppercased() }
      try directory.write("peserta.csv", "nama\n" + rows.joined(separator: "\n") + "\n")
      let imported = harness.run(["participants", "import", "peserta.csv"])
      #expect(
        imported.output.contains("Diimpor: 0 peserta baru; sudah terdaftar: 4"), "\(imported.all)")
      // A name enrolled in decomposed form is stored composed.
      try harness.prepare(["participants", "add", "Rina Ayú".decomposedStringWithCanonicalMapping])
      let stored = try Roster.load(harness.store()).people.map(\.name)
      #expect(stored.contains("Rina Ayú".precomposedStringWithCanonicalMapping))
      CampaignFigures.report("name variants resolved", resolved)
    }
  }

  /// A decomposed name merged from another laptop is flagged as the same person, and once
  /// linked every form finds that one person.
  @Test func aMergedDecomposedNameIsTheSamePersonOnceLinked() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      // The merged record has code A1 (see HostileExport) and a decomposed name.
      try harness.prepare(["participants", "add", "Siti Nurhalizá", "--code", "A1"])
      var export = HostileExport()
      export.person("", name: "Siti Nurhalizá".decomposedStringWithCanonicalMapping)
      try directory.write("lain.latih", export.bytes)
      let merged = harness.run(["merge", "lain.latih"])
      #expect(merged.output.contains("Mungkin orang yang sama"), "\(merged.all)")
      let people = try Roster.load(harness.store()).people
      #expect(people.count == 2 && Set(people.map(\.nameKey)).count == 1)
      #expect(harness.run(["participants", "link", people[0].id, people[1].id]).code == .ok)
      for variant in Self.variants("Siti Nurhalizá") {
        #expect(harness.run(["progress", variant]).code == .ok, "\(variant.debugDescription)")
      }
    }
  }

  @Test func anonymizedReportsHoldNoFormOfAnyName() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      try harness.prepare(["session", "new", "Pelatihan Desa", "--date", "2023-08-05"])
      try harness.prepare(["participants", "add"] + Self.names + ["--group", "Mawar"])
      var ids: [String] = []
      for (index, name) in Self.names.enumerated() {
        try harness.prepare(
          [
            "record", name, "affiliate-account", index % 2 == 0 ? "no" : "yes",
          ] + (index % 2 == 0 ? ["--reason", "documents"] : []) + [
            "--note", "\(name) perlu bantuan",
          ])
        _ = harness.run(
          ["learn", "dasar", "--as", name, "--no-shuffle"],
          input: ["a", "a", "s", "a", "a", "", "q"])
      }
      // The same people merged from another laptop with decomposed names.
      var export = HostileExport()
      for name in Self.names { export.person("", name: name.decomposedStringWithCanonicalMapping) }
      try directory.write("lain.latih", export.bytes)
      #expect(harness.run(["merge", "lain.latih"]).code == .ok)
      ids = try Roster.load(harness.store()).people.map(\.id)
      let forms = Self.names.flatMap(Self.forms)
      var documents = 0
      var leaks: [String] = []
      for format in ReportFormat.allCases {
        for language in ["id", "en"] {
          // The workbook's parts are stored uncompressed: its text is read in the file.
          let file = "anonym-\(language).\(format.rawValue)"
          let result = harness.run(
            ["report", "--anonymize", "--format", format.rawValue, "--lang", language]
              + (format.isBinary ? ["--out", directory.path(file)] : []))
          #expect(result.code == .ok)
          documents += 1
          let text =
            format.isBinary
            ? String(decoding: try directory.read(file), as: UTF8.self) : result.output
          for form in forms where text.contains(form) {
            leaks.append("\(format) \(language): \(form)")
          }
          for id in ids where text.contains(id.prefix(8)) { leaks.append("\(format): id \(id)") }
        }
      }
      let plain = harness.run(["report"]).output
      #expect(plain.contains("Siti Nurhalizá"), "the names are not in the plain report")
      CampaignFigures.report("anonymized reports checked", documents)
      CampaignFigures.report("name forms searched", forms.count)
      #expect(leaks.isEmpty, "\(leaks.prefix(5))")
    }
  }
}
