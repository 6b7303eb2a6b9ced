import LatihBase

/// A loaded course: the manifest and every lesson that parsed without errors, per
/// language.
package struct Course: Sendable {
  package var manifest: CourseManifest
  /// The folder the course was loaded from.
  package var directory: String
  /// Lessons by language and id. A lesson with errors in a language is missing there.
  package var lessons: [Language: [String: Lesson]]

  package init(manifest: CourseManifest, directory: String, lessons: [Language: [String: Lesson]]) {
    self.manifest = manifest
    self.directory = directory
    self.lessons = lessons
  }

  /// Lesson ids in course order.
  package var lessonIDs: [String] { manifest.lessons.map(\.id) }

  /// The lesson in `language`, falling back to the primary language when a translation
  /// is missing or broken; nil when no usable version exists.
  package func lesson(_ id: String, in language: Language) -> Lesson? {
    lessons[language]?[id] ?? lessons[manifest.primaryLanguage]?[id]
      ?? manifest.languages.lazy.compactMap { lessons[$0]?[id] }.first
  }

  /// The usable lessons in course order, in `language` where possible.
  package func orderedLessons(in language: Language) -> [Lesson] {
    lessonIDs.compactMap { lesson($0, in: language) }
  }

  /// The course test (pre-test / post-test), if the course has one.
  package func courseTest(in language: Language) -> Lesson? {
    manifest.courseTest.flatMap { lesson($0, in: language) }
  }

  /// Tries per question in `lesson`.
  package func attempts(for lesson: Lesson) -> Int {
    lesson.attempts ?? manifest.attempts
  }
}
