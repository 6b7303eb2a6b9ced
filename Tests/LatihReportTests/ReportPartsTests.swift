import Testing

@testable import LatihBase
@testable import LatihReport

/// The parts issue 12 added to the report: the sessions in scope and the local time in
/// the header, `--by session|group`, the per-person table, and the format an `--out`
/// name asks for.
@Suite struct ReportPartsTests {
  /// Two sessions: Ani and Budi in the first (Mawar), Budi and Citra in the second
  /// (Melati, none), Dewi in none.
  static func twoSessions() -> (ReportScenario, day1: String, day2: String, ids: [String]) {
    var s = ReportScenario()
    let day1 = s.session("Hari pertama", place: "Balai Desa", date: "2023-08-05")
    let day2 = s.session("Hari kedua", date: "2023-08-12")
    let ani = s.enroll("Ani", group: "Mawar", sessions: [day1])
    let budi = s.enroll("Budi", group: "mawar", sessions: [day1, day2])
    let citra = s.enroll("Citra", group: "Melati", sessions: [day2])
    let dewi = s.enroll("Dewi")
    s.record(ani, "installed-app", true, session: day1)
    s.record(budi, "installed-app", false, reason: "network", session: day1)
    s.record(budi, "installed-app", true, session: day2)
    s.record(citra, "installed-app", false, reason: "documents", session: day2)
    s.record(citra, "affiliate-account", false, session: day2)
    s.test(ani, .post, score: 80)
    s.test(budi, .post, score: 60)
    return (s, day1, day2, [ani, budi, citra, dewi])
  }

