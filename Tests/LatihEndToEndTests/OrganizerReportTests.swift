import Foundation
import Testing

/// The report an organizer hands on, on the built binary (issue 12): the format named by
/// `--out`, unknown groups and sessions, the header's sessions and local time, `--by`
/// and `--people`.
@Suite struct OrganizerReportTests {
  /// A data folder with two sessions: the 30-person PKK roster imported into the first
  /// (in roster order, not alphabetical), two of them also in the second, and a few
  /// outcomes in each.
  final class Training {
    let data: URL
    let folder: URL
    private(set) var first = ""
    private(set) var second = ""

    init() throws {
      data = try Paths.freshData()
      folder = data.deletingLastPathComponent()
      let roster = folder.appendingPathComponent("peserta.csv")
      try Data(PKKRoster.csv.utf8).write(to: roster)
      first = try Self.sessionID(
        try latih(
          [
            "session", "new", "Sosialisasi Afiliasi", "--place", "Balai Desa Jaya", "--date",
            "2023-08-05",
          ]))
      try latih(["participants", "import", roster.path])
      try latih(["record", "Siti Aminah", "installed-app", "yes"])
      try latih(["record", "Dewi Lestari", "installed-app", "no", "--reason", "documents"])
      try latih(["record", "Rina Marlina", "installed-app", "yes"])
      second = try Self.sessionID(
        try latih(["session", "new", "Praktik Konten", "--date", "2023-08-12"]))
      try latih(["session", "add", "Siti Aminah", "Dewi Lestari"])
      try latih(["record", "Dewi Lestari", "installed-app", "yes"])
      try latih(["record", "Siti Aminah", "video-content", "no", "--reason", "network"])
    }

    deinit { Paths.remove(data) }

    /// The 8-digit session id in `session new`'s output.
    static func sessionID(_ output: String) throws -> String {
      let words = output.split { !$0.isHexDigit }
      return String(try #require(words.first { $0.count == 8 }, "no id in \(output)"))
    }

    /// `latih arguments`; the run must exit with `status`.
    @discardableResult
    func latih(
      _ arguments: [String], status: Int32 = 0, environment: [String: String] = [:],
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
      let run = try LatihProcess.run(arguments, data: data, environment: environment)
      #expect(
        run.status == status, "\(arguments): \(run.output)\(run.errors)",
        sourceLocation: sourceLocation)
      return run.output + run.errors
    }

    /// The JSON report for `arguments`.
    func json(_ arguments: [String]) throws -> [String: Any] {
      let run = try LatihProcess.run(["report", "--format", "json"] + arguments, data: data)
      #expect(run.status == 0, "\(run.errors)")
      return try #require(
        try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }
  }

  @Test func theOutNameChoosesTheFormat() throws {
    let training = try Training()
    let checks: [(String, (String) -> Bool)] = [
      ("laporan.html", { $0.hasPrefix("<!DOCTYPE html>") }),
      ("laporan.HTM", { $0.hasPrefix("<!DOCTYPE html>") }),
      ("laporan.csv", { $0.hasPrefix("\u{FEFF}report,field,value\r\n") }),
      ("laporan.json", { $0.hasPrefix("{\"format\":\"latih-report\"") }),
      ("laporan.md", { $0.hasPrefix("# Laporan Evaluasi Pelatihan\n") }),
      ("laporan.txt", { $0.hasPrefix("LAPORAN EVALUASI PELATIHAN\n") }),
    ]
    for (name, isRight) in checks {
      let path = training.folder.appendingPathComponent(name).path
      let said = try training.latih(["report", "--out", path])
      let written = String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
      #expect(isRight(written), "\(name): \(written.prefix(60))")
      #expect(said.contains("disimpan di \(path)"))
    }
    // --format wins over the name.
    let text = training.folder.appendingPathComponent("teks.html").path
    try training.latih(["report", "--format", "text", "--out", text])
    #expect(try String(contentsOfFile: text, encoding: .utf8).hasPrefix("LAPORAN EVALUASI"))
    // A name that says no format is a usage error naming the choices; nothing is written.
    let bare = training.folder.appendingPathComponent("laporan").path
    let error = try training.latih(["report", "--out", bare], status: 64)
    #expect(error.contains(".html"), "\(error)")
    #expect(error.contains("--format text|md|csv|html|json"), "\(error)")
    #expect(!FileManager.default.fileExists(atPath: bare))
    // A PDF is printed from the HTML: the error names the .html to write instead.
    let pdf = training.folder.appendingPathComponent("Laporan.PDF").path
    let printing = try training.latih(["report", "--out", pdf], status: 64)
    let html = training.folder.appendingPathComponent("Laporan.html").path
    #expect(printing.contains("tidak menulis PDF") && printing.contains(html), "\(printing)")
    #expect(!FileManager.default.fileExists(atPath: pdf))
  }

