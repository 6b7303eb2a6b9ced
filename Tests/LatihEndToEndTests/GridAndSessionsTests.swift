import Foundation
import Testing

/// The facilitator's day through the built `latih`: the evaluation grid from a paper sheet
/// (keystrokes counted, resuming after a skip and an interrupt) and the rules of
/// `session new` and `session list`.
@Suite struct GridAndSessionsTests {
  typealias Run = (status: Int32, output: String, errors: String)

  @discardableResult
  static func latih(
    _ arguments: [String], _ data: URL, input: String = "", status: Int32 = 0,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Run {
    let run = try LatihProcess.run(arguments, data: data, input: input)
    #expect(
      run.status == status, "\(arguments): \(run.output)\(run.errors)",
      sourceLocation: sourceLocation)
    return run
  }

  /// A session with the 30-person PKK roster.
  static func hall(_ data: URL, groups: String? = nil) throws {
    try latih(["session", "new", "Pelatihan Afiliasi", "--date", "2026-01-10"], data)
    var csv = PKKRoster.csv
    if let groups { csv = csv.replacingOccurrences(of: "Dasawisma Mawar", with: groups) }
    let roster = data.deletingLastPathComponent().appendingPathComponent("peserta.csv")
    try Data(csv.utf8).write(to: roster)
    try latih(["participants", "import", roster.path], data)
  }

