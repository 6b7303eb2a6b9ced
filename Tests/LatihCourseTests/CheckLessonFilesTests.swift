import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCourse

/// `latih check FILE.md`: single lesson files, with indicators from the course above.
@Suite struct CheckLessonFilesTests {
  private let loader = CourseLoader(fileSystem: SystemFileSystem())

  /// `satu.md` with `indicator` on its checklist item (line 9, `[` at column 14).
  private func satu(indicator: String) -> String {
    CourseFixture.satu(("Satu", "Baca", "true")).replacing("installed-app", with: indicator)
  }

  @Test func indicatorsComeFromTheCourseAboveTheFile() throws {
    try TemporaryDirectory.with { directory in
      try CourseFixture.write(into: directory)
      try directory.write("id/satu.md", satu(indicator: "nope"))
      let paths = [directory.path("id/satu.md"), directory.path("en/tes.md")]
      let result = loader.checkLessonFiles(paths)
      #expect(
        result.diagnostics == [
          error(9, 14, .unknownIndicator("nope", known: ["installed-app"]), path: paths[0])
        ])
      #expect(result.lessonCount == 2)
      #expect(result.questionCount == 3)
      #expect(result.course == nil)
    }
  }

  @Test func withoutACourseIndicatorsAreNotChecked() throws {
    try TemporaryDirectory.with { directory in
      try directory.write("lepas/satu.md", satu(indicator: "apa-saja"))
      let result = loader.checkLessonFiles([directory.path("lepas/satu.md")])
      #expect(result.diagnostics == [])
      #expect(result.questionCount == 1)
    }
  }

  @Test func brokenManifestIsIgnoredForSingleFiles() throws {
    try TemporaryDirectory.with { directory in
      try directory.write("course.md", "bukan manifest")
      try directory.write("id/satu.md", satu(indicator: "apa-saja"))
      #expect(loader.checkLessonFiles([directory.path("id/satu.md")]).diagnostics == [])
    }
  }

  @Test func missingFileCannotBeRead() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.path("id/tidak-ada.md")
      let result = loader.checkLessonFiles([path])
      #expect(
        result.diagnostics.map(\.location) == [LatihCourse.SourceLocation(path: path, line: 1)])
      guard case .cannotRead(let failure) = result.diagnostics.first?.message else {
        Issue.record("expected cannotRead")
        return
      }
      #expect(failure.kind == .notFound)
    }
  }

  @Test(arguments: [
    ("satu.md", true), ("Satu.MD", true), ("FORMAT.md", false), ("format.md", false),
    ("README.md", false), ("readme.MD", false), (".satu.md", false), ("satu.txt", false),
    ("satu.md.bak", false), ("md", false),
  ])
  func lessonFileNames(name: String, isLesson: Bool) {
    #expect(loader.isLessonFileName(name) == isLesson)
  }
}
