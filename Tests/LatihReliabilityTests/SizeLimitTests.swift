import LatihTestSupport
import Testing

@testable import LatihCourse
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#endif

/// The documented size limits are enforced before anything is parsed: a lesson file over
/// 256 KiB, a line over 2,000 characters, a roster over 1 MiB or 5,000 rows, an export
/// over 256 MiB. Each is refused with its own message, quickly (no parsing of the rest).
@Suite struct SizeLimitTests {
  @Test func lessonFileOverTheLimitIsRefusedWithoutParsing() {
    let bytes = [UInt8](repeating: 0x1B, count: SourceText.maximumFileBytes + 1)
    let (lesson, diagnostics) = LessonParser.parse(bytes, path: "besar.md", indicators: nil)
    #expect(lesson == nil)
    #expect(
      diagnostics.map(\.message) == [
        .fileTooLarge(limit: SourceText.maximumFileBytes, size: bytes.count)
      ])
  }

  @Test func lessonFileOverTheLimitIsNotEvenRead() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let big = "---\nid: besar\n" + String(repeating: "a", count: SourceText.maximumFileBytes)
      try directory.write("besar.md", big)
      let fileSystem = FaultInjectingFileSystem()
      let result = harness.run(["check", directory.path("besar.md")], fileSystem: fileSystem)
      #expect(result.code == .failed)
      #expect(result.errors.contains("besar.md:1:1: error:"))
      #expect(fileSystem.calls(.read) == 0, "the file was read before its size was checked")
    }
  }

  @Test func overlongLineIsReportedWhereItIs() {
    let line = String(repeating: "é", count: SourceText.maximumLineCharacters + 1)
    let text = "---\nid: panjang\ntitle: T\nminutes: 5\n---\n## Halaman\n\(line)\n"
    let (_, diagnostics) = LessonParser.parse(Array(text.utf8), path: "p.md", indicators: nil)
    #expect(
      diagnostics.contains {
        $0.message == .lineTooLong(limit: SourceText.maximumLineCharacters, length: line.count)
          && $0.location.line == 7
      })
  }

  @Test func rosterRowsOverTheLimitAreReportedAndTheRestKept() throws {
    let rows = (1...(RosterCSV.maximumRows + 3)).map { "Peserta \($0)" }
    let bytes = Array(("nama\n" + rows.joined(separator: "\n") + "\n").utf8)
    let contents = try RosterCSV.parse(bytes).get()
    let (parsed, problems) = (contents.rows, contents.problems)
    #expect(parsed.count == RosterCSV.maximumRows)
    #expect(problems.map(\.problem) == [.tooManyRows(limit: RosterCSV.maximumRows)])
    #expect(problems.first?.line == RosterCSV.maximumRows + 2)
  }

  @Test func rosterFileOverTheLimitIsRefusedBeforeReading() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      try directory.write(
        "besar.csv", "nama\n" + String(repeating: "x", count: RosterCSV.maximumBytes))
      let fileSystem = FaultInjectingFileSystem()
      let result = harness.run(["participants", "import", "besar.csv"], fileSystem: fileSystem)
      #expect(result.code == .badData)
      #expect(result.errors.contains("terlalu besar"))
      #expect(fileSystem.log.filter { $0.operation == .read && $0.path.hasSuffix(".csv") }.isEmpty)
    }
  }

  /// A sparse file just over 256 MiB: refused from its size alone, in milliseconds.
  @Test func exportOverTheLimitIsRefusedBeforeReading() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      try directory.write("besar.latih", "{}")
      #expect(truncate(directory.path("besar.latih"), off_t(ExportFile.maximumBytes + 1)) == 0)
      let fileSystem = FaultInjectingFileSystem()
      let result = harness.run(["merge", "besar.latih"], fileSystem: fileSystem)
      #expect(result.code == .badData)
      #expect(result.errors.contains("besar.latih terlalu besar (maks. 256 MiB)"))
      #expect(
        fileSystem.log.filter { $0.operation == .read && $0.path.hasSuffix(".latih") }.isEmpty)
      #expect(!directory.fileSystem.exists(harness.data + "/participants"))
    }
  }
}
