import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData
@testable import LatihReport

/// `latih report` end to end over a real data folder (``DataStore`` on a temporary
/// directory) and the fixture course.
@Suite struct ReportCommandTests {
  /// A clock that always says 2026-05-01T09:00:00Z.
  struct FixedClock: WallClock {
    func currentTime() -> Int64 { 1_777_626_000_000 }
  }

  /// A data folder with a session, four people and some outcomes.
  final class Folder {
    let path: String
    let store: DataStore
    let session: Session

    init() throws {
      path =
        FileManager.default.temporaryDirectory
        .appendingPathComponent("latih-report-\(UUID().uuidString)").path
      ReportCourseFixture.write(to: path + "/lessons")
      store = try DataStore.open(
        path, fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SeededIdentifierSource(seed: 7), create: true)
      session = try SessionList.create(
        store, title: "Pelatihan TikTok Affiliate", place: "GSG Jaya Tinggi", date: "2023-08-05")
      let people: [(String, String?, Bool, String?)] = [
        ("Siti Aminah", "Mawar", true, nil), ("Dewi Lestari", "Mawar", false, "documents"),
        ("Élise Putri", "Melati", false, "documents"), ("Bu Sutinah", nil, true, nil),
      ]
      for (name, group, achieved, reason) in people {
        let id = try store.enroll(Enrollment(name: name, group: group), session: session.id)
        let record = IndicatorRecord(
          indicator: "affiliate-account", achieved: achieved, reason: reason,
          note: achieved ? nil : "catatan \(name)", source: .facilitator, session: session.id)
        try store.append([store.event(.indicatorRecorded(record), participant: id)], to: id)
      }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Runs `latih` with `arguments` on this folder and the fixture course.
    func run(_ arguments: [String]) -> (code: ExitCode, output: String, errors: String) {
      let output = BufferOutput()
      let errors = BufferOutput()
      let context = Context(
        fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SeededIdentifierSource(seed: 9), output: output, errors: errors,
        makeTerminal: { _, _ in ScriptedTerminal(lines: []) }, environment: [:],
        workingDirectory: path, executablePath: nil, hostName: "test")
      let code = Latih.main(
        arguments: arguments + ["--data", path, "--lessons", path + "/lessons"],
        context: context)
      return (code, output.text, errors.text)
    }
  }

  @Test func jsonThroughTheCommand() throws {
    let folder = try Folder()
    let result = folder.run(["report", "--format", "json", "--session", folder.session.id])
    #expect(result.code == .ok)
    #expect(result.errors.isEmpty)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(object["enrolled"] as? Int == 4)
    #expect(object["assessed"] as? Int == 4)
    #expect(object["generated"] as? String == "2026-05-01T09:00:00.000Z")
    let indicators = try #require(object["indicators"] as? [[String: Any]])
    let affiliate = try #require(indicators.first { $0["id"] as? String == "affiliate-account" })
    #expect((affiliate["achieved"] as? [String: Any])?["percent"] as? Int == 50)
    let help = try #require(object["needsHelp"] as? [[String: Any]])
    #expect(help.compactMap { $0["name"] as? String } == ["Dewi Lestari", "Élise Putri"])
  }

  @Test func everyFormatAndLanguageRuns() throws {
    let folder = try Folder()
    for format in ReportFormat.textFormats {
      for language in ["id", "en"] {
        let result = folder.run(["report", "--format", format.rawValue, "--lang", language])
        #expect(result.code == .ok, "\(format) \(language): \(result.errors)")
        #expect(!result.output.isEmpty)
      }
    }
    let text = folder.run(["report", "--group", "mawar", "--lang", "en"])
    #expect(text.output.contains("Group         : Mawar"))
    #expect(text.output.contains("Enrolled      : 2 participants"))
    #expect(!text.output.contains("\u{1B}"))
    let colored = folder.run(["report", "--color", "always"])
    #expect(colored.output.contains("\u{1B}[1mLAPORAN EVALUASI PELATIHAN\u{1B}[0m"))
  }

