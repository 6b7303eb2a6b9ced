import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct IndicatorOutcomeTests {
  typealias H = ProgressHistory

  /// The outcome that counts for `indicator`, from events in any order.
  static func outcome(
    _ events: [Event], _ indicator: String = "affiliate-account", session: String? = nil
  ) -> IndicatorOutcome? {
    let forward = ParticipantProgress(events: events).indicators(session: session)[indicator]
    let backward = ParticipantProgress(events: events.reversed())
      .indicators(session: session)[indicator]
    #expect(forward == backward)
    return forward
  }

  @Test func facilitatorOutranksANewerSelfReport() {
    let result = Self.outcome([
      H.record(1, "affiliate-account", achieved: false, reason: "documents", at: 1),
      H.mark(2, run: "c1", item: "akun", done: true, indicator: "affiliate-account", at: 2),
    ])
    #expect(result?.achieved == false)
    #expect(result?.reason == "documents")
    #expect(result?.note == "n-documents")
    #expect(result?.source == .facilitator)
    #expect(result?.eventID == SampleEvents.id(1))
  }

  @Test func laterFacilitatorRecordOverridesAnEarlierOne() {
    let result = Self.outcome([
      H.record(1, "affiliate-account", achieved: false, reason: "documents", at: 1),
      H.record(2, "affiliate-account", achieved: true, at: 5),
      H.mark(
        3, run: "c1", item: "akun", done: false, reason: "age",
        indicator: "affiliate-account", at: 9),
    ])
    #expect(result?.achieved == true)
    #expect(result?.reason == nil)
    #expect(result?.time == SampleEvents.baseTime + 5 * 60_000)
  }

  @Test func latestSelfReportCountsWhenNoFacilitatorRecorded() {
    let ticked = Self.outcome([
      H.mark(
        1, run: "c1", item: "akun", done: false, reason: "followers",
        indicator: "affiliate-account", at: 1),
      H.mark(
        2, run: "c1", item: "akun", done: true, reason: "stale",
        indicator: "affiliate-account", at: 2),
    ])
    #expect(ticked?.achieved == true)
    #expect(ticked?.reason == nil)
    #expect(ticked?.source == .selfReported)
    let notYet = Self.outcome([
      H.mark(1, run: "c1", item: "akun", done: true, indicator: "affiliate-account", at: 1),
      H.mark(
        2, run: "c1", item: "akun", done: false, reason: "followers",
        indicator: "affiliate-account", at: 2),
    ])
    #expect(notYet?.achieved == false && notYet?.reason == "followers")
  }

  @Test func recordedSelfReportIsRankedAsSelfReport() {
    let result = Self.outcome(
      [
        H.record(1, "video-content", achieved: true, at: 1),
        H.record(
          2, "video-content", achieved: false, reason: "network", source: .selfReported,
          at: 2),
      ], "video-content")
    #expect(result?.achieved == true && result?.source == .facilitator)
  }

  @Test func checklistWithoutIndicatorRecordsNothing() {
    let progress = ParticipantProgress(events: [
      H.mark(1, run: "c1", item: "catatan", done: true, at: 1)
    ])
    #expect(progress.indicatorRecords.isEmpty && progress.indicators().isEmpty)
  }

  /// With a session, only records of that session or without a session count.
  @Test(arguments: [
    (nil as String?, false, "documents" as String?),
    ("s1", true, nil),
    ("s2", false, "documents"),
    ("s3", false, "age"),
  ])
  func sessionFilter(session: String?, achieved: Bool, reason: String?) {
    let events = [
      H.mark(
        1, run: "c1", item: "akun", done: false, reason: "age",
        indicator: "affiliate-account", at: 1),
      H.record(2, "affiliate-account", achieved: true, session: "s1", at: 2),
      H.record(3, "affiliate-account", achieved: false, reason: "documents", session: "s2", at: 3),
    ]
    let result = Self.outcome(events, session: session)
    #expect(result?.achieved == achieved)
    #expect(result?.reason == reason)
  }

  @Test func everyIndicatorHasItsOwnOutcome() {
    let outcomes = ParticipantProgressTests.inOrder.indicators()
    #expect(outcomes.keys.sorted() == ["affiliate-account", "installed-app", "video-content"])
    #expect(outcomes["affiliate-account"]?.achieved == false)
    #expect(outcomes["affiliate-account"]?.source == .facilitator)
    #expect(outcomes["installed-app"]?.source == .selfReported)
    #expect(outcomes["video-content"]?.achieved == true)
    let s1 = ParticipantProgressTests.inOrder.indicators(session: "s1")
    #expect(s1["video-content"] == nil)
    #expect(ParticipantProgressTests.inOrder.indicatorRecords.count == 5)
  }
}
