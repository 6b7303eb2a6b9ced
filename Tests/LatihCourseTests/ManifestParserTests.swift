import Testing

@testable import LatihCourse

/// `course.md`: the model it parses into and every diagnostic, with line and column.
@Suite struct ManifestParserTests {
  static let path = "course.md"
  /// Front-matter lines 2–5; the closing `---` is line 6.
  static let defaultFront = [
    "id: kursus", "languages: id, en", "title.id: Judul", "title.en: Title",
  ]
  /// Body lines 7–16 after ``defaultFront``.
  static let defaultBody = """
    ## Pelajaran [lessons]
    1. satu
    ## Indikator [indicators]
    - installed-app
      - id: Sudah instal
      - en: Installed
    ## Alasan [reasons]
    - documents
      - id: Dokumen
      - en: Documents

    """

  /// A manifest file from front-matter lines and a body.
  static func manifest(_ front: [String] = defaultFront, body: String = defaultBody) -> String {
    "---\n" + front.joined(separator: "\n") + "\n---\n" + body
  }

  /// `defaultBody` with `old` replaced by `new` (which may add or remove lines).
  static func body(replacing old: String, with new: String) -> String {
    defaultBody.replacing(old, with: new)
  }

  /// Parses `text` as ``path``.
  static func parse(_ text: String) -> (manifest: CourseManifest?, diagnostics: [Diagnostic]) {
    ManifestParser.parse(Array(text.utf8), path: path)
  }

  /// An error in ``path``.
  static func fault(_ line: Int, _ column: Int, _ message: CheckMessage) -> Diagnostic {
    error(line, column, message, path: path)
  }

  @Test func parsesEveryPart() throws {
    let text = Self.manifest(
      Self.defaultFront + ["pass-mark: 80", "attempts: 3", "course-test: satu"],
      body: "# Kursus\n\n" + Self.defaultBody.replacing("1. satu", with: "1. satu\n2. dua\n- tiga"))
    let (parsed, diagnostics) = Self.parse(text)
    #expect(diagnostics == [])
    let manifest = try #require(parsed)
    #expect(manifest.id == "kursus")
    #expect(manifest.languages == [.id, .en])
    #expect(manifest.primaryLanguage == .id)
    #expect(manifest.titles == [.id: "Judul", .en: "Title"])
    #expect(manifest.title(in: .en) == "Title")
    #expect(manifest.passMark == 80)
    #expect(manifest.attempts == 3)
    #expect(manifest.courseTest == "satu")
    #expect(manifest.lessons.map(\.id) == ["satu", "dua", "tiga"])
    #expect(
      manifest.lessons.map(\.location)
        == [13, 14, 15].map {
          LatihCourse.SourceLocation(path: Self.path, line: $0, column: $0 == 15 ? 3 : 4)
        })
    #expect(manifest.indicators.map(\.id) == ["installed-app"])
    #expect(manifest.indicator("installed-app")?.labels == [.id: "Sudah instal", .en: "Installed"])
    #expect(manifest.indicators.first?.location.line == 17)
    #expect(manifest.indicators.first?.location.column == 3)
    #expect(manifest.reason("documents")?.label(in: .en) == "Documents")
    #expect(manifest.path == Self.path)
  }

  @Test func defaultsAndLanguageList() throws {
    let front = ["id: kursus", "languages: en,id id", "title.id: Judul", "title.en: Title"]
    let manifest = try #require(Self.parse(Self.manifest(front)).manifest)
    #expect(manifest.languages == [.en, .id])
    #expect(manifest.passMark == 70)
    #expect(manifest.attempts == 2)
    #expect(manifest.courseTest == nil)
  }

  @Test func labelsAreSanitized() throws {
    let body = Self.body(replacing: "Sudah instal", with: "Sudah\u{1B}[2J instal")
    let (manifest, diagnostics) = Self.parse(Self.manifest(body: body))
    #expect(diagnostics == [Self.fault(11, 14, .controlCharacter(0x1B))])
    #expect(manifest?.indicators.first?.labels[.id] == "Sudah\u{FFFD}[2J instal")
  }

  static let frontCases: [DiagnosticCase] = [
    .init("no front matter", file: "## X [lessons]\n", [fault(1, 1, .missingFrontMatter)]),
    .init(
      "unknown language", file: manifest(["id: k", "languages: id, xx", "title.id: J"]),
      [fault(3, 16, .unknownLanguage("xx"))]),
    .init(
      "two unknown languages", file: manifest(["id: k", "languages: fr,id  de", "title.id: J"]),
      [fault(3, 12, .unknownLanguage("fr")), fault(3, 19, .unknownLanguage("de"))]),
    .init(
      "unknown title language", file: manifest(defaultFront + ["title.fr: Titre"]),
      [fault(6, 1, .unknownLanguage("fr"))]),
    .init(
      "missing title", file: manifest(["id: k", "languages: id, en", "title.id: J"]),
      [fault(1, 1, .missingTitle(.en))]),
    .init(
      "empty title", file: manifest(["id: k", "languages: id", "title.id:"]),
      [fault(1, 1, .missingTitle(.id))]),
    .init(
      "missing languages", file: manifest(["id: k", "title.id: J"]),
      [fault(1, 1, .missingKey("languages"))]),
    .init(
      "missing id", file: manifest(Array(defaultFront.dropFirst())),
      [fault(1, 1, .missingKey("id"))]),
    .init(
      "invalid course id", file: manifest(["id: Kursus A"] + defaultFront.dropFirst()),
      [fault(2, 5, .invalidID("Kursus A"))]),
    .init(
      "unknown key", file: manifest(defaultFront + ["author: Budi"]),
      [fault(6, 1, .unknownKey("author"))]),
    .init(
      "pass mark out of range", file: manifest(defaultFront + ["pass-mark: 0"]),
      [fault(6, 12, .invalidNumber(key: "pass-mark", value: "0", range: 1...100))]),
    .init(
      "attempts out of range", file: manifest(defaultFront + ["attempts: 9"]),
      [fault(6, 11, .invalidNumber(key: "attempts", value: "9", range: 1...5))]),
    .init(
      "invalid course-test id", file: manifest(defaultFront + ["course-test: Tes"]),
      [fault(6, 14, .invalidID("Tes"))]),
    .init(
      "course-test not listed", file: manifest(defaultFront + ["course-test: tes"]),
      [fault(6, 14, .courseTestNotListed("tes"))]),
  ]

  @Test(arguments: frontCases)
  func frontMatter(_ row: DiagnosticCase) {
    #expect(Self.parse(row.text).diagnostics == row.expected)
  }

  @Test(arguments: [
    ("missing id", 0), ("invalid id", 1), ("missing languages", 2), ("only unknown languages", 3),
  ])
  func unusableManifestIsNil(name: String, variant: Int) {
    let fronts = [
      ["languages: id", "title.id: J"], ["id: K", "languages: id", "title.id: J"],
      ["id: k", "title.id: J"], ["id: k", "languages: fr", "title.id: J"],
    ]
    #expect(Self.parse(Self.manifest(fronts[variant])).manifest == nil, "\(name)")
  }
}
