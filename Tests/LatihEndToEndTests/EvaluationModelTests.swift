import Foundation
import LatihBase
import LatihCLI
import LatihCourse
import LatihReport
import LatihTutor
import Testing

/// Issue 10's evaluation model on the built binary: a score is earned once, pre/post are
/// decided by time in the merged data, verified outcomes stay apart from self-reports,
/// pseudonyms are the same in every scope and format.
@Suite struct EvaluationModelTests {
  static let test = "tes-awal-akhir"

  /// Runs `latih args` and expects success.
  @discardableResult
  static func latih(_ arguments: [String], data: URL, input: [String] = []) throws -> String {
    let run = try LatihProcess.run(
      arguments, data: data, input: input.map { $0 + "\n" }.joined())
    #expect(run.status == 0, "latih \(arguments.joined(separator: " ")): \(run.errors)")
    return run.output
  }

  /// Takes `lesson` as `who` with `lines`, then Enter at the summary and `q` at the list.
  @discardableResult
  static func learn(_ lesson: String, as who: String, data: URL, lines: [String]) throws -> String {
    try latih(
      ["learn", lesson, "--as", who, "--no-shuffle"], data: data, input: lines + ["", "q"])
  }

  /// The course test with every answer right or every answer wrong.
  static func testLines(_ script: CourseScript, right: Bool) throws -> [String] {
    let lesson = try script.lesson(test)
    return lesson.pages.flatMap { page -> [String] in
      page.kind == .quiz
        ? page.questions.map { right ? script.right($0) : script.wrong($0) } : [""]
    }
  }

  /// Lines through `lesson` with every question wrong on every try it gets.
  static func allWrong(_ script: CourseScript, _ lesson: Lesson) throws -> [String] {
    lesson.pages.flatMap { page -> [String] in
      switch page.kind {
      case .reading: return [""]
      case .checklist: return page.items.map { _ in "y" }
      case .quiz:
        return page.questions.flatMap { question in
          let tries = question.tries(allowed: script.course.attempts(for: lesson), isTest: false)
          return Array(repeating: script.wrong(question), count: tries)
        }
      }
    }
  }

  static func json(_ arguments: [String], data: URL) throws -> [String: Any] {
    let output = try latih(arguments + ["--format", "json"], data: data)
    return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
  }

  static func reportTest(_ data: URL) throws -> [String: Any] {
    try #require(try json(["report"], data: data)["test"] as? [String: Any])
  }

  @Test func aPreTestRetakeStaysThePreTestAndSaysNoPassOrFail() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let script = try CourseScript(.id)
    try Self.latih(["participants", "add", "Siti"], data: data)
    let first = try Self.learn(
      Self.test, as: "Siti", data: data, lines: try Self.testLines(script, right: false))
    let words = Screen.words(first)
    #expect(words.contains(Screen.words(script.text(TutorText.preTestThanks))))
    for word in ["BELUM LULUS", "perlu diulang", script.text(TutorText.reviewHeading)] {
      #expect(!words.contains(word))
    }
    // The lesson list neither marks the pre-test for review nor suggests it again.
    let list = Screen.words(try Self.latih(["lessons", "--as", "Siti"], data: data))
    #expect(!list.contains(script.text(TutorText.status(.needsReview))))
    #expect(list.contains(script.text(TutorText.preTestDone)))
    let firstLesson = try script.lesson("apa-itu-afiliasi")
    #expect(list.contains(script.text(TutorText.suggestion(number: 1, title: firstLesson.title))))

    let progressText = Screen.words(try Self.latih(["progress", "Siti"], data: data))
    #expect(!progressText.contains(script.text(TutorText.status(.needsReview))))
    #expect(progressText.contains(script.text(TutorText.preTestDone)))

