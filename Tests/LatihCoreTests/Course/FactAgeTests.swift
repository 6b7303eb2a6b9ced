import Testing

@testable import LatihCore

/// `checked:` and `source.N:` in a lesson's front matter, the warning `latih check` gives
/// when the facts grow old, and the date `latih lessons` shows the facilitator.
@Suite struct FactAgeTests {
  /// 2026-11-30T00:00:00Z.
  static let today: Int64 = 1_795_996_800_000
  static let day: Int64 = 86_400_000

  /// A lesson `id` whose front matter has `extra` lines after `minutes` (line 5 on).
  static func lesson(_ id: String, _ extra: [String]) -> String {
    (["---", "id: \(id)", "title: Pelajaran \(id)", "minutes: 5"] + extra + [
      "---", "## Bacaan", "Teks.",
    ]).joined(separator: "\n") + "\n"
  }

  @Test func checkedAndSourcesAreRead() throws {
    let text = Self.lesson(
      "satu",
      [
        "checked: 2026-11-30", "source.2: Link-Share (7 Maret 2025)",
        "source.1: How to Apply as an Affiliate Creator (5 Februari 2026)",
      ])
    let (parsed, diagnostics) = Fixture.parse(text)
    #expect(diagnostics == [])
    let lesson = try #require(parsed)
    #expect(lesson.checked?.date == "2026-11-30")
    #expect(lesson.checked?.location == LatihCore.SourceLocation(path: "t.md", line: 5, column: 10))
    #expect(
      lesson.sources == [
        "How to Apply as an Affiliate Creator (5 Februari 2026)", "Link-Share (7 Maret 2025)",
      ])
    let plain = try #require(Fixture.parse(Self.lesson("dua", [])).lesson)
    #expect(plain.checked == nil)
    #expect(plain.sources == [])
  }

  @Test func badDatesAndSourceKeysAreErrorsWithTheirPlace() {
    let text = Self.lesson(
      "satu",
      ["checked: 2026-02-30", "source.0: Nol", "source.x: X", "source.51: Banyak", "source.3:"])
    let (_, diagnostics) = Fixture.parse(text)
    #expect(
      diagnostics == [
        error(5, 10, .invalidDate(key: "checked", value: "2026-02-30")),
        error(6, 1, .invalidSourceKey("source.0", limit: 50)),
        error(7, 1, .invalidSourceKey("source.x", limit: 50)),
        error(8, 1, .invalidSourceKey("source.51", limit: 50)),
        error(9, 1, .missingKey("source.3")),
      ])
    let (_, other) = Fixture.parse(Self.lesson("satu", ["checked: 30 November 2026"]))
    #expect(other == [error(5, 10, .invalidDate(key: "checked", value: "30 November 2026"))])
  }

  @Test func daysAreWholeDaysSinceMidnightUTC() {
    let age = FactAge(now: Self.today + 23 * 3_600_000)
    #expect(age.days(since: "2026-11-30") == 0)
    #expect(age.days(since: "2026-06-03") == 180)
    #expect(age.days(since: "2026-06-02") == 181)
    #expect(age.days(since: "2026-12-01") == -1)
    #expect(age.days(since: "2026-13-01") == nil)
  }

  /// A one-language course with three lessons: checked 180 days ago, 181 days ago, never.
  static func course() throws -> Course {
    try TutorCourse.load(
      [
        "pas": lesson("pas", ["checked: 2026-06-03"]),
        "lama": lesson("lama", ["checked: 2026-06-02"]),
        "tanpa": lesson("tanpa", []),
      ], order: ["pas", "lama", "tanpa"], courseTest: nil)
  }

  @Test func oldAndMissingDatesWarnAtTheirPlace() throws {
    let course = try Self.course()
    let path = { (id: String) in try #require(course.lesson(id, in: .id)).path }
    #expect(
      FactAge(now: Self.today).warnings(for: course) == [
        warning(
          5, 10, .factsCheckedLongAgo(lesson: "lama", date: "2026-06-02", days: 181, limit: 180),
          path: try path("lama")),
        warning(1, 1, .factsNeverChecked("tanpa"), path: try path("tanpa")),
      ])
    let strict = FactAge(now: Self.today, maximumDays: 30).warnings(for: course)
    #expect(strict.filter { $0.message == .factsNeverChecked("tanpa") }.count == 1)
    #expect(strict.count == 3)
    #expect(FactAge(now: Self.today, maximumDays: 200).warnings(for: course).count == 1)
  }

  /// Runs `latih ARGUMENTS` on a course in `directory` with the clock at `now`.
  static func run(
    _ arguments: [String], in directory: TemporaryDirectory, now: Int64 = today,
    language: Language = .id, width: Int = 80
  ) -> (code: ExitCode, output: String, errors: String) {
    let output = BufferOutput()
    let errors = BufferOutput()
    let context = Context(
      fileSystem: SystemFileSystem(), clock: FixedClock(now),
      identifiers: SeededIdentifierSource(seed: 3), output: output, errors: errors,
      makeTerminal: { _, _ in ScriptedTerminal(lines: [], width: width) },
      environment: ["COLUMNS": String(width)], workingDirectory: directory.path,
      executablePath: nil, hostName: "test")
    let code = Latih.main(
      arguments: arguments + [
        "--lessons", directory.path("kursus"), "--data", directory.path("data"), "--lang",
        language.rawValue, "--color", "never",
      ], context: context)
    return (code, output.text, errors.text)
  }

  /// Writes the three-lesson course of ``course()`` into `directory/kursus`.
  static func writeCourse(_ directory: TemporaryDirectory) throws {
    try directory.write(
      "kursus/course.md", TutorCourse.manifest(lessons: ["pas", "lama", "tanpa"]))
    try directory.write("kursus/id/pas.md", lesson("pas", ["checked: 2026-06-03"]))
    try directory.write("kursus/id/lama.md", lesson("lama", ["checked: 2026-06-02"]))
    try directory.write("kursus/id/tanpa.md", lesson("tanpa", []))
  }

  @Test(arguments: Language.allCases)
  func checkWarnsButStillSucceeds(_ language: Language) throws {
    try TemporaryDirectory.with { directory in
      try Self.writeCourse(directory)
      let course = directory.path("kursus")
      let result = Self.run(["check", course], in: directory, language: language)
      #expect(result.code == .ok)
      #expect(
        result.errors.contains(
          PathName.join(course, "id/lama.md") + ":5:10: warning: "
            + CheckMessage.factsCheckedLongAgo(
              lesson: "lama", date: "2026-06-02", days: 181, limit: 180
            ).text(in: language)))
      #expect(
        result.errors.contains(
          PathName.join(course, "id/tanpa.md") + ":1:1: warning: "
            + CheckMessage.factsNeverChecked("tanpa").text(in: language)))
      #expect(!result.errors.contains("pas.md"))
      #expect(
        result.output.contains(
          CheckMessage.summaryOK(lessons: 3, languages: 1, questions: 0, indicators: 1, warnings: 2)
            .text(in: language)))
    }
  }

  @Test func maxAgeMovesTheLimitAndMustBeADayCount() throws {
    try TemporaryDirectory.with { directory in
      try Self.writeCourse(directory)
      let course = directory.path("kursus")
      let loose = Self.run(["check", course, "--max-age", "365"], in: directory)
      #expect(loose.code == .ok)
      #expect(!loose.errors.contains("lama.md"))
      #expect(loose.errors.contains("tanpa.md"))
      let strict = Self.run(["check", course, "--max-age", "10"], in: directory)
      #expect(strict.errors.contains("pas.md:5:10: warning:"))
      let later = Self.run(["check", course], in: directory, now: Self.today - 5 * Self.day)
      #expect(!later.errors.contains("lama.md"), "176 days before today the date was fine")
      for bad in ["0", "abc", "3651", "-5"] {
        let result = Self.run(["check", course, "--max-age", bad], in: directory)
        #expect(result.code == .usage, "--max-age \(bad)")
        #expect(result.output.isEmpty)
      }
    }
  }

  @Test(arguments: [40, 80])
  func lessonsShowsTheDateWithinTheWidth(width: Int) throws {
    try TemporaryDirectory.with { directory in
      try Self.writeCourse(directory)
      for language in Language.allCases {
        let result = Self.run(["lessons"], in: directory, language: language, width: width)
        #expect(result.code == .ok)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
        let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for (date, stale) in [("2026-06-03", false), ("2026-06-02", true)] {
          let text = CourseText.factsChecked(date, stale: stale).text(in: language)
          #expect(words.contains(text), "\(language) \(date)")
        }
        #expect(lines.count == 1 + 3 * 2 + 2 + (width == 40 ? 1 : 0), "\(lines)")
      }
    }
  }

  @Test func datesReadAsPeopleWriteThem() {
    #expect(
      CourseText.factsChecked("2026-11-30", stale: false).text(in: .id)
        == "Fakta diperiksa: 30 November 2026")
    #expect(
      CourseText.factsChecked("2026-02-05", stale: false).text(in: .en)
        == "Facts checked: 5 February 2026")
    #expect(
      CourseText.factsChecked("2026-05-01", stale: true).text(in: .id)
        == "Fakta diperiksa: 1 Mei 2026 (sudah lama, cek lagi)")
  }
}
