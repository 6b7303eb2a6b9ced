import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCourse

/// Loading a course folder from a temporary directory: every file checked, cross-file
/// problems located, broken lessons left out of the course.
@Suite struct CourseLoaderTests {
  private let loader = CourseLoader(fileSystem: SystemFileSystem())

  /// Writes the valid course, lets `change` alter it, loads it and hands the result over.
  private func load(
    _ change: (TemporaryDirectory) throws -> Void = { _ in },
    check: (CourseLoader.Result, TemporaryDirectory) throws -> Void
  ) throws {
    try TemporaryDirectory.with { directory in
      try CourseFixture.write(into: directory)
      try change(directory)
      try check(loader.loadCourse(at: directory.path), directory)
    }
  }

  @Test func validCourseLoads() throws {
    try load { directory in
      try directory.write("id/FORMAT.md", "# not a lesson")
      try directory.write("id/README.md", "not a lesson")
      try directory.write("id/.satu.md", "not a lesson")
      try directory.write("id/catatan.txt", "not a lesson")
    } check: { result, directory in
      #expect(result.diagnostics == [])
      #expect(result.errorCount == 0)
      #expect(result.warningCount == 0)
      #expect(result.lessonCount == 2)
      #expect(result.languageCount == 2)
      #expect(result.questionCount == 3)
      #expect(result.indicatorCount == 1)
      let course = try #require(result.course)
      #expect(course.directory == directory.path)
      #expect(course.lessonIDs == ["satu", "tes"])
      #expect(course.lesson("satu", in: .en)?.title == "One")
      #expect(course.lesson("satu", in: .id)?.title == "Satu")
      #expect(
        course.orderedLessons(in: .en).map(\.path)
          == ["en/satu.md", "en/tes.md"].map(directory.path))
      #expect(course.courseTest(in: .id)?.kind == .test)
      #expect(course.attempts(for: try #require(course.lesson("tes", in: .id))) == 2)
      #expect(loader.isCourse(directory.path))
    }
  }

  @Test func missingManifest() throws {
    try TemporaryDirectory.with { directory in
      let result = loader.loadCourse(at: directory.path)
      #expect(
        result.diagnostics == [error(1, 1, .manifestMissing(directory.path), path: directory.path)])
      #expect(result.course == nil)
      #expect(!loader.isCourse(directory.path))
    }
  }

  @Test func unusableManifestGivesNoCourse() throws {
    try load {
      try $0.write("course.md", "---\nid: Kursus\n---\n")
    } check: { result, directory in
      #expect(result.course == nil)
      #expect(result.errorCount == 5)
      #expect(result.diagnostics.allSatisfy { $0.location.path == directory.path("course.md") })
    }
  }

  @Test func languageFolderMissing() throws {
    try load { directory in
      try directory.removeFile("en/satu.md")
      try directory.removeFile("en/tes.md")
      try FileManager.default.removeItem(atPath: directory.path("en"))
    } check: { result, directory in
      let manifest = directory.path("course.md")
      #expect(
        result.diagnostics == [
          error(1, 1, .languageFolderMissing(.en), path: manifest),
          error(9, 4, .lessonNotFound(id: "satu", language: .en), path: manifest),
          error(10, 4, .lessonNotFound(id: "tes", language: .en), path: manifest),
        ])
    }
  }

  @Test func lessonMissingInALanguageFolder() throws {
    try load {
      try $0.removeFile("en/satu.md")
    } check: { result, directory in
      #expect(
        result.diagnostics == [
          error(9, 4, .lessonNotFound(id: "satu", language: .en), path: directory.path("course.md"))
        ])
      #expect(result.course?.lesson("satu", in: .en)?.title == "Satu")
    }
  }

  @Test func lessonFileNotInManifestIsAWarning() throws {
    try load { directory in
      try directory.write(
        "id/ekstra.md", CourseFixture.tes().replacing("id: tes", with: "id: ekstra"))
    } check: { result, directory in
      let path = directory.path("id/ekstra.md")
      #expect(result.diagnostics == [warning(1, 1, .lessonNotInManifest("ekstra"), path: path)])
      #expect(result.errorCount == 0)
      #expect(result.warningCount == 1)
    }
  }

  @Test func duplicateLessonIDAcrossFiles() throws {
    try load {
      try $0.write("id/zz.md", CourseFixture.tes())
    } check: { result, directory in
      let other = directory.path("id/tes.md")
      #expect(
        result.diagnostics == [
          error(
            1, 1, .duplicateLessonFile(id: "tes", otherPath: other),
            path: directory.path("id/zz.md"))
        ])
    }
  }

  @Test func courseTestMustBeATest() throws {
    try load {
      try $0.write("id/tes.md", CourseFixture.tes(kind: "lesson"))
    } check: { result, directory in
      let manifest = directory.path("course.md")
      let en = directory.path("en/tes.md")
      let primary = directory.path("id/tes.md")
      #expect(
        result.diagnostics == [
          error(1, 1, .courseTestNotTest("tes"), path: manifest),
          error(
            1, 1, .translationLessonKind(expected: .lesson, found: .test, primary: primary),
            path: en),
        ])
      #expect(result.course?.lessons[.en]?["tes"] == nil)
    }
  }

  @Test func unknownIndicatorLeavesTheLessonOut() throws {
    try load { directory in
      let text = CourseFixture.satu(("Satu", "Baca", "true")).replacing(
        "installed-app", with: "nope")
      try directory.write("id/satu.md", text)
    } check: { result, directory in
      let path = directory.path("id/satu.md")
      #expect(
        result.diagnostics == [
          error(9, 14, .unknownIndicator("nope", known: ["installed-app"]), path: path)
        ])
      let course = try #require(result.course)
      #expect(course.lessons[.id]?["satu"] == nil)
      #expect(course.lessons[.en]?["satu"] != nil)
      #expect(course.lesson("satu", in: .id)?.title == "One")
    }
  }

  @Test func translationMismatchLeavesTheTranslationOut() throws {
    try load { directory in
      try directory.write("en/satu.md", CourseFixture.satu(("One", "Read", "false")))
    } check: { result, directory in
      let primary = "\(directory.path("id/satu.md")):11"
      let detail = CheckMessage.QuestionMismatch.trueFalse(expected: true, found: false)
      let message = CheckMessage.translationQuestion(
        number: 1, id: "q1", detail: detail, primary: primary)
      #expect(result.diagnostics == [error(11, 1, message, path: directory.path("en/satu.md"))])
      let course = try #require(result.course)
      #expect(course.lessons[.en]?["satu"] == nil)
      #expect(course.lesson("satu", in: .en)?.title == "Satu")
    }
  }

  @Test func fileOverTheSizeLimit() throws {
    try load { directory in
      try directory.write(
        "id/satu.md", [UInt8](repeating: 0x0A, count: SourceText.maximumFileBytes + 1))
    } check: { result, directory in
      #expect(
        result.diagnostics == [
          error(
            9, 4, .lessonNotFound(id: "satu", language: .id), path: directory.path("course.md")),
          error(
            1, 1,
            .fileTooLarge(
              limit: SourceText.maximumFileBytes, size: SourceText.maximumFileBytes + 1),
            path: directory.path("id/satu.md")),
        ])
    }
  }

  @Test(arguments: ["symbolic link", "directory"])
  func unreadableLessonFile(kind: String) throws {
    try load { directory in
      if kind == "directory" {
        try directory.makeDirectory("id/folder.md")
      } else {
        try FileManager.default.createSymbolicLink(
          atPath: directory.path("id/folder.md"), withDestinationPath: directory.path("id/satu.md"))
      }
    } check: { result, directory in
      #expect(result.diagnostics.count == 1)
      let diagnostic = try #require(result.diagnostics.first)
      #expect(
        diagnostic.location
          == LatihCourse.SourceLocation(path: directory.path("id/folder.md"), line: 1))
      guard case .cannotRead = diagnostic.message else {
        Issue.record("expected cannotRead, got \(diagnostic.message)")
        return
      }
    }
  }

  @Test func diagnosticsAreSortedByFileLineAndColumn() throws {
    try load { directory in
      try directory.write("en/satu.md", CourseFixture.satu(("One", "Read [x]", "maybe")))
      try directory.write("id/tes.md", CourseFixture.tes() + "### C\n")
    } check: { result, _ in
      let locations = result.diagnostics.map(\.location)
      #expect(locations == locations.sorted())
      #expect(result.errorCount == 3)
    }
  }
}
