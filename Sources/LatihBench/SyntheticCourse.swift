import LatihBase
import LatihCourse

/// A large course for `latih check`: `lessons` lessons in every language of a template
/// course, made by copying its ordinary lessons under new ids (`l001-apa-itu-afiliasi`,
/// …) and keeping its course test last. Every file is a real lesson, so the checker does
/// its full work (parsing, question checks, translation comparison).
package struct SyntheticCourse: Sendable {
  package var lessons: Int

  package init(lessons: Int) { self.lessons = max(1, lessons) }

  /// Why a course could not be made.
  package enum Failure: Error, CustomStringConvertible {
    case template(String)

    package var description: String {
      switch self {
      case .template(let detail): return "template course: \(detail)"
      }
    }
  }

  /// Writes the course from the template folder `template` into `directory` (created).
  /// Returns the number of lesson files written.
  @discardableResult
  package func write(from template: String, to directory: String) throws -> Int {
    let fileSystem = SystemFileSystem()
    let loaded = CourseLoader(fileSystem: fileSystem).loadCourse(at: template)
    guard let course = loaded.course else { throw Failure.template("\(template) does not load") }
    let test = course.manifest.courseTest
    let ordinary = course.lessonIDs.filter { $0 != test }
    guard !ordinary.isEmpty else { throw Failure.template("no ordinary lessons") }
    let manifestPath = PathName.join(template, CourseLoader.manifestName)
    let manifest = String(
      decoding: try fileSystem.readFile(manifestPath, limit: SourceText.maximumFileBytes),
      as: UTF8.self)
    var order: [String] = []
    var written = 0
    let copies = test == nil ? lessons : lessons - 1
    for language in course.manifest.languages {
      let folder = PathName.join(directory, language.rawValue)
      try fileSystem.makePrivateDirectory(folder)
      order = []
      for index in 0..<copies {
        let source = ordinary[index % ordinary.count]
        let id = "l" + String(index + 1).leftZeroPadded(3) + "-" + source
        try copy(course, source, language, id: id, into: folder, fileSystem)
        order.append(id)
        written += 1
      }
      if let test {
        try copy(course, test, language, id: test, into: folder, fileSystem)
        order.append(test)
        written += 1
      }
    }
    let list = order.enumerated().map { "\($0.offset + 1). \($0.element)" }
    try fileSystem.writeFileDurably(
      PathName.join(directory, CourseLoader.manifestName),
      Array(replacingLessonList(manifest, with: list).utf8))
    return written
  }

  /// Copies lesson `source` in `language` as `<id>.md` with its front matter id changed.
  private func copy(
    _ course: Course, _ source: String, _ language: Language, id: String, into folder: String,
    _ fileSystem: any FileSystem
  ) throws {
    guard let lesson = course.lessons[language]?[source] else {
      throw Failure.template("lesson \(source) missing in \(language.rawValue)")
    }
    let text = String(
      decoding: try fileSystem.readFile(lesson.path, limit: SourceText.maximumFileBytes),
      as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let idLine = lines.firstIndex(where: { $0.hasPrefix("id:") }) else {
      throw Failure.template("\(lesson.path) has no id line")
    }
    lines[idLine] = "id: " + id
    try fileSystem.writeFileDurably(
      PathName.join(folder, id + ".md"), Array(lines.joined(separator: "\n").utf8))
  }

  /// The manifest with the numbered list under its `[lessons]` heading replaced.
  private func replacingLessonList(_ manifest: String, with list: [String]) -> String {
    var result: [String] = []
    var inList = false
    for line in manifest.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## ") {
        inList = line.hasSuffix("[lessons]")
        result.append(String(line))
        if inList { result += list }
        continue
      }
      if inList, line.first?.isNumber == true { continue }
      result.append(String(line))
    }
    return result.joined(separator: "\n")
  }
}
