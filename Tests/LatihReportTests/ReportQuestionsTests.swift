import Testing

@testable import LatihReport

/// Lessons, question difficulty, the hardest questions and who needs help.
@Suite struct ReportQuestionsTests {
  /// Five people on lesson `dasar` (questions komisi, bukan-mlm, umur).
  static func scenario() -> (ReportScenario, [String: String]) {
    var scenario = ReportScenario()
    var ids: [String: String] = [:]
    for name in ["Putri", "Rina", "Sari", "Tuti", "Umi"] { ids[name] = scenario.enroll(name) }
    scenario.take(
      ids["Putri"]!, "dasar",
      [("komisi", [false, true]), ("bukan-mlm", [true]), ("umur", [false, false])])
    scenario.take(ids["Putri"]!, "dasar", [("umur", [true])], score: 100)
    scenario.take(
      ids["Rina"]!, "dasar", [("komisi", [true]), ("bukan-mlm", [false]), ("umur", [true])])
    scenario.take(ids["Rina"]!, "konten", [("kembar", [true])])
    scenario.take(
      ids["Sari"]!, "dasar", [("komisi", [false, false]), ("umur", [false]), ("hilang", [true])],
      finish: false)
    scenario.take(ids["Tuti"]!, "dasar", [], finish: false)
    scenario.take(ids["Umi"]!, "dasar", [("umur", [false, true])], finish: false)
    scenario.take(ids["Umi"]!, "bacaan", [])
    return (scenario, ids)
  }

  @Test func lessons() throws {
    let model = try Self.scenario().0.model()
    #expect(model.lessons.map(\.id) == ["dasar", "bacaan", "konten", "tes"])
    let dasar = model.lessons[0]
    #expect(dasar.started == 5)
    #expect(dasar.completed == ReportRatio(2, of: 5))
    #expect(dasar.completed.percent == 40)
    #expect(dasar.meanScore == ReportMean(sum: 167, count: 2))
    #expect(dasar.passed == ReportRatio(1, of: 2))
    let bacaan = model.lessons[1]
    #expect(bacaan.meanScore == nil)
    #expect(bacaan.completed == ReportRatio(1, of: 5))
    #expect(model.lessons[3].kind == .test)
  }

  @Test func questionDifficultyUsesTheFirstTryOfTheFirstRun() throws {
    let model = try Self.scenario().0.model()
    let rows = Dictionary(uniqueKeysWithValues: model.questions.map { ($0.id, $0) })
    #expect(model.questions.map(\.id) == ["komisi", "bukan-mlm", "umur", "kembar", "t1", "t2"])
    #expect(rows["komisi"]?.correct == ReportRatio(1, of: 3))
    #expect(rows["komisi"]?.hardest == true)
    #expect(rows["bukan-mlm"]?.correct == ReportRatio(1, of: 2))
    #expect(rows["bukan-mlm"]?.hardest == false)
    #expect(rows["umur"]?.correct == ReportRatio(1, of: 4))
    #expect(rows["umur"]?.hardest == true)
    #expect(rows["kembar"]?.correct == ReportRatio(1, of: 1))
    #expect(rows["t1"]?.answered == 0)
    #expect(rows["t1"]?.hardest == false)
    #expect(model.hardest.map(\.id) == ["umur", "komisi"])
    #expect(rows["komisi"]?.number == 1)
    #expect(rows["umur"]?.text == "Berapa umur minimal?")
    let english = try Self.scenario().0.model(language: .en)
    #expect(english.questions[2].text == "What is the minimum age?")
  }

  @Test func hardestTiesKeepCourseOrder() throws {
    var scenario = ReportScenario()
    let id = scenario.enroll("Ani")
    scenario.take(id, "dasar", [("komisi", [false]), ("bukan-mlm", [false]), ("umur", [false])])
    #expect(try scenario.model().hardest.map(\.id) == ["komisi", "bukan-mlm", "umur"])
  }

  @Test func needsHelp() throws {
    var (scenario, ids) = Self.scenario()
    scenario.record(ids["Umi"]!, "affiliate-account", false, reason: "documents", note: "KTP")
    scenario.record(ids["Tuti"]!, "installed-app", false)
    scenario.record(ids["Tuti"]!, "video-content", true)
    scenario.record(ids["Putri"]!, "installed-app", true)
    scenario.test(ids["Putri"]!, .pre, score: 20)
    let model = try scenario.model()
    #expect(model.needsHelp.map(\.name) == ["Rina", "Tuti", "Umi"])
    let rina = model.needsHelp[0]
    #expect(
      rina.lessons == [
        ReportHelpLesson(id: "dasar", title: "Dasar Afiliasi", kind: .lesson, score: 67)
      ])
    #expect(rina.indicators.isEmpty)
    #expect(rina.participantID == ids["Rina"])
    let tuti = model.needsHelp[1]
    #expect(tuti.indicators.map(\.id) == ["installed-app"])
    #expect(tuti.indicators[0].reason == nil)
    #expect(tuti.indicators[0].reasonLabel == "tanpa alasan")
    let umi = model.needsHelp[2]
    #expect(umi.indicators[0].reasonLabel == "Kendala input dokumen persyaratan")
    #expect(umi.indicators[0].note == "KTP")
    #expect(
      ReportFormat.text.render(model).contains(
        "Dasar Afiliasi: nilai terbaik 67% (batas lulus 70%)"))
    #expect(model.header.assessed == 3)
  }

  @Test func selfReportsCountUnlessAFacilitatorRecorded() throws {
    var scenario = ReportScenario()
    let ani = scenario.enroll("Ani")
    let budi = scenario.enroll("Budi")
    scenario.record(ani, "installed-app", true, source: .facilitator)
    scenario.record(ani, "installed-app", false, reason: "network", source: .selfReported)
    scenario.record(budi, "installed-app", false, reason: "network", source: .selfReported)
    let row = try scenario.model().indicators[0]
    #expect(row.achieved == ReportRatio(1, of: 2))
    #expect(row.reasons.map(\.id) == ["network"])
    #expect(row.reasons[0].label == "network")
  }
}
