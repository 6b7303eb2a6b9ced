import LatihBase
import LatihCourse

/// `latih check [PATH...]`: validates course folders and lesson files.
enum CheckCommand: Command {
  static let name = "check"
  static let options: [Arguments.Option] = [.maxAge]
  static let help = HelpText.check

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let paths =
      invocation.arguments.positionals.isEmpty
      ? [try invocation.courseDirectory()] : invocation.arguments.positionals
    let loader = CourseLoader(fileSystem: invocation.context.fileSystem)
    let printer = DiagnosticPrinter(language: invocation.language, style: invocation.errorStyle)
    let age = FactAge(now: invocation.context.clock.now(), maximumDays: try maximumAge(invocation))
    var failed = false
    for path in paths {
      var result = check(path, loader: loader)
      if let course = result.course {
        result.diagnostics = (result.diagnostics + age.warnings(for: course))
          .sorted { $0.location < $1.location }
      }
      printer.print(result.diagnostics, to: invocation.context.errors)
      let summary: CheckMessage
      if result.errorCount > 0 {
        failed = true
        summary = .summaryFailed(errors: result.errorCount, warnings: result.warningCount)
        invocation.note(summary)
      } else {
        if result.course != nil {
          summary = .summaryOK(
            lessons: result.lessonCount, languages: result.languageCount,
            questions: result.questionCount, indicators: result.indicatorCount,
            warnings: result.warningCount)
        } else {
          summary = .filesOK(
            files: result.lessonCount, questions: result.questionCount,
            warnings: result.warningCount)
        }
        invocation.say(summary)
      }
    }
    return failed ? .failed : .ok
  }

  /// `--max-age DAYS`: after how many days a lesson's `checked:` date draws a warning.
  static func maximumAge(_ invocation: Invocation) throws(CommandFailure) -> Int {
    guard let days = try invocation.integer(.maxAge) else { return FactAge.defaultMaximumDays }
    guard (1...FactAge.largestMaximumDays).contains(days) else {
      throw CommandFailure(
        CLIMessage.invalidOptionValue(
          option: "--max-age", value: String(days),
          allowed: ["1–\(FactAge.largestMaximumDays)"]),
        .usage)
    }
    return days
  }

  /// Checks one path: a course folder, a folder of lesson files, `course.md` (its whole
  /// course) or a lesson file. Paths are used as typed (relative to the working
  /// directory), so diagnostics name files the way the user does.
  static func check(_ path: String, loader: CourseLoader) -> CourseLoader.Result {
    let info = try? loader.fileSystem.info(path)
    switch info?.kind {
    case .directory where loader.isCourse(path):
      return loader.loadCourse(at: path)
    case .directory:
      return loader.checkLessonFiles(lessonFiles(in: path, loader: loader))
    case .file where PathName.lastComponent(of: path) == CourseLoader.manifestName:
      return loader.loadCourse(at: PathName.parent(of: path))
    case .file:
      return loader.checkLessonFiles([path])
    default:
      var sink = DiagnosticSink()
      // Not there, or something Latih never reads: say which (a device is not "not found").
      let error =
        info.map { SystemError.notRegular($0.kind, .open, path: path) }
        ?? .notFound(.open, path: path)
      sink.error(SourceLocation(path: path, line: 1), .cannotRead(error))
      return CourseLoader.Result(
        course: nil, diagnostics: sink.diagnostics, lessonCount: 0, languageCount: 0,
        questionCount: 0, indicatorCount: 0)
    }
  }

  /// The `.md` lesson files in `directory` and its immediate subfolders.
  static func lessonFiles(in directory: String, loader: CourseLoader) -> [String] {
    let fileSystem = loader.fileSystem
    var files: [String] = []
    for name in (try? fileSystem.contentsOfDirectory(directory)) ?? [] {
      let path = PathName.join(directory, name)
      switch (try? fileSystem.info(path))?.kind {
      case .directory where !name.hasPrefix("."):
        for inner in (try? fileSystem.contentsOfDirectory(path)) ?? []
        where loader.isLessonFileName(inner) {
          files.append(PathName.join(path, inner))
        }
      case .some where loader.isLessonFileName(name):
        // A FIFO, a device or a link named like a lesson is checked too, so the reader
        // names it (never skipped without a word, never opened in a way that blocks).
        files.append(path)
      default:
        break
      }
    }
    return files
  }
}