    // A retake at once, all right: still the pre-test; the first one counts.
    try Self.learn(
      Self.test, as: "Siti", data: data, lines: try Self.testLines(script, right: true))
    let test = try Self.reportTest(data)
    #expect(test["tookPre"] as? Int == 1)
    #expect(test["tookPost"] as? Int == 0)
    #expect(test["paired"] as? Int == 0)
    #expect(test["gain"] is NSNull)
    let progress = try Recorded.progress("Siti", data: data)
    let person = try #require((progress["participants"] as? [[String: Any]])?.first)
    let scores = try #require(person["test"] as? [String: Any])
    #expect(scores["pre"] as? Int == 0)
    #expect(scores["post"] is NSNull)
  }

  @Test func aTestAfterOneOfSixLessonsIsNeither() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let script = try CourseScript(.id)
    try Self.latih(["participants", "add", "Siti"], data: data)
    try Self.learn(
      Self.test, as: "Siti", data: data, lines: try Self.testLines(script, right: false))
    let lesson = try script.lesson("apa-itu-afiliasi")
    try Self.learn(lesson.id, as: "Siti", data: data, lines: script.lines(through: lesson))
    let mid = try Self.learn(
      Self.test, as: "Siti", data: data, lines: try Self.testLines(script, right: true))
    #expect(Screen.words(mid).contains(Screen.words(script.text(TutorText.testMidCourse))))
    let test = try Self.reportTest(data)
    #expect(test["tookPre"] as? Int == 1)
    #expect(test["tookPost"] as? Int == 0)
    #expect(test["tookNeither"] as? Int == 1)
    let text = Screen.words(try Self.latih(["report"], data: data))
    #expect(text.contains(script.text(ReportText.tookTests(pre: 1, post: 0, neither: 1))))
  }

  @Test func aPostTestOnASecondLaptopPairsWithThePreTestAfterMergeAndLink() throws {
    let hall = try Paths.freshData()
    let home = try Paths.freshData()
    defer {
      Paths.remove(hall)
      Paths.remove(home)
    }
    let script = try CourseScript(.id)
    try Self.latih(["session", "new", "Pelatihan", "--date", "2023-08-05"], data: hall)
    try Self.latih(["participants", "add", "Siti"], data: hall)
    try Self.learn(
      Self.test, as: "Siti", data: hall, lines: try Self.testLines(script, right: false))
    let lesson = try script.lesson("apa-itu-afiliasi")
    try Self.learn(lesson.id, as: "Siti", data: hall, lines: script.lines(through: lesson))
    try Self.latih(["session", "post-test"], data: hall)

    // Without a session there is nothing to open the post-test for.
    let refused = try LatihProcess.run(["session", "post-test"], data: home)
    #expect(refused.status == 64)
    #expect(refused.errors.contains("--session"))

    // The second laptop knows nothing of her lessons: it tags her test a pre-test.
    try Self.latih(["participants", "add", "Siti"], data: home)
    try Self.learn(
      Self.test, as: "Siti", data: home, lines: try Self.testLines(script, right: true))
    let file = home.deletingLastPathComponent().appendingPathComponent("home.latih").path
    try Self.latih(["export", "--out", file], data: home)
    try Self.latih(["merge", file], data: hall)
    let people = try #require(
      try Recorded.progress(nil, data: hall)["participants"] as? [[String: Any]])
    let ids = people.compactMap { $0["id"] as? String }
    #expect(ids.count == 2)
    try Self.latih(["participants", "link", ids[0], ids[1]], data: hall)

    let test = try Self.reportTest(hall)
    #expect(test["tookPre"] as? Int == 1)
    #expect(test["tookPost"] as? Int == 1)
    #expect(test["paired"] as? Int == 1)
    #expect(test["meanPre"] as? Double == 0)
    #expect(test["meanPost"] as? Double == 100)
    #expect(test["gain"] as? Double == 1)
    #expect(test["tookNeither"] as? Int == 0)
  }

  @Test func retryingMissedQuestionsIsPracticeAndChangesNoFigure() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let script = try CourseScript(.id)
    let lesson = try script.lesson("apa-itu-afiliasi")
    try Self.latih(["participants", "add", "Siti"], data: data)
    // Every question wrong on every try (score 0), then `r` and every missed one right.
    let wrong = try Self.allWrong(script, lesson)
    let retry = lesson.pages.flatMap { $0.questions.map(script.right) }
    let output = try Self.learn(lesson.id, as: "Siti", data: data, lines: wrong + ["r"] + retry)
    let words = Screen.words(output)
    #expect(words.contains(script.text(TutorText.score(correct: 0, total: 8, percent: 0))))
    #expect(
      words.contains(Screen.words(script.text(TutorText.practiceScore(correct: 8, total: 8)))))
    #expect(words.contains(Screen.words(script.text(TutorText.officialScoreKept(0)))))

    let done = try #require(
      try Recorded.lessons(try Recorded.progress("Siti", data: data))[lesson.id])
    #expect(done["bestScore"] as? Int == 0)
    #expect(done["status"] as? String == "needs-review")
    #expect(done["completedRuns"] as? Int == 1)
    #expect(done["practiceRuns"] as? Int == 1)
    let report = try Self.json(["report"], data: data)
    let row = try #require((report["lessons"] as? [[String: Any]])?.first)
    #expect(row["meanScore"] as? Double == 0)
    #expect((row["passed"] as? [String: Any])?["n"] as? Int == 0)
    #expect(row["practiced"] as? Int == 1)
    let help = try #require(report["needsHelp"] as? [[String: Any]])
    let lessons = help.first?["lessons"] as? [[String: Any]]
    #expect(lessons?.first?["id"] as? String == lesson.id)
    #expect(lessons?.first?["score"] as? Int == 0)
  }

  /// The PKK check figure from a facilitator's day, with five more participants who only
  /// ticked their own checklist: the verified figure is unchanged in every format and the
  /// ticks are in the self-reported columns.
  @Test func checkFigureIsTheVerifiedOneAndSelfTicksChangeNoneOfIt() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let script = try CourseScript(.id)
    try Self.latih(
      [
        "session", "new", "Pelatihan TikTok Affiliate", "--place", "GSG Jaya Tinggi", "--date",
        "2023-08-05",
      ], data: data)
    let roster = data.deletingLastPathComponent().appendingPathComponent("roster.csv")
    try Data(
      ("nama;kelompok\n"
        + (1...30).map { "Ani \($0 < 10 ? "0" : "")\($0);\($0 % 2 == 0 ? "A" : "B")" }
        .joined(separator: "\n")).utf8
    ).write(to: roster)
    try Self.latih(["participants", "import", roster.path], data: data)
    var grid: [String] = []
    for person in 0..<20 {
      grid += person < 18 ? ["y"] : ["n5"]
      grid += person < 9 ? ["y"] : ["n1"]
      grid += person < 15 ? ["y"] : ["n7"]
    }
    try Self.latih(["evaluate"], data: data, input: grid + ["q"])

    func verified() throws -> [[String: Any]] {
      let report = try Self.json(["report"], data: data)
      #expect(report["assessed"] as? Int == 20)
      return try #require(report["indicators"] as? [[String: Any]])
    }
    let before = try verified().map { row in
      ["achieved", "notYet"].map { (row[$0] as? [String: Any])?.compactMapValues { $0 as? Int } }
    }
    let lesson = try script.lesson("syarat-pendaftaran")
    for index in 1...5 {
      try Self.latih(["participants", "add", "Tamu \(index)", "--group", "C"], data: data)
      try Self.learn(
        lesson.id, as: "Tamu \(index)", data: data, lines: script.lines(through: lesson))
    }
    let rows = try verified()
    let after = rows.map { row in
      ["achieved", "notYet"].map { (row[$0] as? [String: Any])?.compactMapValues { $0 as? Int } }
    }
    #expect(after == before)
    func ratio(_ row: [String: Any], _ key: String) -> [String: Int] {
      (row[key] as? [String: Any] ?? [:]).compactMapValues { $0 as? Int }
    }
    #expect(rows.map { $0["assessed"] as? Int } == [20, 20, 20])
    #expect(ratio(rows[0], "achieved") == ["n": 18, "of": 20, "percent": 90])
    #expect(ratio(rows[1], "achieved") == ["n": 9, "of": 20, "percent": 45])
    #expect(ratio(rows[1], "notYet") == ["n": 11, "of": 20, "percent": 55])
    #expect(ratio(rows[2], "achieved") == ["n": 15, "of": 20, "percent": 75])
    let reasons = rows[1]["reasons"] as? [[String: Any]]
    #expect(reasons?.first?["id"] as? String == "documents")
    #expect(reasons?.first?["percent"] as? Int == 55)
    let own = try #require(rows[0]["selfReported"] as? [String: Any])
    #expect(own["answered"] as? Int == 5)
    #expect((own["yes"] as? [String: Any])?["n"] as? Int == 5)

    let guest = try #require(
      (try Recorded.progress("Tamu 1", data: data)["participants"] as? [[String: Any]])?.first)
    let ticked = try #require((guest["indicators"] as? [[String: Any]])?.first)
    #expect(ticked["source"] as? String == "self")
    #expect(ticked["verified"] is NSNull)
    #expect((ticked["self"] as? [String: Any])?["achieved"] as? Bool == true)
    let ani = try #require(
      (try Recorded.progress("Ani 19", data: data)["participants"] as? [[String: Any]])?.first)
    let assessed = try #require(
      (ani["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == "installed-app" })
    #expect(assessed["source"] as? String == "facilitator")
    #expect((assessed["verified"] as? [String: Any])?["reason"] as? String == "no-smartphone")
    #expect(assessed["self"] is NSNull)

    let text = try Self.latih(["report"], data: data)
    let lines = text.split(separator: "\n")
    #expect(
      lines.contains {
        $0.hasPrefix("Peserta sudah menginstal") && $0.hasSuffix("  20     18/20  90%   2/20  10%")
      })
    #expect(lines.contains { $0.hasPrefix("Peserta sudah menginstal") && $0.contains("5/5") })
    for format in ["md", "html"] {
      let output = try Self.latih(["report", "--format", format], data: data)
      for figure in ["18/20", "90%", "9/20", "45%", "11/20", "55%", "15/20", "75%", "5/5"] {
        #expect(output.contains(figure), "\(format): \(figure)")
      }
    }
    let csv = try Self.latih(["report", "--format", "csv"], data: data)
    #expect(
      csv.contains(
        "indicators,installed-app,Peserta sudah menginstal aplikasi TikTok,20,18,90,2,10,5,5,100,0,0"
      ))
    #expect(
      csv.contains(
        "indicators,affiliate-account,Peserta berhasil membuat akun TikTok Affiliate,20,9,45,11,55,"
      ))
  }

  /// "Peserta N" is the same person in every scope and format.
  @Test func pseudonymsAreStableAcrossScopesAndFormats() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    try Self.latih(["session", "new", "Satu", "--date", "2023-08-05"], data: data)
    let sessionOne = try String(
      contentsOf: data.appendingPathComponent("current-session"), encoding: .utf8
    ).trimmingCharacters(in: .whitespacesAndNewlines)
    try Self.latih(["participants", "add", "Ani", "Budi", "Citra", "--group", "A"], data: data)
    for who in ["Ani", "Budi", "Citra"] {
      try Self.latih(["record", who, "installed-app", "no", "--reason", "network"], data: data)
    }
    try Self.latih(["session", "new", "Dua", "--date", "2023-08-06"], data: data)
    try Self.latih(["participants", "add", "Dewi", "Eka", "--group", "B"], data: data)
    for who in ["Dewi", "Eka"] {
      try Self.latih(["record", who, "installed-app", "no", "--reason", "network"], data: data)
    }

    /// Participant id → pseudonym and group pseudonym in a scope.
    func pseudonyms(_ scope: [String]) throws -> [String: String] {
      let plain = try Self.json(["report"] + scope, data: data)
      let masked = try Self.json(["report", "--anonymize"] + scope, data: data)
      let ids = (plain["needsHelp"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
      let names = (masked["needsHelp"] as? [[String: Any]] ?? []).map {
        ($0["name"] as? String ?? "") + "/" + ($0["group"] as? String ?? "")
      }
      #expect(ids.count == names.count)
      // Anonymised entries are in pseudonym order, which is participant id order.
      return Dictionary(uniqueKeysWithValues: zip(ids.sorted(), names))
    }
    let everyone = try pseudonyms([])
    #expect(everyone.count == 5)
    for scope in [["--group", "B"], ["--group", "a"], ["--session", sessionOne]] {
      let scoped = try pseudonyms(scope)
      #expect(!scoped.isEmpty)
      for (id, name) in scoped { #expect(everyone[id] == name, "\(scope)") }
    }
    let groupB = try Self.latih(
      ["report", "--anonymize", "--group", "B", "--format", "csv"], data: data)
    let masked = try Self.json(["report", "--anonymize", "--group", "B"], data: data)
    for entry in masked["needsHelp"] as? [[String: Any]] ?? [] {
      #expect(groupB.contains(",\(entry["name"] as? String ?? "?"),"))
    }
    let text = try Self.latih(["report", "--anonymize", "--group", "B"], data: data)
    for entry in masked["needsHelp"] as? [[String: Any]] ?? [] {
      #expect(text.contains(entry["name"] as? String ?? "?"))
    }
  }
}
