import Foundation
import Testing

/// One person is one person and one training day is one session, on the built binary:
/// a roster imported again, namesakes, three laptops merged, renames and removals.
@Suite struct PeopleAndSessionsTests {
  /// `latih arguments` on `data`; the run must exit with `status`.
  @discardableResult
  static func latih(
    _ arguments: [String], _ data: URL, status: Int32 = 0,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let run = try LatihProcess.run(arguments, data: data)
    #expect(
      run.status == status, "\(arguments): \(run.output)\(run.errors)",
      sourceLocation: sourceLocation)
    return run.output + run.errors
  }

  /// The JSON report for `arguments`.
  static func report(_ arguments: [String], _ data: URL) throws -> [String: Any] {
    let run = try LatihProcess.run(["report", "--format", "json"] + arguments, data: data)
    #expect(run.status == 0, "\(run.errors)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
  }

  /// Writes `text` next to the data folder and returns its path.
  static func file(_ name: String, _ text: String, near data: URL) throws -> String {
    let url = data.deletingLastPathComponent().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func aRosterImportedForASecondSessionAddsNobodyAndAttachesEveryone() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let roster = try Self.file("peserta.csv", PKKRoster.csv, near: data)
    try Self.latih(["session", "new", "Sosialisasi Afiliasi", "--date", "2023-08-05"], data)
    let first = try Self.latih(["participants", "import", roster], data)
    #expect(first.contains("Diimpor: 30 peserta baru; sudah terdaftar: 0"), "\(first)")
    try Self.latih(["session", "new", "Praktik Konten", "--date", "2023-08-12"], data)
    let second = try Self.latih(["participants", "import", roster], data)
    #expect(second.contains("Diimpor: 0 peserta baru; sudah terdaftar: 30"), "\(second)")
    #expect(second.contains("baris 2: Siti Aminah sudah terdaftar"))
    #expect(!second.contains("perhatian"), "no namesake warning: \(second)")
    let list = try Self.latih(["participants", "list"], data)
    #expect(list.contains("30. "))
    #expect(!list.contains("31. "))
    #expect(!list.contains("[nama kembar]"))
    #expect(list.components(separatedBy: "· 2 sesi").count == 31, "everyone in both sessions")
    // A name is one person again: recording needs no link and no id.
    try Self.latih(["record", "Siti Aminah", "installed-app", "yes"], data)
    #expect(try Self.report([], data)["enrolled"] as? Int == 30)
    // Adding someone who exists attaches her; `session add` does too.
    try Self.latih(["session", "new", "Tindak Lanjut", "--date", "2023-08-19"], data)
    let added = try Self.latih(
      ["participants", "add", "Dewi Lestari", "--group", "Dasawisma Melati"], data)
    #expect(added.contains("Sudah terdaftar: Dewi Lestari"), "\(added)")
    let attached = try Self.latih(["session", "add", "Siti Aminah", "Rina Marlina"], data)
    #expect(attached.components(separatedBy: "Ditambahkan ke sesi Tindak Lanjut").count == 3)
    let again = try Self.latih(["session", "add", "Rina Marlina"], data)
    #expect(again.contains("Sudah ada di sesi ini: Rina Marlina"))
    let sessions = try Self.latih(["session", "list"], data)
    #expect(sessions.contains("Tindak Lanjut (2023-08-19) · 3 peserta"), "\(sessions)")
  }

  @Test func namesakesWithAnotherGroupOrPhoneAreBothKeptAndARepeatedRowIsEnrolledOnce() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let roster = try Self.file(
      "dua-siti.csv",
      """
      Nama;Kelompok;No HP
      Siti Aminah;Dasawisma Mawar;0812-3456-7801
      Siti Aminah;Dasawisma Melati;0813-2222-9902
      Dewi Lestari;Dasawisma Mawar;0812-1111-0003
      Dewi Lestari;Dasawisma Mawar;0812-1111-0003

      """, near: data)
    try Self.latih(["session", "new", "Sosialisasi Afiliasi"], data)
    let imported = try Self.latih(["participants", "import", roster], data)
    #expect(imported.contains("baris 5: Dewi Lestari sama dengan baris 4; didaftarkan sekali"))
    #expect(imported.contains("Diimpor: 3 peserta baru; sudah terdaftar: 0; baris ganda: 1"))
    #expect(imported.contains("ada 2 peserta bernama 'Siti Aminah'"), "flagged: \(imported)")
    let list = try Self.latih(["participants", "list"], data)
    #expect(list.contains("Siti Aminah (kelompok Dasawisma Mawar"))
    #expect(list.contains("Siti Aminah (kelompok Dasawisma Melati"))
    #expect(list.contains("3. ") && !list.contains("4. "))
    #expect(!list.contains("Mungkin orang yang sama"), "different phones: not a likely duplicate")
    // The same file again: everyone matched, the two Sitis each to herself.
    let again = try Self.latih(["participants", "import", roster], data)
    #expect(
      again.contains("Diimpor: 0 peserta baru; sudah terdaftar: 3; baris ganda: 1"), "\(again)")
  }

  @Test func oneTrainingDayOnThreeLaptopsIsOneSessionAfterMerging() throws {
    let organizer = try Paths.freshData()
    defer { Paths.remove(organizer) }
    var ids: [String] = []
    var exports: [String] = []
    let titles = ["Pelatihan Afiliasi PKK", "pelatihan  afiliasi pkk", "PELATIHAN AFILIASI PKK"]
    for laptop in 0..<3 {
      let data = try Paths.freshData()
      defer { Paths.remove(data) }
      let created = try Self.latih(
        [
          "session", "new", titles[laptop], "--place", "Balai Desa Jaya Tinggi", "--date",
          "2023-08-05",
        ],
        data)
      ids.append(try #require(created.split(separator: " ").dropFirst(2).first.map(String.init)))
      for person in 0..<4 {
        let name = "Peserta \(laptop)-\(person)"
        try Self.latih(["participants", "add", name], data)
        let outcome = person % 2 == 0 ? ["yes"] : ["no", "--reason", "network"]
        try Self.latih(["record", name, "installed-app"] + outcome, data)
      }
      let export = organizer.deletingLastPathComponent().appendingPathComponent(
        "laptop\(laptop).latih"
      ).path
      try Self.latih(["export", "--out", export], data)
      exports.append(export)
    }
    #expect(Set(ids).count == 3)
    try Self.latih(["merge"] + exports, organizer)
    let list = try Self.latih(["session", "list"], organizer)
    #expect(list.split(separator: "\n").count == 1, "one session: \(list)")
    #expect(list.contains("12 peserta"))
    for id in ids {
      let report = try Self.report(["--session", id], organizer)
      #expect(report["enrolled"] as? Int == 12, "--session \(id)")
      #expect(report["assessed"] as? Int == 12, "--session \(id)")
    }
    // Merged in another order into another folder: the same canonical session.
    let other = try Paths.freshData()
    defer { Paths.remove(other) }
    try Self.latih(["merge"] + exports.reversed(), other)
    #expect(try Self.latih(["session", "list"], other) == list)
    // A day typed differently is joined by hand, and a session made again is reused.
    try Self.latih(["session", "new", "Pelatihan Afiliasi", "--date", "2023-08-05"], organizer)
    try Self.latih(["participants", "add", "Wati"], organizer)
    try Self.latih(["record", "Wati", "installed-app", "yes"], organizer)
    let reused = try Self.latih(
      ["session", "new", "Pelatihan Afiliasi", "--date", "2023-08-05"], organizer)
    #expect(reused.contains("Sesi ini sudah ada"))
    let day = try #require(list.split(separator: " ").first.map(String.init))
    let sessions = try Self.latih(["session", "list"], organizer)
    let current = try #require(
      sessions.split(separator: "\n").first { $0.hasPrefix("*") }.map {
        String($0.split(separator: " ")[1])
      })
    #expect(current != day)
    let joined = try Self.latih(["session", "link", current, day], organizer)
    #expect(joined.contains("satu hari pelatihan"), "\(joined)")
    #expect(try Self.report(["--session", day], organizer)["enrolled"] as? Int == 13)
  }

  @Test func renameRemoveAndRestoreRoundTripAndMerge() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    try Self.latih(
      ["session", "new", "Sosialisasi", "--place", "GSG", "--date", "2023-08-05"], data)
    try Self.latih(["participants", "add", "Siti Aminah", "Dewi"], data)
    try Self.latih(["record", "Dewi", "installed-app", "yes"], data)
    let renamed = try Self.latih(
      ["participants", "rename", "Siti Aminah", "Siti Aminah Putri"], data)
    #expect(renamed.contains("Siti Aminah → Siti Aminah Putri"))
    #expect(try Self.latih(["progress", "Siti Aminah Putri"], data).hasPrefix("Siti Aminah Putri"))
    try Self.latih(["progress", "Siti Aminah"], data, status: 64)
    try Self.latih(["participants", "remove", "Dewi"], data)
    #expect(!(try Self.latih(["participants", "list"], data)).contains("Dewi"))
    #expect(try Self.report([], data)["enrolled"] as? Int == 1)
    #expect(try Self.report([], data)["assessed"] as? Int == 0)
    try Self.latih(["record", "Dewi", "installed-app", "yes"], data, status: 64)
    try Self.latih(["participants", "restore", "Dewi"], data)
    #expect(try Self.report([], data)["assessed"] as? Int == 1, "her data was kept")
    try Self.latih(["participants", "restore", "Dewi"], data, status: 64)

    let id = try sessionID(data)
    let retitled = try Self.latih(
      ["session", "rename", id, "Sosialisasi Afiliasi TikTok", "--place", "Balai Desa"], data)
    #expect(retitled.contains("Sosialisasi Afiliasi TikTok (Balai Desa, 2023-08-05)"))
    try Self.latih(["session", "remove", id], data)
    #expect(try Self.latih(["session", "list"], data).contains("Belum ada sesi"))
    try Self.latih(["report", "--session", id], data, status: 64)
    // Made again with its first words: the same day, back in the list (not a new one).
    let again = try Self.latih(
      ["session", "new", "Sosialisasi", "--place", "GSG", "--date", "2023-08-05"], data)
    #expect(again.contains("Sesi ini sudah ada: \(id)"), "\(again)")
    try Self.latih(["session", "remove", id], data)
    try Self.latih(["session", "restore", id], data)
    try Self.latih(["participants", "remove", "Dewi"], data)

    // Another laptop merging this data sees the same names and the same removals.
    let export = data.deletingLastPathComponent().appendingPathComponent("semua.latih").path
    try Self.latih(["export", "--out", export], data)
    let other = try Paths.freshData()
    defer { Paths.remove(other) }
    try Self.latih(["merge", export], other)
    for folder in [data, other] {
      #expect(try Self.latih(["participants", "list"], folder).contains("Siti Aminah Putri"))
      #expect(!(try Self.latih(["participants", "list"], folder)).contains("Dewi"))
      let list = try Self.latih(["session", "list"], folder)
      #expect(list.contains("Sosialisasi Afiliasi TikTok (Balai Desa, 2023-08-05) · 1 peserta"))
    }
    let journal = try String(
      contentsOf: data.appendingPathComponent("sessions.jsonl"), encoding: .utf8)
    for kind in ["session-renamed", "session-removed", "session-restored"] {
      #expect(journal.contains("\"type\":\"\(kind)\""))
    }
  }

  @Test func certificatesForASessionAndTheirCodesVerify() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    try Self.latih(
      ["session", "new", "Sosialisasi", "--place", "GSG Jaya Tinggi", "--date", "2023-08-05"], data)
    try Self.latih(["participants", "add", "Siti Aminah", "Dewi", "Rina"], data)
    try Self.latih(["record", "Siti Aminah", "installed-app", "yes"], data)
    try Self.latih(["record", "Dewi", "installed-app", "no", "--reason", "network"], data)
    let out = data.deletingLastPathComponent().appendingPathComponent("sertifikat.html")
    let written = try Self.latih(
      [
        "certificate", "--session", try sessionID(data), "--out", out.path, "--signer",
        "Kepala Desa Jaya Tinggi", "--organizer", "KKN Universitas Jaya",
      ], data)
    #expect(written.contains("(2 halaman)"), "\(written)")
    #expect(written.contains("1 peserta belum memenuhi syarat"))
    let html = try String(contentsOf: out, encoding: .utf8)
    #expect(html.components(separatedBy: "<section class=\"page\">").count == 3)
    #expect(html.contains("GSG Jaya Tinggi, 5 Agustus 2023"))
    #expect(!html.contains("Rina"))
    let codes = html.components(separatedBy: "latih certificate verify ").dropFirst().map {
      String($0.prefix(11))
    }
    #expect(codes.count == 2)
    let verified = try Self.latih(["certificate", "verify", codes[0].lowercased()], data)
    #expect(verified.contains("Sah: Sertifikat Keikutsertaan untuk"))
    #expect(verified.contains("Sosialisasi (GSG Jaya Tinggi, 5 Agustus 2023)"))
    let missing = try Self.latih(["certificate", "verify", "ABCDE-23456"], data, status: 65)
    #expect(missing.contains("tidak ditemukan"))
    try Self.latih(["certificate", "Rina"], data, status: 1)
    let english = try Self.latih(["certificate", "Dewi", "--lang", "en"], data)
    #expect(english.contains("Certificate of Participation"))
    #expect(english.contains("5 August 2023"))
    try Self.latih(["certificate", "Dewi", "--kind", "completion"], data, status: 1)
  }

  /// The id of the only session.
  func sessionID(_ data: URL) throws -> String {
    let list = try Self.latih(["session", "list"], data)
    let id = list.split(separator: " ").first { $0.count == 8 }.map(String.init)
    return try #require(id)
  }

  /// The same roster on two laptops: the merge flags each person and prints the very
  /// command that links her two records, which the organizer can run as it is.
  @Test func aLikelyDuplicateAfterMergingNamesTheLinkCommandToRun() throws {
    let organizer = try Paths.freshData()
    defer { Paths.remove(organizer) }
    var exports: [String] = []
    for laptop in 0..<2 {
      let data = try Paths.freshData()
      defer { Paths.remove(data) }
      try Self.latih(["participants", "add", "Dédé Rosali", "--group", "Mawar"], data)
      let export = organizer.deletingLastPathComponent().appendingPathComponent(
        "sama\(laptop).latih"
      ).path
      try Self.latih(["export", "--out", export], data)
      exports.append(export)
    }
    let merged = try Self.latih(["merge"] + exports, organizer)
    let line = try #require(
      merged.split(separator: "\n").first { $0.hasPrefix("Mungkin orang yang sama") }, "\(merged)")
    let command = try #require(line.components(separatedBy: "Jika benar: latih ").last)
    let words = command.split(separator: " ").map(String.init)
    #expect(words.count == 4 && words[0...1] == ["participants", "link"], "\(line)")
    #expect(line.contains("id \(words[2])") && line.contains("id \(words[3])"), "\(line)")
    let linked = try Self.latih(words, organizer)
    #expect(linked.contains("Digabung sebagai orang yang sama"), "\(linked)")
    let report = try Self.report([], organizer)
    #expect(report["enrolled"] as? Int == 1)
  }
}