  /// Per indicator id: (achieved, not yet) from the JSON report.
  static func figures(_ data: URL) throws -> [String: [Int]] {
    let run = try latih(["report", "--format", "json"], data)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    var result: [String: [Int]] = [:]
    for row in try #require(report["indicators"] as? [[String: Any]]) {
      let id = try #require(row["id"] as? String)
      result[id] = ["achieved", "notYet"].map { ((row[$0] as? [String: Any])?["n"] as? Int) ?? -1 }
    }
    return result
  }

  @Test func thirtyPeopleFromAPaperSheetInAtMostAHundredKeystrokes() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    try Self.hall(data, groups: "Kelompok Wanita Tani Mawar")
    // 20 all achieved, 6 without an affiliate account (documents, reason 1), 4 who cannot
    // make a video yet (no reason).
    let rows =
      Array(repeating: "+", count: 20) + Array(repeating: "y1y", count: 6)
      + Array(repeating: "yyn", count: 4)
    let input = rows.map { $0 + "\n" }.joined()
    let keystrokes = input.count
    print("latih evaluate, 30 people × 3 indicators, piped: \(keystrokes) keystrokes")
    #expect(keystrokes <= 100)
    let grid = try Self.latih(["evaluate"], data, input: input)
    #expect(grid.output.contains("Selesai. 90 catatan disimpan."), "\(grid.output)")
    #expect(grid.output.contains("→ Siti Aminah: 1 berhasil · 2 berhasil · 3 berhasil"))
    #expect(grid.output.contains("[1/30] Siti Aminah"), "roster order")
    #expect(grid.output.contains("[30/30] Popon Rosita"), "roster order")
    #expect(grid.output.contains("(Kelompok Wanita Tani Mawar, "))
    #expect(!grid.output.lowercased().contains("kelompok kelompok"))
    let figures = try Self.figures(data)
    #expect(figures["installed-app"] == [30, 0])
    #expect(figures["affiliate-account"] == [24, 6])
    #expect(figures["video-content"] == [26, 4])
    // Run again: every cell is recorded, nothing is asked.
    let again = try Self.latih(["evaluate"], data, input: "y\n")
    #expect(again.output.contains("Semua 90 isian sudah dicatat"), "\(again.output)")
    #expect(try Self.figures(data)["installed-app"] == [30, 0])
  }

  @Test func aSkipAndAnInterruptResumeAfterTheSkippedCellAndAskNothingTwice() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    try Self.hall(data)
    // Siti Aminah absent at the first table: skipped; then two rows, then Ctrl-C.
    let first = try LatihProcess(["evaluate"], data: data)
    first.send(["-", "yy", "yny"])
    try first.waitFor("[3/30] Rina Marlina")
    first.signal(SIGINT)
    #expect(try first.waitForExit() == 130)
    #expect(first.output.contains("5 catatan disimpan; 1 isian dilewati"), "\(first.output)")
    // The second run starts at the third person, not at the skip nor at a recorded cell;
    // after Ctrl-D its closing words start on their own line, not after the prompt.
    let second = try Self.latih(["evaluate"], data)
    let firstPerson = try #require(second.output.range(of: "[3/30] Rina Marlina"))
    #expect(!second.output[..<firstPerson.lowerBound].contains("[1/30]"), "\(second.output)")
    #expect(!second.output.contains("[2/30]"), "\(second.output)")
    #expect(!second.output.contains("> Selesai"), "\(second.output)")
    #expect(second.output.contains("\nSelesai. 0 catatan disimpan"), "\(second.output)")
    // The rest of the sheet, then the skipped cell is what is left, and asked.
    let rest = String(repeating: "+\n", count: 28)
    try Self.latih(["evaluate"], data, input: rest)
    let last = try Self.latih(["evaluate"], data, input: "2\n")
    #expect(last.output.contains("Tinggal 1 isian yang dulu dilewati"), "\(last.output)")
    #expect(last.output.contains("1 catatan disimpan"))
    #expect(try Self.figures(data)["installed-app"] == [29, 1])
    // A jump by name reopens a recorded row; q at the reason prompt ends at once.
    let fix = try Self.latih(["evaluate", "--all"], data, input: "/rina\nr\nq\n")
    #expect(fix.output.contains("[3/30] Rina Marlina"))
    #expect(fix.output.contains("Selesai. 0 catatan disimpan."), "\(fix.output)")
  }

  @Test func sessionNewSaysWhatItReplacesAndRefusesADuplicateWithoutForce() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let first = try Self.latih(
      ["session", "new", "Sosialisasi", "--place", "GSG", "--date", "2026-08-05"], data)
    let id = try #require(first.output.split(separator: " ").dropFirst(2).first)
    let second = try Self.latih(["session", "new", "Praktik Konten", "--date", "2026-08-12"], data)
    #expect(second.output.contains("tidak aktif lagi"), "\(second.output)")
    #expect(second.output.contains("latih session use \(id)"), "\(second.output)")
    // The very same words are that day again: made current, nothing created.
    let again = try Self.latih(
      ["session", "new", "Sosialisasi", "--place", "GSG", "--date", "2026-08-05"], data)
    #expect(again.output.contains("Sesi ini sudah ada: \(id)"), "\(again.output)")
    #expect(again.output.contains("latih session use"), "names the one it replaces")
    // The same title and date at another place (or none) asks for --force; nothing created.
    let same = try Self.latih(
      ["session", "new", "sosialisasi", "--date", "2026-08-05"], data, status: 64)
    #expect(same.errors.contains("--force"), "\(same.errors)")
    #expect(same.errors.contains("latih session use \(id)"))
    var list = try Self.latih(["session", "list"], data).output
    #expect(list.split(separator: "\n").count == 2, "\(list)")
    try Self.latih(
      ["session", "new", "sosialisasi", "--date", "2026-08-05", "--place", "Balai", "--force"],
      data)
    list = try Self.latih(["session", "list"], data).output
    #expect(list.split(separator: "\n").count == 3, "\(list)")
    // `session list` marks the current one, and only it.
    let marked = list.split(separator: "\n").filter { $0.hasPrefix("*") }
    #expect(marked.count == 1 && marked[0].contains("Balai") && marked[0].contains("aktif"))
    try Self.latih(["session", "use", String(id)], data)
    let now = try Self.latih(["session", "list"], data).output.split(separator: "\n")
    #expect(now.filter { $0.hasPrefix("*") }.map { $0.contains("GSG") } == [true])
  }

  @Test func farDatesWarnAndLongTitlesAreRefusedWithTheLimit() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let year = Calendar(identifier: .gregorian).component(.year, from: Date())
    for date in ["2000-01-01", "\(year + 6)-01-01"] {
      let far = try Self.latih(["session", "new", "Hari \(date)", "--date", date], data)
      #expect(far.errors.contains("lebih dari 5 tahun"), "\(date): \(far.errors)")
    }
    let near = try Self.latih(["session", "new", "Dekat", "--date", "\(year)-06-01"], data)
    #expect(!near.errors.contains("5 tahun"), "\(near.errors)")
    let long = String(repeating: "Pelatihan ", count: 61) + "Afiliasi"
    let refused = try Self.latih(["session", "new", long], data, status: 64)
    #expect(refused.errors.contains("618 karakter (maks. 120)"), "\(refused.errors)")
    let place = try Self.latih(
      ["session", "new", "Judul", "--place", String(repeating: "x", count: 121)], data,
      status: 64)
    #expect(place.errors.contains("121 karakter (maks. 120)"), "\(place.errors)")
    let exact = String(repeating: "y", count: 120)
    try Self.latih(["session", "new", exact], data)
    let list = try Self.latih(["session", "list"], data).output
    #expect(list.contains(exact))
    #expect(!list.contains("Pelatihan Pelatihan"), "nothing cut and kept")
    let id = try #require(list.split(separator: "\n").last?.split(separator: " ").dropFirst().first)
    try Self.latih(["session", "rename", String(id), long], data, status: 64)
  }
}