  @Test func headerNamesEverySessionInScopeAndTheLocalTime() throws {
    let (scenario, day1, _, _) = Self.twoSessions()
    let all = try scenario.model()
    #expect(all.header.sessions.map(\.title) == ["Hari pertama", "Hari kedua"])
    let text = ReportFormat.text.render(all)
    #expect(
      text.contains(
        "Sesi          : Hari pertama (Balai Desa, 2023-08-05); Hari kedua (2023-08-12)"))
    #expect(!text.contains("semua data"))
    #expect(text.contains("Dibuat        : 2026-05-01 16:00 WIB"))
    let one = try scenario.model(ReportFilter(session: day1))
    #expect(one.header.sessions.map(\.id) == [day1])
    let mawar = try scenario.model(ReportFilter(group: "Melati"))
    #expect(mawar.header.sessions.map(\.title) == ["Hari kedua"])
    // Nobody in scope joined a session: "all data", as before.
    var lone = ReportScenario()
    _ = lone.enroll("Eka")
    #expect(ReportFormat.text.render(try lone.model()).contains("Sesi          : semua data"))
  }

  @Test func zonesByName() {
    #expect(ReportWording.zone(7 * 3600) == "WIB")
    #expect(ReportWording.zone(8 * 3600) == "WITA")
    #expect(ReportWording.zone(9 * 3600) == "WIT")
    #expect(ReportWording.zone(0) == "UTC+00:00")
    #expect(ReportWording.zone(19_800) == "UTC+05:30")
    #expect(ReportWording.zone(-3 * 3600) == "UTC-03:00")
    #expect(ReportWording(.id).time(1_777_626_000_000, offset: 9 * 3600) == "2026-05-01 18:00 WIT")
  }

  @Test func comparedBySession() throws {
    let (scenario, day1, day2, _) = Self.twoSessions()
    let model = try scenario.model(ReportFilter(by: .session))
    let comparison = try #require(model.comparison)
    #expect(comparison.kind == .session)
    #expect(
      comparison.indicators.map(\.id) == ["installed-app", "affiliate-account", "video-content"])
    #expect(comparison.rows.map(\.id) == [day1, day2])
    #expect(comparison.rows.map(\.enrolled) == [2, 2])
    // Each session counts its own outcomes: Budi is "not yet" on day 1, "yes" on day 2.
    #expect(comparison.rows[0].achieved[0] == ReportRatio(1, of: 2))
    #expect(comparison.rows[1].achieved[0] == ReportRatio(1, of: 2))
    #expect(comparison.rows[1].achieved[1] == ReportRatio(0, of: 1))
    #expect(comparison.rows[0].passed == ReportRatio(1, of: 2))
    #expect(comparison.rows[1].passed == ReportRatio(0, of: 1))
    #expect(comparison.rows[0].place == "Balai Desa")
    // The same row as the report of that session alone.
    let alone = try scenario.model(ReportFilter(session: day2))
    #expect(comparison.rows[1].achieved == alone.indicators.map(\.achieved))
    #expect(comparison.rows[1].assessed == alone.header.assessed)
    #expect(try scenario.model().comparison == nil)
  }

  @Test func comparedByGroupWithoutAGroupLast() throws {
    let (scenario, _, _, _) = Self.twoSessions()
    let model = try scenario.model(ReportFilter(by: .group))
    let rows = try #require(model.comparison?.rows)
    #expect(rows.map(\.label) == ["Mawar", "Melati", nil])
    #expect(rows.map(\.enrolled) == [2, 1, 1])
    #expect(rows[0].achieved[0] == ReportRatio(2, of: 2))
    let text = ReportFormat.text.render(model)
    #expect(text.contains("PERBANDINGAN ANTAR KELOMPOK"))
    #expect(text.contains("(tanpa kelompok)"))
    let anonymous = try scenario.model(ReportFilter(by: .group), anonymize: true)
    let anonymousRows = try #require(anonymous.comparison?.rows)
    let labels = anonymousRows.compactMap(\.label)
    #expect(labels.count == 2)
    #expect(labels.allSatisfy { $0.hasPrefix("Kelompok ") })
    #expect(!ReportFormat.html.render(anonymous).contains("Mawar"))
  }

  @Test func peopleInRosterOrderWithEachIndicator() throws {
    var (scenario, day1, _, ids) = Self.twoSessions()
    // The paper roster's numbers: Dewi 1, Citra 2, Ani 3; Budi has none (last).
    for (id, number) in [(ids[3], 1), (ids[2], 2), (ids[0], 3)] {
      let index = try #require(scenario.participants.firstIndex { $0.id == id })
      scenario.participants[index].rosterNumber = number
    }
    scenario.record(ids[3], "video-content", true, source: .selfReported)
    scenario.record(ids[3], "installed-app", false, reason: "age", source: .selfReported)
    scenario.record(ids[3], "installed-app", true)
    scenario.take(ids[2], "dasar", [("komisi", [true]), ("bukan-mlm", [true]), ("umur", [true])])
    scenario.test(ids[2], .pre, score: 40)
    let model = try scenario.model()
    #expect(model.people.map(\.name) == ["Dewi", "Citra", "Ani", "Budi"])
    #expect(model.people.map(\.number) == [1, 2, 3, 4])
    let dewi = model.people[0]
    // Verified outranks her own answer; her own answer shows where nothing is verified.
    #expect(dewi.indicators.map(\.status) == [.achieved, .none, .selfAchieved])
    let citra = model.people[1]
    #expect(citra.indicators.map(\.status) == [.notYet, .notYet, .none])
    #expect(citra.indicators[0].reason == "documents")
    #expect(citra.indicators[0].reasonNumber == 1)
    #expect(citra.indicators[1].reason == nil)
    #expect(citra.completed == ReportRatio(1, of: 3))
    #expect(citra.passed == 1)
    #expect(citra.preScore == 40)
    #expect(citra.postScore == nil)
    #expect(model.people[2].postScore == 80)
    #expect(model.people[2].participantID == ids[0])
    // Shown with --people only.
    #expect(!ReportFormat.text.render(model).contains("HASIL PER PESERTA"))
    var people = model
    people.peopleOnly = true
    let text = ReportFormat.text.render(people)
    #expect(text.contains("HASIL PER PESERTA"))
    #expect(!text.contains("INDIKATOR KEBERHASILAN"))
    #expect(text.contains("Alasan: (1) Kendala input dokumen persyaratan"))
    // A session's table holds its people only, in the same order.
    #expect(try scenario.model(ReportFilter(session: day1)).people.map(\.name) == ["Ani", "Budi"])
    // Anonymised: pseudonyms in pseudonym order, no ids.
    let anonymous = try scenario.model(anonymize: true)
    #expect(anonymous.people.allSatisfy { $0.participantID == nil })
    #expect(anonymous.people.map(\.name).allSatisfy { $0.hasPrefix("Peserta ") })
    let numbers = anonymous.people.map { Int($0.name.dropFirst("Peserta ".count)) ?? 0 }
    #expect(numbers == numbers.sorted())
  }

  /// Printed on A4 portrait, no row, chart or item cut across pages, table headers on
  /// every page; chart text 11 px at the chart's own size (never scaled down).
  @Test func htmlPrintsOnA4WithReadableCharts() throws {
    let (scenario, _, _, _) = Self.twoSessions()
    var model = try scenario.model(ReportFilter(by: .session))
    for peopleOnly in [false, true] {
      model.peopleOnly = peopleOnly
      let html = ReportFormat.html.render(model)
      #expect(html.contains("@page { size: A4 portrait;"))
      #expect(html.contains("thead { display: table-header-group; }"))
      #expect(html.contains("tr, li, dl, figure { break-inside: avoid;"))
      #expect(html.contains("<thead>"))
      #expect(!html.contains("width: 100%; height: auto"))
      let sizes = html.components(separatedBy: "font-size=\"").dropFirst().map {
        Double($0.prefix { $0 != "\"" }) ?? 0
      }
      #expect(peopleOnly || sizes.count > 10)
      #expect(sizes.allSatisfy { $0 >= 11 }, "\(Set(sizes))")
      let svgs = html.components(separatedBy: "<svg ").dropFirst()
      #expect(svgs.count == (peopleOnly ? 0 : 4))
      #expect(svgs.allSatisfy { $0.hasPrefix("class=\"chart\" width=\"340\" height=\"") })
    }
  }

  @Test func formatFromTheOutName() {
    #expect(ReportFormat.inferred(from: "laporan.html") == .html)
    #expect(ReportFormat.inferred(from: "/tmp/x/LAPORAN.HTM") == .html)
    #expect(ReportFormat.inferred(from: "a.b.csv") == .csv)
    #expect(ReportFormat.inferred(from: "r.json") == .json)
    #expect(ReportFormat.inferred(from: "r.md") == .md)
    #expect(ReportFormat.inferred(from: "r.txt") == .text)
    #expect(ReportFormat.inferred(from: "r.pdf") == nil)
    #expect(ReportFormat.inferred(from: "laporan") == nil)
    #expect(ReportFormat.inferred(from: ".csv") == nil)
    #expect(ReportFormat.inferred(from: "dir.html/laporan") == nil)
    for format in ReportFormat.allCases {
      #expect(ReportFormat.inferred(from: "x." + format.fileExtensions[0]) == format)
    }
  }
}
