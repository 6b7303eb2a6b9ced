import Testing

@testable import LatihBase
@testable import LatihCourse

/// `- for: …` under a reason in `course.md`: which indicators a reason explains.
@Suite struct ReasonTieTests {
  /// A manifest with two indicators (lines 10 and 13) and reasons from line 17 on.
  static func manifest(reasons: String) -> String {
    """
    ---
    id: kursus
    languages: id, en
    title.id: Judul
    title.en: Title
    ---
    ## Pelajaran [lessons]
    1. satu
    ## Indikator [indicators]
    - installed-app
      - id: Sudah instal
      - en: Installed
    - affiliate-account
      - id: Akun afiliasi
      - en: Affiliate account
    ## Alasan [reasons]

    """ + reasons
  }

  static func parse(_ reasons: String) -> (manifest: CourseManifest?, diagnostics: [Diagnostic]) {
    ManifestParser.parse(Array(manifest(reasons: reasons).utf8), path: "course.md")
  }

  @Test func aTiedReasonExplainsOnlyItsIndicatorsAndAnUntiedOneExplainsAll() throws {
    let (parsed, diagnostics) = Self.parse(
      """
      - documents
        - id: Dokumen
        - for: affiliate-account
        - en: Documents
      - phone-storage
        - id: Memori penuh
        - en: Storage full
        - for: installed-app,affiliate-account
      - other
        - id: Lain
        - en: Other

      """)
    #expect(diagnostics == [])
    let manifest = try #require(parsed)
    #expect(manifest.reason("documents")?.indicators == ["affiliate-account"])
    #expect(manifest.reason("documents")?.labels == [.id: "Dokumen", .en: "Documents"])
    #expect(manifest.reason("phone-storage")?.indicators == ["installed-app", "affiliate-account"])
    #expect(manifest.reason("other")?.indicators == [])
    #expect(manifest.reasons(for: "installed-app").map(\.id) == ["phone-storage", "other"])
    #expect(
      manifest.reasons(for: "affiliate-account").map(\.id) == [
        "documents", "phone-storage", "other",
      ])
    #expect(manifest.reasons(for: "video-content").map(\.id) == ["other"])
    #expect(manifest.indicators.allSatisfy { $0.indicators.isEmpty })
  }

  @Test func unknownIndicatorsAreNamedWhereTheyAreWritten() throws {
    let (parsed, diagnostics) = Self.parse(
      """
      - documents
        - id: Dokumen
        - en: Documents
        - for: affiliate-account, video-content ,instaled-app

      """)
    let known = ["installed-app", "affiliate-account"]
    #expect(
      diagnostics == [
        error(20, 29, .unknownIndicator("video-content", known: known), path: "course.md"),
        error(20, 44, .unknownIndicator("instaled-app", known: known), path: "course.md"),
      ])
    #expect(try #require(parsed).reason("documents")?.indicators == ["affiliate-account"])
  }

  @Test func aTieOnAnIndicatorAnEmptyTieASecondTieAndABadIDAreErrors() {
    let text = Self.manifest(
      reasons: """
        - documents
          - id: Dokumen
          - en: Documents
          - for:
        - age
          - id: Usia
          - en: Age
          - for: affiliate-account
          - for: installed-app
        - other
          - id: Lain
          - en: Other
          - for: Akun_Afiliasi

        """
    ).replacing("  - en: Installed\n", with: "  - en: Installed\n  - for: affiliate-account\n")
    let (_, diagnostics) = ManifestParser.parse(Array(text.utf8), path: "course.md")
    #expect(
      diagnostics == [
        error(13, 5, .reasonTieOnIndicator, path: "course.md"),
        error(21, 5, .reasonTieEmpty, path: "course.md"),
        error(26, 5, .duplicateKey("for"), path: "course.md"),
        error(30, 10, .invalidID("Akun_Afiliasi"), path: "course.md"),
      ])
  }

  @Test func theBundledCourseTiesItsNewReasons() throws {
    let manifest = try SmallCourse.bundled().manifest
    #expect(manifest.reason("waiting-approval")?.indicators == ["affiliate-account"])
    #expect(manifest.reason("phone-storage")?.indicators == ["installed-app", "video-content"])
    for indicator in manifest.indicators {
      #expect(manifest.reasons(for: indicator.id).contains { $0.id == "other" })
    }
  }
}