  @Test func outWritesAPrivateFile() throws {
    let folder = try Folder()
    // Beside the data folder, never inside it (issue 16).
    let name = "../" + PathName.lastComponent(of: folder.path) + "-laporan.html"
    let out = folder.path + "/" + name
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = folder.run(["report", "--format", "html", "--out", name, "--anonymize"])
    #expect(result.code == .ok)
    #expect(result.output == "Laporan (html) disimpan di \(out)\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: out)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("Dewi"))
    #expect(!html.contains("catatan"))
    #expect(html.contains("Peserta 1"))
    #expect(html.contains("\u{1B}") == false)
  }

  @Test func xlsxIsWrittenOnlyToAFile() throws {
    let folder = try Folder()
    let refused = folder.run(["report", "--format", "xlsx"])
    #expect(refused.code == .usage)
    #expect(refused.output.isEmpty)
    #expect(refused.errors.contains("--out BERKAS.xlsx"), "\(refused.errors)")
    let english = folder.run(["report", "--format", "xlsx", "--lang", "en"])
    #expect(english.errors.contains("--out FILE.xlsx"), "\(english.errors)")
    let name = "../" + PathName.lastComponent(of: folder.path) + "-laporan.xlsx"
    let out = folder.path + "/" + name
    defer { try? FileManager.default.removeItem(atPath: out) }
    let written = folder.run(["report", "--format", "xlsx", "--out", name])
    #expect(written.code == .ok, "\(written.errors)")
    #expect(written.output == "Laporan (xlsx) disimpan di \(out)\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: out)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let bytes = try #require(FileManager.default.contents(atPath: out))
    #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
    #expect(String(decoding: bytes, as: UTF8.self).contains("Dewi Lestari"))
  }

  @Test func usageErrors() throws {
    let folder = try Folder()
    let unknown = folder.run(["report", "--session", "ffffffff"])
    #expect(unknown.code == .usage)
    #expect(
      unknown.errors
        == "latih: tidak ada sesi 'ffffffff'; sesi yang ada:\n  \(folder.session.id)  "
        + "Pelatihan TikTok Affiliate  GSG Jaya Tinggi  2023-08-05\n")
    let group = folder.run(["report", "--group", "Mawarr"])
    #expect(group.code == .usage)
    #expect(
      group.errors == "latih: tidak ada kelompok 'Mawarr'; kelompok yang ada: Mawar, Melati\n")
    let format = folder.run(["report", "--format", "pdf"])
    #expect(format.code == .usage)
    #expect(format.errors.contains("--format"))
    #expect(folder.run(["report", "extra"]).code == .usage)
    #expect(folder.run(["report", "--group", ""]).code == .usage)
    // Inside the data folder: refused before writing (issue 16).
    let directory = folder.run(["report", "--out", folder.path + "/missing/dir/x.csv"])
    #expect(directory.code == .usage)
  }

  @Test func emptyDataFolder() throws {
    let folder = try Folder()
    let output = BufferOutput()
    let context = Context(
      fileSystem: SystemFileSystem(), clock: FixedClock(),
      identifiers: SeededIdentifierSource(seed: 9), output: output, errors: BufferOutput(),
      makeTerminal: { _, _ in ScriptedTerminal(lines: []) }, environment: [:],
      workingDirectory: folder.path, executablePath: nil, hostName: "test")
    let code = Latih.main(
      arguments: [
        "report", "--data", folder.path + "/none", "--lessons", folder.path + "/lessons",
        "--format", "csv",
      ], context: context)
    #expect(code == .ok)
    #expect(output.text.contains("report,enrolled,0\r\n"))
  }

  @Test func damagedLinesAreNamedOnStandardError() throws {
    let folder = try Folder()
    let id = try #require(try folder.store.participantIDs().first)
    let path = folder.store.journalPath(id)
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    lines.insert("{\"damaged\":", at: 1)
    try (lines.joined(separator: "\n") + "\n")
      .write(toFile: path, atomically: false, encoding: .utf8)
    for arguments in [["report"], ["progress"], ["report", "--format", "json"]] {
      let result = folder.run(arguments)
      #expect(result.code == .ok, "\(arguments)")
      #expect(
        result.errors.contains("\(path): baris 2 rusak dan dilewati"),
        "\(arguments): \(result.errors)")
      #expect(!result.output.contains("rusak"), "\(arguments)")
    }
    let clean = try Folder()
    #expect(clean.run(["report"]).errors.isEmpty)
  }
}
