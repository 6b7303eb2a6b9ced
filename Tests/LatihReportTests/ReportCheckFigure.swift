@testable import LatihBase
@testable import LatihReport

/// PRODUCT.md's check figure: in session "Pelatihan TikTok Affiliate", 30 enrolled and
/// 20 assessed; 18 installed the app, 9 created an affiliate account (11 not yet,
/// reason `documents`), 15 can make video content → 90 %, 45 % (55 % documents), 75 %.
/// Two more people in another session have outcomes that must not count in the session.
enum ReportCheckFigure {
  static func scenario() -> (scenario: ReportScenario, session: String) {
    var scenario = ReportScenario()
    let session = scenario.session(
      "Pelatihan TikTok Affiliate", place: "GSG Jaya Tinggi", date: "2023-08-05")
    let other = scenario.session("Pelatihan lain", place: "Balai Desa", date: "2023-09-01")
    for index in 0..<30 {
      let id = scenario.enroll("Warga \(index + 1)", group: "PKK", sessions: [session])
      guard index < 20 else { continue }
      scenario.record(
        id, "installed-app", index < 18, reason: index < 18 ? nil : "no-smartphone",
        session: session)
      scenario.record(
        id, "affiliate-account", index < 9, reason: index < 9 ? nil : "documents",
        session: session)
      scenario.record(
        id, "video-content", index < 15, reason: index < 15 ? nil : (index < 18 ? "other" : nil),
        session: session)
    }
    for index in 0..<2 {
      let id = scenario.enroll("Tamu \(index + 1)", sessions: [other])
      scenario.record(id, "installed-app", false, reason: "network", session: other)
      scenario.record(id, "affiliate-account", true, session: other)
    }
    return (scenario, session)
  }

  /// The report for the session.
  static func model(language: Language = .id) throws -> ReportModel {
    let (scenario, session) = scenario()
    return try scenario.model(ReportFilter(session: session), language: language)
  }
}
