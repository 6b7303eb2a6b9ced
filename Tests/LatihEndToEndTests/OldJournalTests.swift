import Foundation
import LatihBase
import LatihCLI
import LatihCourse
import LatihReport
import LatihTutor
import Testing

/// A data folder written by the Latih of before the evaluation model (main at 0e431eb),
/// kept in `Fixtures/journals-0e431eb`: it loads and reports with no migration, and its
/// figures follow the new definitions (its laptop-made tags and retry scores are read
/// anew).
///
/// To record the fixture again with an older build, run
/// `LATIH_RECORD_OLD_JOURNALS=/path/to/old/latih swift test --filter OldJournalTests`.
@Suite struct OldJournalTests {
  static let fixture = Paths.root.appendingPathComponent(
    "Tests/LatihEndToEndTests/Fixtures/journals-0e431eb")

  /// What the old build is made to do: Siti fails the course test, retakes it at once
  /// (the old build tagged that post-test), scores 0 in lesson 1 and retries the missed
  /// questions all right (the old build counted 100, passed); Dewi ticks the registration
  /// checklist (self-reported) and the facilitator records her affiliate account as not
  /// yet.
  static func record(with binary: URL) throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let script = try CourseScript(.id)
    func latih(_ arguments: [String], _ input: [String] = []) throws {
      let run = try LatihProcess.run(
        arguments, data: data, input: input.map { $0 + "\n" }.joined(), binary: binary)
      #expect(run.status == 0, "\(arguments): \(run.errors)")
    }
    func learn(_ lesson: String, _ who: String, _ lines: [String]) throws {
      try latih(["learn", lesson, "--as", who, "--no-shuffle"], lines + ["", "q"])
    }
    try latih(["session", "new", "Pelatihan Lama", "--date", "2023-08-05"])
    try latih(["participants", "add", "Siti", "Dewi"])
    let test = EvaluationModelTests.test
    try learn(test, "Siti", try EvaluationModelTests.testLines(script, right: false))
    try learn(test, "Siti", try EvaluationModelTests.testLines(script, right: true))
    let lesson = try script.lesson("apa-itu-afiliasi")
    try learn(
      lesson.id, "Siti",
      try EvaluationModelTests.allWrong(script, lesson) + ["r"]
        + lesson.pages.flatMap { $0.questions.map(script.right) })
    let checklist = try script.lesson("syarat-pendaftaran")
    try learn(checklist.id, "Dewi", script.lines(through: checklist))
    try latih(["record", "Dewi", "affiliate-account", "no", "--reason", "documents"])
    try? FileManager.default.removeItem(at: fixture)
    try FileManager.default.createDirectory(
      at: fixture.appendingPathComponent("participants"), withIntermediateDirectories: true)
    for name in ["sessions.jsonl", "device.json", "current-session"] {
      try FileManager.default.copyItem(
        at: data.appendingPathComponent(name), to: fixture.appendingPathComponent(name))
    }
    let journals = data.appendingPathComponent("participants")
    for name in try FileManager.default.contentsOfDirectory(atPath: journals.path)
    where name.hasSuffix(".jsonl") {
      try FileManager.default.copyItem(
        at: journals.appendingPathComponent(name),
        to: fixture.appendingPathComponent("participants").appendingPathComponent(name))
    }
  }

  /// A private copy of the fixture as a data folder.
  static func copy() throws -> URL {
    let data = try Paths.freshData()
    try FileManager.default.copyItem(at: fixture, to: data)
    let manager = FileManager.default
    try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data.path)
    let participants = data.appendingPathComponent("participants")
    try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: participants.path)
    for folder in [data, participants] {
      for name in try manager.contentsOfDirectory(atPath: folder.path) where name.contains(".") {
        try manager.setAttributes(
          [.posixPermissions: 0o600], ofItemAtPath: folder.appendingPathComponent(name).path)
      }
    }
    return data
  }

  @Test func oldJournalsLoadAndReportByTheNewDefinitions() throws {
    if let old = ProcessInfo.processInfo.environment["LATIH_RECORD_OLD_JOURNALS"] {
      try Self.record(with: URL(fileURLWithPath: old))
    }
    let data = try Self.copy()
    defer { Paths.remove(data) }
    let report = try EvaluationModelTests.json(["report"], data: data)
    #expect(report["enrolled"] as? Int == 2)
    #expect(report["assessed"] as? Int == 1)
    #expect(report["selfReported"] as? Int == 1)
    // The retake the old build tagged "post" was taken before studying: still pre.
    let test = try #require(report["test"] as? [String: Any])
    #expect(test["tookPre"] as? Int == 1)
    #expect(test["tookPost"] as? Int == 0)
    #expect(test["paired"] as? Int == 0)
    // The retry the old build scored 100 is practice: her score stays 0.
    let lessons = try #require(report["lessons"] as? [[String: Any]])
    #expect(lessons[0]["meanScore"] as? Double == 0)
    #expect((lessons[0]["passed"] as? [String: Any])?["n"] as? Int == 0)
    #expect(lessons[0]["practiced"] as? Int == 1)
    let indicators = try #require(report["indicators"] as? [[String: Any]])
    #expect(indicators[0]["assessed"] as? Int == 0)
    #expect((indicators[0]["selfReported"] as? [String: Any])?["answered"] as? Int == 1)
    #expect(indicators[1]["assessed"] as? Int == 1)
    let help = try #require(report["needsHelp"] as? [[String: Any]])
    #expect(help.compactMap { $0["name"] as? String } == ["Dewi", "Siti"])
    for format in ["text", "md", "csv", "html"] {
      try EvaluationModelTests.latih(["report", "--format", format], data: data)
    }
    let siti = try Recorded.progress("Siti", data: data)
    let person = try #require((siti["participants"] as? [[String: Any]])?.first)
    #expect((person["test"] as? [String: Any])?["pre"] as? Int == 0)
    let first = try #require(try Recorded.lessons(siti)["apa-itu-afiliasi"])
    #expect(first["bestScore"] as? Int == 0)
    #expect(first["status"] as? String == "needs-review")
  }
}
