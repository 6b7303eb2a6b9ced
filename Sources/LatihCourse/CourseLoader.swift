import LatihBase

/// Loads and checks a course folder or single lesson files, through a ``FileSystem``.
package struct CourseLoader: Sendable {
  /// What loading found.
  package struct Result: Sendable {
    /// The course, when its manifest is usable; lessons with errors are left out of it.
    package var course: Course?
    /// Every problem, sorted by file, line and column.
    package var diagnostics: [Diagnostic]
    /// Lessons in the manifest.
    package var lessonCount: Int
    /// Languages of the course.
    package var languageCount: Int
    /// Questions in the primary language.
    package var questionCount: Int
    /// Evaluation indicators.
    package var indicatorCount: Int

    package init(
      course: Course?, diagnostics: [Diagnostic], lessonCount: Int, languageCount: Int,
      questionCount: Int, indicatorCount: Int
    ) {
      self.course = course
      self.diagnostics = diagnostics
      self.lessonCount = lessonCount
      self.languageCount = languageCount
      self.questionCount = questionCount
      self.indicatorCount = indicatorCount
    }

    package var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    package var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
  }

  /// The manifest's file name in a course folder.
  package static let manifestName = "course.md"

  package let fileSystem: any FileSystem

  package init(fileSystem: any FileSystem) { self.fileSystem = fileSystem }

  /// Whether `directory` holds a course manifest.
  package func isCourse(_ directory: String) -> Bool {
    (try? fileSystem.info(PathName.join(directory, Self.manifestName)))?.kind == .file
  }

  /// Loads the course in `directory`, checking every file and every translation.
  package func loadCourse(at directory: String) -> Result {
    var sink = DiagnosticSink()
    let manifestPath = PathName.join(directory, Self.manifestName)
    guard let bytes = read(manifestPath, into: &sink) else {
      if sink.diagnostics.isEmpty || !exists(manifestPath) {
        sink = DiagnosticSink()
        sink.error(SourceLocation(path: directory, line: 1), .manifestMissing(directory))
      }
      return finish(nil, sink, questions: 0)
    }
    let (parsedManifest, manifestDiagnostics) = ManifestParser.parse(bytes, path: manifestPath)
    sink.append(contentsOf: manifestDiagnostics)
    guard let manifest = parsedManifest else { return finish(nil, sink, questions: 0) }

    let indicatorIDs = manifest.indicators.map(\.id)
    var lessons: [Language: [String: Lesson]] = [:]
    var parsedAll: [Language: [String: Lesson]] = [:]
    var broken: Set<String> = []
    // Every lesson file is read and parsed first, on all cores (a course can have a
    // thousand); the results are then taken in the usual order, so diagnostics and
    // duplicates come out the same.
    let folders = manifest.languages.map { language in
      (language, try? fileSystem.contentsOfDirectory(PathName.join(directory, language.rawValue)))
    }
    let paths = folders.flatMap { language, names in
      (names ?? []).filter(isLessonFileName).map {
        PathName.join(PathName.join(directory, language.rawValue), $0)
      }
    }
    var parsed = ConcurrentMap.map(paths) { path -> ([Diagnostic], Lesson?) in
      var readSink = DiagnosticSink()
      guard let bytes = read(path, into: &readSink) else { return (readSink.diagnostics, nil) }
      let (lesson, diagnostics) = LessonParser.parse(bytes, path: path, indicators: indicatorIDs)
      return (readSink.diagnostics + diagnostics, lesson)
    }.makeIterator()
    for (language, names) in folders {
      guard names != nil else {
        sink.error(SourceLocation(path: manifestPath, line: 1), .languageFolderMissing(language))
        continue
      }
      let folder = PathName.join(directory, language.rawValue)
      for name in names ?? [] where isLessonFileName(name) {
        let path = PathName.join(folder, name)
        guard let (diagnostics, parsedLesson) = parsed.next() else { break }
        sink.append(contentsOf: diagnostics)
        guard let lesson = parsedLesson else { continue }
        if let other = parsedAll[language]?[lesson.id] {
          sink.error(
            SourceLocation(path: path, line: 1),
            .duplicateLessonFile(id: lesson.id, otherPath: other.path))
          continue
        }
        parsedAll[language, default: [:]][lesson.id] = lesson
        if diagnostics.contains(where: { $0.severity == .error }) {
          broken.insert(path)
        } else {
          lessons[language, default: [:]][lesson.id] = lesson
        }
        if !manifest.lessons.contains(where: { $0.id == lesson.id }) {
          sink.warning(SourceLocation(path: path, line: 1), .lessonNotInManifest(lesson.id))
        }
      }
    }
    for entry in manifest.lessons {
      for language in manifest.languages where parsedAll[language]?[entry.id] == nil {
        sink.error(entry.location, .lessonNotFound(id: entry.id, language: language))
      }
    }
    if let testID = manifest.courseTest, let test = parsedAll[manifest.primaryLanguage]?[testID],
      test.kind != .test
    {
      sink.error(SourceLocation(path: manifestPath, line: 1), .courseTestNotTest(testID))
    }
    // Translations against the primary language. A file with errors of its own is
    // compared once it is fixed: its broken questions would shift every later one.
    let primary = manifest.primaryLanguage
    for language in manifest.languages.dropFirst() {
      for entry in manifest.lessons {
        guard let original = parsedAll[primary]?[entry.id],
          let translation = parsedAll[language]?[entry.id],
          !broken.contains(original.path), !broken.contains(translation.path)
        else { continue }
        let mismatches = TranslationChecker.compare(translation, with: original)
        sink.append(contentsOf: mismatches)
        if !mismatches.isEmpty { lessons[language]?[entry.id] = nil }
      }
    }
    let questions = manifest.lessons.reduce(0) { total, entry in
      total + (parsedAll[primary]?[entry.id]?.questions.count ?? 0)
    }
    let course = Course(manifest: manifest, directory: directory, lessons: lessons)
    return finish(course, sink, questions: questions)
  }

  /// Checks individual lesson files (not a whole course). Indicator references are
  /// checked against the `course.md` of the folder above each file, when there is one.
  package func checkLessonFiles(_ paths: [String]) -> Result {
    var sink = DiagnosticSink()
    var questions = 0
    var manifests: [String: CourseManifest?] = [:]
    for path in paths {
      let courseDirectory = PathName.parent(of: PathName.parent(of: path))
      if manifests[courseDirectory] == nil {
        let manifestPath = PathName.join(courseDirectory, Self.manifestName)
        var ignored = DiagnosticSink()
        let manifest = read(manifestPath, into: &ignored).flatMap {
          ManifestParser.parse($0, path: manifestPath).manifest
        }
        manifests[courseDirectory] = .some(manifest)
      }
      let indicators = (manifests[courseDirectory] ?? nil)?.indicators.map(\.id)
      guard let bytes = read(path, into: &sink) else { continue }
      let (lesson, diagnostics) = LessonParser.parse(bytes, path: path, indicators: indicators)
      sink.append(contentsOf: diagnostics)
      questions += lesson?.questions.count ?? 0
    }
    var result = finish(nil, sink, questions: questions)
    result.lessonCount = paths.count
    return result
  }

  /// Whether a file in a language folder is a lesson (`.md`, not FORMAT.md or README.md).
  package func isLessonFileName(_ name: String) -> Bool {
    let lowered = name.lowercased()
    return lowered.hasSuffix(".md") && !lowered.hasPrefix(".") && lowered != "format.md"
      && lowered != "readme.md"
  }

  private func exists(_ path: String) -> Bool { fileSystem.exists(path) }

  /// Reads a course file, reporting an unreadable or over-large one.
  private func read(_ path: String, into sink: inout DiagnosticSink) -> [UInt8]? {
    let here = SourceLocation(path: path, line: 1)
    do {
      if let info = try fileSystem.info(path), info.kind == .file,
        info.size > SourceText.maximumFileBytes
      {
        sink.error(here, .fileTooLarge(limit: SourceText.maximumFileBytes, size: info.size))
        return nil
      }
      return try fileSystem.readFile(path, limit: SourceText.maximumFileBytes)
    } catch {
      sink.error(here, .cannotRead(error))
      return nil
    }
  }

  private func finish(_ course: Course?, _ sink: DiagnosticSink, questions: Int) -> Result {
    Result(
      course: course, diagnostics: sink.diagnostics.sorted { $0.location < $1.location },
      lessonCount: course?.manifest.lessons.count ?? 0,
      languageCount: course?.manifest.languages.count ?? 0, questionCount: questions,
      indicatorCount: course?.manifest.indicators.count ?? 0)
  }
}
