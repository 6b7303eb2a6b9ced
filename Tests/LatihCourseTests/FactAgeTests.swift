import Testing

@testable import LatihBase
@testable import LatihCourse

/// `checked:` and `source.N:` in a lesson's front matter, the warnings for facts checked
/// long ago or never, and the date as people read it. (The commands that show them:
/// `LatihCLITests/Commands/FactAgeCommandTests`.)
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
    let place = LatihCourse.SourceLocation(path: "t.md", line: 5, column: 10)
    #expect(lesson.checked?.location == place)
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
    try SmallCourse.load(
      [
        "pas": lesson("pas", ["checked: 2026-06-03"]),
        "lama": lesson("lama", ["checked: 2026-06-02"]),
        "tanpa": lesson("tanpa", []),
      ], order: ["pas", "lama", "tanpa"])
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
