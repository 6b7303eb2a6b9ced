import Testing

@testable import LatihReport

/// `--session` and `--group`: who is in scope and which outcomes count.
@Suite struct ReportFilterTests {
  @Test func sessionScopeAndOutcomes() throws {
    var scenario = ReportScenario()
    let day1 = scenario.session("Hari pertama")
    let day2 = scenario.session("Hari kedua")
    let ani = scenario.enroll("Ani", sessions: [day1])
    let budi = scenario.enroll("Budi", sessions: [day1, day2])
    let citra = scenario.enroll("Citra", sessions: [day2])
    _ = scenario.enroll("Dewi")
    scenario.record(ani, "installed-app", true, session: day1)
    scenario.record(budi, "installed-app", false, reason: "network", session: day1)
    scenario.record(budi, "installed-app", true, session: day2)
    scenario.record(budi, "video-content", true)
    scenario.record(citra, "installed-app", true, session: day2)

    let first = try scenario.model(ReportFilter(session: day1))
    #expect(first.header.enrolled == 2)
    #expect(first.header.session?.id == day1)
    #expect(first.indicators[0].achieved == ReportRatio(1, of: 2))
    #expect(first.indicators[2].achieved == ReportRatio(1, of: 1))
    #expect(first.needsHelp.map(\.name) == ["Budi"])

    let second = try scenario.model(ReportFilter(session: String(day2.prefix(7))))
    #expect(second.header.session?.id == day2)
    #expect(second.header.enrolled == 2)
    #expect(second.indicators[0].achieved == ReportRatio(2, of: 2))

    let all = try scenario.model()
    #expect(all.header.session == nil)
    #expect(all.header.enrolled == 4)
    #expect(all.header.assessed == 3)
    #expect(all.indicators[0].achieved == ReportRatio(3, of: 3))
  }

  @Test func unknownOrAmbiguousSessionIsAnError() throws {
    var scenario = ReportScenario()
    _ = scenario.session("Satu")
    #expect(throws: ReportError.unknownSession("ffffffff", known: scenario.sessions)) {
      try scenario.model(ReportFilter(session: "ffffffff"))
    }
    #expect(throws: ReportError.emptyGroup) { try scenario.model(ReportFilter(group: "  ")) }
  }

  @Test func groupMatchesCaseAndNormalisation() throws {
    var scenario = ReportScenario()
    let ani = scenario.enroll("Ani", group: "Kelompok Mawar")
    _ = scenario.enroll("Budi", group: "kelompok  MAWAR")
    _ = scenario.enroll("Citra", group: "Melati")
    _ = scenario.enroll("Dewi")
    let decomposed = "Kelompok E\u{301}lok"
    _ = scenario.enroll("Eka", group: "Kelompok \u{C9}lok")
    scenario.record(ani, "installed-app", true)

    let mawar = try scenario.model(ReportFilter(group: "KELOMPOK MAWAR"))
    #expect(mawar.header.enrolled == 2)
    #expect(mawar.header.group == "Kelompok Mawar")
    #expect(mawar.header.assessed == 1)
    #expect(try scenario.model(ReportFilter(group: decomposed)).header.enrolled == 1)
    // A group nobody has is an error listing the groups there are (one spelling each).
    #expect(
      throws: ReportError.unknownGroup(
        "Anggrek", known: ["Kelompok Mawar", "Kelompok \u{C9}lok", "Melati"])
    ) { try scenario.model(ReportFilter(group: "Anggrek")) }
    // A group that exists but has nobody in the session is an empty report, not an error.
    let day = scenario.session("Hari")
    let empty = try scenario.model(ReportFilter(session: day, group: "Melati"))
    #expect(empty.header.enrolled == 0)
    #expect(empty.header.group == "Melati")
    #expect(empty.indicators[0].achieved.percent == nil)
  }

  @Test func linkedRecordsCountOnce() throws {
    var scenario = ReportScenario()
    let day = scenario.session("Hari")
    let first = scenario.enroll("Ani")
    let second = scenario.enroll("Ani", group: "Melati", sessions: [day])
    scenario.links = [(first, second)]
    scenario.record(second, "installed-app", true, session: day)
    scenario.record(first, "video-content", false, reason: "other")
    let model = try scenario.model(ReportFilter(session: day, group: "melati"))
    #expect(model.header.enrolled == 1)
    #expect(model.header.assessed == 1)
    #expect(model.indicators[0].achieved == ReportRatio(1, of: 1))
    #expect(model.indicators[2].notYet == ReportRatio(1, of: 1))
    #expect(model.needsHelp.count == 1)
    #expect(model.needsHelp[0].group == "Melati")
    #expect(try scenario.model().header.enrolled == 1)
  }
}
