import Testing

@testable import LatihReport

/// Rounding of percentages, means and the normalised gain.
@Suite struct ReportNumbersTests {
  @Test func percentagesRoundHalfUp() {
    #expect(ReportRatio(9, of: 20).percent == 45)
    #expect(ReportRatio(1, of: 8).percent == 13)
    #expect(ReportRatio(1, of: 3).percent == 33)
    #expect(ReportRatio(2, of: 3).percent == 67)
    #expect(ReportRatio(3, of: 8).percent == 38)
    #expect(ReportRatio(0, of: 5).percent == 0)
    #expect(ReportRatio(5, of: 5).percent == 100)
    #expect(ReportRatio(0, of: 0).percent == nil)
  }

  @Test func belowHalfIsExact() {
    #expect(!ReportRatio(1, of: 2).isBelowHalf)
    #expect(ReportRatio(4, of: 9).isBelowHalf)
    #expect(!ReportRatio(5, of: 9).isBelowHalf)
    #expect(ReportRatio(1, of: 4).isLower(than: ReportRatio(1, of: 3)))
    #expect(!ReportRatio(2, of: 6).isLower(than: ReportRatio(1, of: 3)))
  }

  @Test func meansRoundHalfUpToOneDecimal() {
    #expect(ReportMean(sum: 145, count: 2).tenths == 725)
    #expect(ReportMean(sum: 1, count: 4).tenths == 3)
    #expect(ReportMean(sum: 2, count: 3).tenths == 7)
    #expect(ReportMean(sum: 167, count: 2).value == 83.5)
    #expect(ReportMean(sum: 0, count: 0).tenths == nil)
    #expect(ReportDecimal.format(725, decimals: 1) == "72.5")
    #expect(ReportDecimal.format(1000, decimals: 1, separator: ",") == "100,0")
    #expect(ReportDecimal.format(-5, decimals: 2) == "-0.05")
    #expect(ReportDecimal.format(40, decimals: 2) == "0.40")
  }

  @Test func normalisedGain() throws {
    let gain = try #require(ReportGain.of(preSum: 100, postSum: 140, pairs: 2))
    #expect(gain.hundredths == 40)
    #expect(gain.value == 0.4)
    #expect(ReportGain.of(preSum: 200, postSum: 200, pairs: 2) == nil)
    #expect(ReportGain.of(preSum: 0, postSum: 0, pairs: 0) == nil)
    #expect(ReportGain.of(preSum: 50, postSum: 40, pairs: 1)?.hundredths == -20)
    #expect(ReportGain(numerator: 1, denominator: 8).hundredths == 13)
    #expect(ReportGain(numerator: -1, denominator: 8).hundredths == -13)
  }

  @Test func prePostOnlyCountsPeopleWithBoth() throws {
    var scenario = ReportScenario()
    let ani = scenario.enroll("Ani")
    let budi = scenario.enroll("Budi")
    let citra = scenario.enroll("Citra")
    scenario.test(ani, .pre, score: 30)
    scenario.test(ani, .pre, score: 90)
    scenario.test(ani, .post, score: 60)
    scenario.test(ani, .post, score: 80)
    scenario.test(budi, .pre, score: 70)
    scenario.test(budi, .post, score: 60)
    scenario.test(citra, .pre, score: 50)
    let test = try #require(try scenario.model().test)
    #expect(test.tookPre == 3)
    #expect(test.tookPost == 2)
    #expect(test.paired == 2)
    #expect(test.meanPre == ReportMean(sum: 100, count: 2))
    #expect(test.meanPost == ReportMean(sum: 140, count: 2))
    #expect(test.gain?.hundredths == 40)
    #expect(test.improved == ReportRatio(1, of: 2))
    let model = try scenario.model()
    #expect(model.needsHelp.map(\.name) == ["Budi"])
    #expect(model.needsHelp[0].lessons.map(\.score) == [60])
    #expect(model.needsHelp[0].lessons.map(\.kind) == [.test])
  }

  @Test func gainIsNotComputedWhenThePreTestMeanIs100() throws {
    var scenario = ReportScenario()
    for name in ["Ani", "Budi"] {
      let id = scenario.enroll(name)
      scenario.test(id, .pre, score: 100)
      scenario.test(id, .post, score: name == "Ani" ? 100 : 90)
    }
    let model = try scenario.model()
    let test = try #require(model.test)
    #expect(test.gain == nil)
    #expect(test.meanPre.tenths == 1000)
    #expect(test.improved == ReportRatio(0, of: 2))
    #expect(JSONReportRenderer(model: model).render().contains("\"gain\":null"))
    #expect(ReportFormat.text.render(model).contains("tidak dihitung (rata-rata tes awal 100)"))
  }
}
