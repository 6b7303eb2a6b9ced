import Testing

@testable import LatihCourse

/// The `[lessons]`, `[indicators]` and `[reasons]` sections of `course.md`: every
/// diagnostic with its line and column. Body lines start at 7 (see
/// ``ManifestParserTests/defaultBody``).
@Suite struct ManifestSectionTests {
  /// A manifest with the default front matter and `old` replaced by `new` in the body.
  private static func replacing(_ old: String, with new: String) -> String {
    ManifestParserTests.manifest(body: ManifestParserTests.body(replacing: old, with: new))
  }

  /// An error in `course.md`.
  private static func fault(_ line: Int, _ column: Int, _ message: CheckMessage) -> Diagnostic {
    ManifestParserTests.fault(line, column, message)
  }

  private static let head = ManifestParserTests.defaultBody.split(separator: "\n").prefix(6)
    .joined(separator: "\n")

  static let cases: [DiagnosticCase] = [
    .init(
      "missing section", file: ManifestParserTests.manifest(body: head),
      [fault(1, 1, .missingSection("reasons"))]),
    .init(
      "no sections", file: ManifestParserTests.manifest(body: ""),
      ["lessons", "indicators", "reasons"].map { fault(1, 1, .missingSection($0)) }),
    .init(
      "section twice",
      file: replacing("- en: Documents\n", with: "- en: Documents\n## Lagi [lessons]\n"),
      [fault(17, 9, .duplicateKey("[lessons]"))]),
    .init(
      "unknown section marker", file: replacing("[reasons]", with: "[alasan]"),
      [
        fault(13, 11, .unknownMarker("alasan", allowed: ["lessons", "indicators", "reasons"])),
        fault(1, 1, .missingSection("reasons")),
      ]),
    .init(
      "lesson entry with spaces", file: replacing("1. satu", with: "1. apa itu"),
      [fault(8, 4, .lessonListEntryMalformed)]),
    .init(
      "invalid lesson id", file: replacing("1. satu", with: "1. Satu"),
      [fault(8, 4, .invalidID("Satu"))]),
    .init(
      "lesson listed twice", file: replacing("1. satu", with: "1. satu\n2. satu"),
      [fault(9, 4, .lessonListedTwice("satu"))]),
    .init(
      "text in the lesson list", file: replacing("1. satu", with: "1. satu\nsatu lagi"),
      [fault(9, 1, .lessonListEntryMalformed)]),
    .init(
      "indented lesson entry", file: replacing("1. satu", with: "1. satu\n   2. dua"),
      [fault(9, 1, .lessonListEntryMalformed)]),
    .init(
      "missing label", file: replacing("  - en: Installed\n", with: ""),
      [fault(10, 3, .missingLabel(id: "installed-app", language: .en))]),
    .init(
      "label without colon", file: replacing("- en: Installed", with: "- en Installed"),
      [
        fault(12, 5, .labelEntryMalformed),
        fault(10, 3, .missingLabel(id: "installed-app", language: .en)),
      ]),
    .init(
      "label under no id", file: replacing("[indicators]\n", with: "[indicators]\n  - id: x\n"),
      [fault(10, 5, .labelEntryMalformed)]),
    .init(
      "indicator written with a label",
      file: replacing("- installed-app", with: "- installed-app: x"),
      [
        fault(10, 3, .labelEntryMalformed), fault(11, 5, .labelEntryMalformed),
        fault(12, 5, .labelEntryMalformed),
      ]),
    .init(
      "invalid indicator id", file: replacing("- installed-app", with: "- Installed"),
      [
        fault(10, 3, .invalidID("Installed")), fault(11, 5, .labelEntryMalformed),
        fault(12, 5, .labelEntryMalformed),
      ]),
    .init(
      "indicator twice",
      file: replacing("- en: Installed\n", with: "- en: Installed\n- installed-app\n"),
      [fault(13, 3, .duplicateID("installed-app", firstLine: 10))]),
    .init(
      "unknown label language", file: replacing("- en: Installed", with: "- fr: Installed"),
      [
        fault(12, 5, .unknownLanguage("fr")),
        fault(10, 3, .missingLabel(id: "installed-app", language: .en)),
      ]),
    .init(
      "text in the indicators",
      file: replacing("- en: Installed\n", with: "- en: Installed\nteks\n"),
      [fault(13, 1, .labelEntryMalformed)]),
    .init(
      "reason without any label", file: replacing("  - id: Dokumen\n  - en: Documents\n", with: ""),
      [
        fault(14, 3, .missingLabel(id: "documents", language: .id)),
        fault(14, 3, .missingLabel(id: "documents", language: .en)),
      ]),
    .init(
      "subheading in a section", file: replacing("1. satu", with: "1. satu\n### Bagian"),
      [fault(9, 1, .lessonListEntryMalformed)]),
  ]

  @Test(arguments: cases)
  func sections(_ row: DiagnosticCase) {
    #expect(ManifestParserTests.parse(row.text).diagnostics == row.expected)
  }

  @Test func unorderedLessonListAndHeadingWithoutMarkerAreAccepted() throws {
    let text = Self.replacing("1. satu", with: "- satu\n## Catatan\nApa saja di sini.")
    let (manifest, diagnostics) = ManifestParserTests.parse(text)
    #expect(diagnostics == [])
    #expect(try #require(manifest).lessons.map(\.id) == ["satu"])
  }

  @Test func thousandLessonsAllowedThousandAndOneNot() {
    for (count, expected) in [(1000, []), (1001, [Self.fault(1008, 3, .tooManyLessons(1000))])] {
      let list = (1...count).map { "- pelajaran-\($0)" }.joined(separator: "\n")
      let text = Self.replacing("1. satu", with: list)
      #expect(ManifestParserTests.parse(text).diagnostics == expected, "\(count) lessons")
    }
  }
}
