import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCourse

/// Courses for the course tests: one language from lesson texts, or the bundled one.
enum SmallCourse {
  /// A one-language (`id`) manifest listing `lessons`, with one indicator and two reasons.
  static func manifest(lessons: [String], courseTest: String? = nil) -> String {
    """
    ---
    id: kursus-uji
    languages: id
    title.id: Kursus Uji\(courseTest.map { "\ncourse-test: \($0)" } ?? "")
    ---

    ## Pelajaran [lessons]
    \(lessons.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n"))

    ## Indikator [indicators]
    - installed-app
      - id: Peserta sudah menginstal aplikasi TikTok

    ## Alasan [reasons]
    - documents
      - id: Kendala dokumen
    - other
      - id: Alasan lain

    """
  }

  /// Writes the course of `files` (lesson id → text, in `order`) into `directory/kursus`.
  static func write(
    _ files: [String: String], order: [String], courseTest: String? = nil,
    into directory: TemporaryDirectory
  ) throws {
    try directory.write("kursus/course.md", manifest(lessons: order, courseTest: courseTest))
    for (id, text) in files { try directory.write("kursus/id/\(id).md", text) }
  }

  /// Loads the course of `files`; fails the test on any diagnostic.
  static func load(
    _ files: [String: String], order: [String], courseTest: String? = nil
  ) throws -> Course {
    try TemporaryDirectory.with { directory in
      try write(files, order: order, courseTest: courseTest, into: directory)
      let result = CourseLoader(fileSystem: SystemFileSystem())
        .loadCourse(at: directory.path("kursus"))
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
      return try #require(result.course)
    }
  }

  /// The bundled course in the repository's `lessons/` (two folders above this file's).
  static func bundled() throws -> Course {
    let here = PathName.parent(of: #filePath)
    let root = PathName.parent(of: PathName.parent(of: here))
    let result = CourseLoader(fileSystem: SystemFileSystem())
      .loadCourse(at: PathName.join(root, "lessons"))
    #expect(result.errorCount == 0, "\(result.diagnostics)")
    return try #require(result.course)
  }
}
