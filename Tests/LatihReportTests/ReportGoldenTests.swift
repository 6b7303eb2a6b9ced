import Foundation
import Testing

@testable import LatihReport

/// Golden files: the report of a fixed small data set (fixed ids, times and clock) in
/// every format, compared byte for byte with the files in `Golden/`.
///
/// To re-record them after an intended change, run
/// `LATIH_RECORD_GOLDEN=1 swift test --filter ReportGoldenTests` and review the diff.
/// `Golden/` is excluded from the test target in Package.swift, so SwiftPM does not warn
/// about unhandled files in the test target.
@Suite struct ReportGoldenTests {
  /// Six people in one session, two groups; lessons, questions, tests and outcomes.
  static func scenario() -> (ReportScenario, String) {
    var s = ReportScenario()
    let session = s.session(
      "Pelatihan TikTok Affiliate", place: "GSG Jaya Tinggi", date: "2023-08-05")
    let people = [
      ("Siti Aminah", "Mawar"), ("Dewi Lestari", "Mawar"), ("Ni Komang Ayu", "Melati"),
      ("Rahmawati", "Melati"), ("Élise Ñ. Putri", "Mawar"), ("Bu Sutinah", nil),
    ]
    let ids = people.map { s.enroll($0.0, group: $0.1, sessions: [session]) }
    let outcomes: [[(Bool, String?)]] = [
      [(true, nil), (true, nil), (true, nil)],
      [(true, nil), (false, "documents"), (true, nil)],
      [(true, nil), (false, "documents"), (false, "other")],
      [(false, "no-smartphone"), (false, "followers"), (false, nil)],
      [(true, nil), (true, nil), (true, nil)],
    ]
    let indicators = ["installed-app", "affiliate-account", "video-content"]
    for (person, row) in outcomes.enumerated() {
      for (index, outcome) in row.enumerated() {
        s.record(
          ids[person], indicators[index], outcome.0, reason: outcome.1,
          note: outcome.1 == "documents" ? "KTP belum ada" : nil, session: session)
      }
    }
    let answers: [[(String, [Bool])]] = [
      [("komisi", [true]), ("bukan-mlm", [true]), ("umur", [true])],
      [("komisi", [false, true]), ("bukan-mlm", [true]), ("umur", [false, true])],
      [("komisi", [false, false]), ("bukan-mlm", [false]), ("umur", [true])],
      [("komisi", [false, true]), ("bukan-mlm", [true]), ("umur", [false, false])],
      [("komisi", [true]), ("bukan-mlm", [true]), ("umur", [false, true])],
    ]
    // Bu Sutinah takes the test before studying anything: her pre-test, answers counted
    // apart from the post-test's.
    s.take(ids[5], "tes", [("t1", [false]), ("t2", [true])])
    for (person, tries) in answers.enumerated() { s.take(ids[person], "dasar", tries) }
    // Dewi retries the questions she missed: practice, counted nowhere.
    s.take(ids[1], "dasar", [("komisi", [true]), ("umur", [true])], practice: true)
    // Own checklist answers: shown apart, never in the verified figure.
    s.record(ids[5], "installed-app", true, session: session, source: .selfReported)
    s.record(
      ids[0], "video-content", false, reason: "other", session: session, source: .selfReported)
    s.take(ids[5], "dasar", [("komisi", [true])], finish: false)
    for id in ids.prefix(4) { s.take(id, "bacaan", []) }
    s.take(ids[0], "konten", [("kembar", [true])])
    s.take(ids[1], "konten", [("kembar", [false, true])])
    let tests: [(Int?, Int?)] = [(50, 100), (50, 50), (0, 100), (100, 50), (50, nil)]
    for (person, scores) in tests.enumerated() {
      if let pre = scores.0 { s.test(ids[person], .pre, score: pre) }
      if let post = scores.1 { s.test(ids[person], .post, score: post) }
    }
    // Siti's post-test answers (after every lesson: decided by time); Rahmawati takes the
    // test again having finished two lessons of three: neither, not counted.
    s.take(ids[0], "tes", [("t1", [true]), ("t2", [false])])
    s.test(ids[3], .post, score: 100, explicit: false)
    return (s, session)
  }

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static let recording = ProcessInfo.processInfo.environment["LATIH_RECORD_GOLDEN"] == "1"

  /// Compares `output` with the golden file `name`, or records it.
  static func check(_ output: String, _ name: String) throws {
    let url = directory.appendingPathComponent(name)
    if recording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(output.utf8).write(to: url)
      return
    }
    let expected = try #require(
      FileManager.default.contents(atPath: url.path), "missing golden file \(name)")
    #expect(Data(output.utf8) == expected, "\(name) differs; re-record if intended")
  }

  @Test(arguments: ReportFormat.textFormats)
  func indonesian(_ format: ReportFormat) throws {
    let (scenario, session) = Self.scenario()
    let model = try scenario.model(ReportFilter(session: session))
    try Self.check(format.render(model), "report.\(Self.fileExtension(format))")
  }

  @Test(arguments: [ReportFormat.text, .json])
  func englishAnonymized(_ format: ReportFormat) throws {
    let (scenario, session) = Self.scenario()
    let model = try scenario.model(ReportFilter(session: session), language: .en, anonymize: true)
    try Self.check(format.render(model), "report-en-anonymized.\(Self.fileExtension(format))")
  }

  /// `--by group` (Mawar, Melati and Bu Sutinah without a group) in every text format (the
  /// xlsx workbook's comparison sheet is checked in `XLSXReportTests`).
  @Test(arguments: ReportFormat.textFormats)
  func comparedByGroup(_ format: ReportFormat) throws {
    let (scenario, session) = Self.scenario()
    let model = try scenario.model(ReportFilter(session: session, by: .group))
    try Self.check(format.render(model), "report-by-group.\(Self.fileExtension(format))")
  }

  /// `--people`: the header and the per-person table alone (JSON stays whole).
  @Test(arguments: [ReportFormat.text, .md, .csv, .html])
  func peopleOnly(_ format: ReportFormat) throws {
    let (scenario, session) = Self.scenario()
    var model = try scenario.model(ReportFilter(session: session))
    model.peopleOnly = true
    try Self.check(format.render(model), "report-people.\(Self.fileExtension(format))")
  }

  @Test func rendersAreStable() throws {
    let (scenario, session) = Self.scenario()
    let first = try scenario.model(ReportFilter(session: session))
    let second = try scenario.model(ReportFilter(session: session))
    for format in ReportFormat.allCases { #expect(format.bytes(first) == format.bytes(second)) }
  }

  static func fileExtension(_ format: ReportFormat) -> String {
    format == .text ? "txt" : format.rawValue
  }
}
