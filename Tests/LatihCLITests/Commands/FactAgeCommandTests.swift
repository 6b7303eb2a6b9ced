import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihCourse

/// `latih check` warns about lessons whose facts were checked long ago or never (the
/// clock injected), `--max-age` moves the limit, and `latih lessons` shows the date.
@Suite struct FactAgeCommandTests {
  /// 2026-11-30T00:00:00Z.
  static let today: Int64 = 1_795_996_800_000
  static let day: Int64 = 86_400_000

  /// A one-language course of three lessons: `pas`, `lama`, `tanpa`.
  static let manifest = """
    ---
    id: kursus-uji
    languages: id
    title.id: Kursus Uji
    ---

    ## Pelajaran [lessons]
    1. pas
    2. lama
    3. tanpa

    ## Indikator [indicators]
    - installed-app
      - id: Peserta sudah menginstal aplikasi TikTok

    ## Alasan [reasons]
    - other
      - id: Alasan lain

    """

  /// A lesson `id` whose front matter has `extra` lines after `minutes` (line 5 on).
  static func lesson(_ id: String, _ extra: [String]) -> String {
    (["---", "id: \(id)", "title: Pelajaran \(id)", "minutes: 5"] + extra + [
      "---", "## Bacaan", "Teks.",
    ]).joined(separator: "\n") + "\n"
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

  /// Writes the three lessons, checked 180 days ago, 181 days ago and never.
  static func writeCourse(_ directory: TemporaryDirectory) throws {
    try directory.write("kursus/course.md", manifest)
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
}