  @Test func anUnknownGroupOrSessionListsTheValidOnes() throws {
    let training = try Training()
    let group = try training.latih(["report", "--group", "Mawarr"], status: 64)
    #expect(
      group
        == "latih: tidak ada kelompok 'Mawarr'; kelompok yang ada: Dasawisma Anggrek, "
        + "Dasawisma Mawar, Dasawisma Melati\n")
    let session = try training.latih(["report", "--session", "ffffffff"], status: 64)
    #expect(session.hasPrefix("latih: tidak ada sesi 'ffffffff'; sesi yang ada:\n"))
    #expect(
      session.contains("  \(training.first)  Sosialisasi Afiliasi  Balai Desa Jaya  2023-08-05\n"))
    #expect(session.contains("  \(training.second)  Praktik Konten  2023-08-12\n"))
    let english = try training.latih(["report", "--group", "x", "--lang", "en"], status: 64)
    #expect(english.contains("no group 'x'; the groups are: Dasawisma Anggrek"))
    // The right group, any case, still works.
    #expect(try training.json(["--group", "dasawisma mawar"])["enrolled"] as? Int == 10)
  }

  @Test func theHeaderNamesTheSessionsAndTheLocalTime() throws {
    let training = try Training()
    let all = try training.latih(["report"], environment: ["TZ": "WIB-7"])
    let words = Screen.words(all)
    #expect(
      words.contains(
        "Sesi : Sosialisasi Afiliasi (Balai Desa Jaya, 2023-08-05); Praktik Konten (2023-08-12)"),
      "\(all.prefix(600))")
    #expect(!all.contains("semua data"))
    let generated = try #require(all.split(separator: "\n").first { $0.hasPrefix("Dibuat") })
    #expect(generated.hasSuffix(" WIB"), "\(generated)")
    #expect(!all.contains(" UTC"))
    let one = try training.latih(
      ["report", "--session", training.second, "--lang", "en"], environment: ["TZ": "WITA-8"])
    #expect(one.contains("Session       : Praktik Konten\n"))
    #expect(one.contains("Date          : 2023-08-12\n"))
    #expect(
      one.split(separator: "\n").contains { $0.hasPrefix("Generated") && $0.hasSuffix(" WITA") })
    let india = try training.latih(["report"], environment: ["TZ": "IST-5:30"])
    #expect(
      india.split(separator: "\n").contains { $0.hasPrefix("Dibuat") && $0.hasSuffix(" UTC+05:30") }
    )
    let html = try training.latih(["report", "--format", "html"], environment: ["TZ": "WIT-9"])
    #expect(html.contains(" WIT</dd>"))
    #expect(html.contains("Praktik Konten (2023-08-12)"))
    let json = try training.json([])
    #expect(
      (json["sessions"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
        == ["Sosialisasi Afiliasi", "Praktik Konten"])
  }

  @Test func bySessionAndByGroupCompare() throws {
    let training = try Training()
    let text = try training.latih(["report", "--by", "session"])
    #expect(text.contains("PERBANDINGAN ANTAR SESI"))
    // Day one: Siti and Rina yes, Dewi not yet; day two: Dewi yes (Siti has no record
    // for that indicator there).
    let words = Screen.words(text)
    #expect(words.contains("Sosialisasi Afiliasi 30 2/3 (67%) 0/0 (–) 0/0 (–)"), "\(text)")
    #expect(words.contains("Praktik Konten (2023-08-12) 2 1/1 (100%) 0/0 (–) 0/1 (0%)"), "\(text)")
    let bySession = try training.json(["--by", "session"])
    let comparison = try #require(bySession["comparison"] as? [String: Any])
    #expect(comparison["by"] as? String == "session")
    let rows = try #require(comparison["rows"] as? [[String: Any]])
    #expect(rows.compactMap { $0["id"] as? String } == [training.first, training.second])
    let installed = rows.compactMap {
      (($0["indicators"] as? [[String: Any]])?.first?["achieved"] as? [String: Any])?["n"] as? Int
    }
    #expect(installed == [2, 1])
    let byGroup = try training.json(["--by", "group"])
    let groups = try #require(
      (byGroup["comparison"] as? [String: Any])?["rows"] as? [[String: Any]])
    #expect(
      groups.compactMap { $0["label"] as? String }
        == ["Dasawisma Anggrek", "Dasawisma Mawar", "Dasawisma Melati"])
    #expect(groups.compactMap { $0["enrolled"] as? Int } == [10, 10, 10])
    let groupText = try training.latih(["report", "--by", "group", "--lang", "en"])
    #expect(groupText.contains("GROUPS COMPARED"))
    #expect(groupText.contains("Dasawisma Mawar"))
    let wrong = try training.latih(["report", "--by", "desa"], status: 64)
    #expect(wrong.contains("--by"))
    #expect(try training.json([])["comparison"] is NSNull)
  }

  @Test func thePeopleTableHasEveryoneWithTheirOutcomes() throws {
    let training = try Training()
    #expect(try training.json([])["people"] is NSNull)
    let json = try training.json(["--people"])
    let people = try #require(json["people"] as? [[String: Any]])
    #expect(Set(people.compactMap { $0["name"] as? String }) == Set(PKKRoster.names))
    #expect(people.compactMap { $0["number"] as? Int } == Array(1...30))
    let dewi = try #require(people.first { $0["name"] as? String == "Dewi Lestari" })
    let cells = try #require(dewi["indicators"] as? [[String: Any]])
    // All data: her latest record (yes, on day two).
    #expect(cells.first?["status"] as? String == "achieved")
    let dayOne = try #require(
      try training.json(["--people", "--session", training.first])["people"] as? [[String: Any]])
    let dewiDayOne = try #require(dayOne.first { $0["name"] as? String == "Dewi Lestari" })
    let first = try #require((dewiDayOne["indicators"] as? [[String: Any]])?.first)
    #expect(first["status"] as? String == "not-yet")
    #expect(first["reason"] as? String == "documents")
    // --people alone: one table, one header row, one row per person.
    let csv = try training.latih(["report", "--people", "--format", "csv"])
    let lines = csv.dropFirst().split(separator: "\r\n")
    #expect(lines.first?.hasPrefix("number,participant_id,name,group,installed-app,") == true)
    #expect(lines.count == 31)
    let text = try training.latih(["report", "--people", "--session", training.first])
    #expect(text.contains("HASIL PER PESERTA"))
    #expect(!text.contains("INDIKATOR KEBERHASILAN"))
    #expect(text.contains(". Dewi Lestari"))
    #expect(text.contains("belum (1)"))
    #expect(
      Screen.linesWider(than: 80, in: text).isEmpty, "\(Screen.linesWider(than: 80, in: text))")
    let anonymous = try training.latih(["report", "--people", "--anonymize", "--format", "md"])
    #expect(!anonymous.contains("Dewi"))
    #expect(anonymous.contains("Peserta 1"))
  }

  /// Rows follow the roster (here: the order enrolled, one command each), not the
  /// alphabet.
  @Test func thePeopleTableFollowsTheRosterNotTheAlphabet() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let names = ["Siti Aminah", "Ani Rahmawati", "Dewi Lestari", "Budi Santoso"]
    for name in names {
      let run = try LatihProcess.run(["participants", "add", name], data: data)
      #expect(run.status == 0, "\(run.errors)")
    }
    let json = try LatihProcess.run(["report", "--people", "--format", "json"], data: data)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let people = try #require(object["people"] as? [[String: Any]])
    #expect(people.compactMap { $0["name"] as? String } == names)
    let csv = try LatihProcess.run(["report", "--people", "--format", "csv"], data: data)
    let rows = csv.output.dropFirst().split(separator: "\r\n").dropFirst()
    #expect(rows.map { String($0.split(separator: ",")[2]) } == names)
    let text = try LatihProcess.run(["report", "--people"], data: data)
    #expect(text.output.contains("1. Siti Aminah"))
    #expect(text.output.contains("4. Budi Santoso"))
  }
}
