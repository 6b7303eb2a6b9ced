import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihCourse
@testable import LatihData

/// Issue 16, damage visibility and traps: a damaged line is named (journal, line, what
/// was done) by every command that reads it; a person is never hidden by one damaged
/// line; outputs never land in the data folder; misleading messages are gone.
@Suite struct DamageVisibilityTests {
  /// A folder with Siti and Dewi, a record for Dewi; returns Dewi's journal path.
  static func folder(_ harness: CLIHarness) throws -> (dewi: String, journal: String) {
    #expect(harness.run(["participants", "add", "Siti"]).code == .ok)
    #expect(harness.run(["participants", "add", "Dewi"]).code == .ok)
    #expect(
      harness.run(["record", "Dewi", "installed-app", "yes", "--note", "catatan"]).code == .ok)
    let store = try harness.store()
    let dewi = try Roster.load(store).people.first { $0.name == "Dewi" }!.id
    return (dewi, store.journalPath(dewi))
  }

  /// Her enrolment line damaged, or her journal empty: she is listed under a placeholder
  /// with her id, her record still counts, every reading command names the journal on
  /// standard error, and `learn --as <id prefix>` finds her.
  @Test(arguments: ["damaged first line", "empty journal"])
  func aPersonIsNeverHiddenByOneDamagedLine(_ damage: String) throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let (dewi, journal) = try Self.folder(harness)
      var bytes = try directory.fileSystem.readFile(journal, limit: 1 << 20)
      if damage == "empty journal" {
        bytes = []
      } else {
        bytes[30] ^= 0x20
      }
      try directory.write(String(journal.dropFirst(directory.path.count + 1)), bytes)
      var commands = 0
      for command in [
        ["participants", "list"], ["progress"], ["report"],
        ["lessons", "--as", String(dewi.prefix(6))],
      ] {
        let result = harness.run(command)
        commands += 1
        #expect(result.code == .ok, "\(command): \(result.all)")
        #expect(
          result.all.contains("(nama rusak — \(dewi.prefix(8)))"), "\(command): \(result.all)")
        #expect(result.errors.contains(PathName.lastComponent(of: journal)), "\(command)")
      }
      let english = harness.run(["participants", "list"], language: .en)
      #expect(english.output.contains("(damaged name — \(dewi.prefix(8)))"))
      let learn = harness.run(["learn", "bacaan", "--as", String(dewi.prefix(6))], input: ["q"])
      #expect(!learn.all.contains("tidak ada"), "\(learn.all)")
      if damage == "damaged first line" {
        #expect(harness.run(["report"]).output.contains("1"))
        #expect(harness.run(["progress"]).errors.contains("baris 1 rusak"))
      }
      CampaignFigures.report("damage visibility: commands naming a hidden-person journal", commands)
    }
  }

  /// A whole last line with a bad checksum is kept and skipped, named by `record`, and
  /// the next append goes after it; an unfinished last line is cut and named.
  @Test func damagedLinesAndTornTailsAreNamedByEveryWriter() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let (_, journal) = try Self.folder(harness)
      let relative = String(journal.dropFirst(directory.path.count + 1))
      var bytes = try directory.read(relative)
      let lastStart = bytes.dropLast().lastIndex(of: 0x0A)! + 1
      bytes[lastStart + 30] ^= 0x20
      try directory.write(relative, bytes)
      let record = harness.run(["record", "Dewi", "installed-app", "no", "--reason", "other"])
      #expect(record.code == .ok && record.errors.contains("baris 2 rusak"), "\(record.all)")
      let after = try directory.read(relative)
      #expect(after.starts(with: bytes), "the damaged whole line was not kept")
      // An unfinished line: cut, and said so by record, merge and evaluate's store.
      try directory.write(relative, after + Array(#"{"seq":9,"id":"ab"#.utf8))
      let again = harness.run(["record", "Dewi", "installed-app", "yes"])
      #expect(again.errors.contains("dipotong"), "\(again.all)")
      let export = harness.run(["export", "--out", directory.path("e.latih")])
      #expect(export.code == .badData && export.errors.contains("TIDAK LENGKAP"), "\(export.all)")
      // `merge` opening a journal with an unfinished line cuts it and says so.
      let before = try directory.read(relative)
      try directory.write(relative, before + Array(#"{"seq":12,"id":"cd"#.utf8))
      let merge = harness.run(["merge", "--salvage", directory.path("e.latih")])
      #expect(merge.errors.contains("dipotong"), "\(merge.all)")
      #expect(try directory.read(relative) == before)
    }
  }

  /// A torn export merged with `--salvage` is named damaged once, with its lines, as
  /// salvaged: not also as refused with the advice to use `--salvage`.
  @Test func aSalvagedExportIsNamedOnceAsSalvaged() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      _ = try Self.folder(harness)
      #expect(harness.run(["export", "--out", directory.path("e.latih")]).code == .ok)
      let whole = try directory.read("e.latih")
      try directory.write("cut.latih", Array(whole.prefix(whole.count - 40)))
      let other = try CLIHarness(directory, data: "other")
      let refused = other.run(["merge", directory.path("cut.latih")])
      #expect(refused.code == .badData && refused.errors.contains("pakai --salvage"))
      let merge = other.run(["merge", "--salvage", directory.path("cut.latih")])
      #expect(merge.code == .ok, "\(merge.all)")
      #expect(!merge.all.contains("pakai --salvage"), "salvaged, not refused: \(merge.all)")
      #expect(merge.output.contains("cut.latih rusak: "), "\(merge.all)")
      #expect(merge.output.contains("baris rusak dilewati (baris "), "\(merge.all)")
    }
  }

  @Test func outputsNeverLandInTheDataFolder() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      _ = try Self.folder(harness)
      let device = try directory.read("data/device.json")
      for out in ["data/device.json", "data/baru.latih", "data/participants/x.html"] {
        for command in [["export", "--out", out], ["report", "--format", "html", "--out", out]] {
          let result = harness.run(command)
          #expect(result.code == .usage && result.errors.contains("folder data"), "\(result.all)")
        }
      }
      #expect(try directory.read("data/device.json") == device)
      #expect(!directory.fileSystem.exists(directory.path("data/baru.latih")))
      let missing = harness.run(["export", "--out", "tidak/ada/e.latih"])
      #expect(missing.errors.contains("(tidak/ada)"), "\(missing.all)")
      #expect(!missing.errors.contains(".tmp-"))
    }
  }

  @Test func noHomeIsAClearErrorNotAFolderHere() throws {
    try TemporaryDirectory.with { directory in
      let context = Context(
        fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SeededIdentifierSource(seed: 1), output: OutputLog().output(.output),
        errors: OutputLog().output(.errors), makeTerminal: { _, _ in fatalError() },
        environment: [:], workingDirectory: directory.path, executablePath: nil, hostName: "h")
      let code = Latih.main(arguments: ["participants", "add", "Ani"], context: context)
      #expect(code == .usage)
      #expect(!directory.fileSystem.exists(directory.path(".local")))
    }
  }

  /// Every format character (category Cf), U+2028/2029 and the Hangul fillers are
  /// cleaned for the terminal and refused in lesson files with file:line:col.
  @Test func invisibleCharactersAreCleanedAndRefused() throws {
    let invisible: [UInt32] = [
      0x00AD, 0x200B, 0x200C, 0x2060, 0xFEFF, 0x2028, 0x2029, 0xE0001, 0xE0041,
      0x115F, 0x1160, 0x3164, 0xFFA0, 0x061C, 0x180E,
    ]
    var every = Set(invisible)
    for value in UInt32(0xA0)...0x10FFFF {
      if value != 0x200D, let scalar = Unicode.Scalar(value),
        scalar.properties.generalCategory == .format
      {
        every.insert(value)
      }
    }
    for value in every {
      let scalar = Unicode.Scalar(value)!
      #expect(TerminalSanitizer.isUnsafe(scalar), "U+\(String(value, radix: 16))")
      #expect(!TerminalSanitizer.clean("a\(Character(scalar))b").unicodeScalars.contains(scalar))
    }
    CampaignFigures.report("invisible characters cleaned", every.count)
    var sink = DiagnosticSink()
    _ = SourceText.decode(Array("baris\nab\u{200B}c\n".utf8), path: "x.md", into: &sink)
    #expect(sink.diagnostics.contains { $0.location.line == 2 && $0.location.column == 3 })
  }

  @Test func crOnlyLineEndingsAreLines() {
    var sink = DiagnosticSink()
    let text = SourceText.decode(Array("satu\rdua\r\ntiga\rempat".utf8), path: "x.md", into: &sink)
    #expect(text?.lines.map(\.text) == ["satu", "dua", "tiga", "empat"])
    #expect(sink.diagnostics.isEmpty)
  }

  /// An export re-saved with CRLF line endings or a byte-order mark reads as written.
  @Test func anExportWithCRLFOrABOMReadsAsWritten() {
    let events = SampleEvents.everyKind
    let export = ExportFile.encode(events, course: "k", device: "d", host: "h", created: 0)
    var crlf: [UInt8] = []
    for byte in export {
      if byte == 0x0A { crlf.append(0x0D) }
      crlf.append(byte)
    }
    for variant in [crlf, [0xEF, 0xBB, 0xBF] + export, [0xEF, 0xBB, 0xBF] + crlf] {
      let contents = ExportFile.decode(variant)
      #expect(contents?.isIntact == true)
      #expect(contents?.events.map(\.event) == ExportFile.decode(export)?.events.map(\.event))
    }
  }

  /// A full disk before any answer: the message says what exactly was not saved (the
  /// place in the lesson), never "the last answer was NOT saved".
  @Test func aFailedSaveBeforeAnyAnswerSaysWhatWasNotSaved() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      #expect(harness.run(["participants", "add", "Siti"]).code == .ok)
      let faults = FaultInjectingFileSystem()
      faults.fail(.write, with: ENOSPC, .forever)
      let learn = harness.run(
        ["learn", "dasar", "--as", "Siti"], input: ["", "q"], fileSystem: faults)
      #expect(learn.code == .ioError, "\(learn.all)")
      #expect(learn.all.contains("Posisi terakhir"), "\(learn.all)")
      #expect(!learn.all.contains("Jawaban terakhir"), "\(learn.all)")
    }
  }
}
