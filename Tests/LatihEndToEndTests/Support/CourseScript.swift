import Foundation
import LatihBase
import LatihCourse
import LatihTutor
import Testing

/// Where things are: the built binary, the repository's lessons, fresh data folders.
enum Paths {
  /// The repository (three folders above this file's folder).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let lessons = root.appendingPathComponent("lessons")

  /// The `latih` built next to the test bundle (the products folder of `swift build`).
  static func binary() throws -> URL {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(), here,
      Bundle(for: LatihProcess.self).bundleURL.deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("latih") }
    if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }
    ) {
      return found
    }
    throw LatihProcessError(description: "no built latih in \(candidates.map(\.path))")
  }

  /// A data folder that does not exist yet, in a new temporary folder of its own (which
  /// also serves as HOME, so nothing can reach the real data folder).
  static func freshData() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("latih-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("data")
  }

  /// Deletes the temporary folder of a data folder made by ``freshData()``.
  static func remove(_ data: URL) {
    try? FileManager.default.removeItem(at: data.deletingLastPathComponent())
  }
}

/// What to type for the bundled course, read from its lesson files: answers as a
/// `--no-shuffle` run shows the options.
struct CourseScript {
  let course: Course
  let language: Language

  init(_ language: Language) throws {
    let result = CourseLoader(fileSystem: SystemFileSystem()).loadCourse(at: Paths.lessons.path)
    course = try #require(result.course)
    self.language = language
  }

  func lesson(_ id: String) throws -> Lesson { try #require(course.lesson(id, in: language)) }

  /// A question as a `--no-shuffle` run shows it (order questions with seed 0).
  func view(_ question: Question) -> QuestionView {
    QuestionView(question, seed: 0, shuffled: false)
  }

  func right(_ question: Question) -> String {
    switch question.key {
    case .single, .multiple, .order: return view(question).correctLetters
    case .trueFalse(let value): return language == .en ? (value ? "t" : "f") : (value ? "b" : "s")
    case .short(let accepted): return accepted[0]
    }
  }

  func wrong(_ question: Question) -> String {
    let shown = view(question)
    switch question.key {
    case .single(let options), .multiple(let options):
      return QuestionView.letter(shown.order.firstIndex { !options[$0].isCorrect }!)
    case .order(let items): return items.indices.map(QuestionView.letter).joined(separator: " ")
    case .trueFalse(let value): return language == .en ? (value ? "f" : "t") : (value ? "s" : "b")
    case .short: return "tidak tahu"
    }
  }

  /// Lines through every page of `lesson`: Enter on reading pages, `y` for checklist
  /// items, right answers (a wrong one first for the questions in `wrongFirst`).
  func lines(through lesson: Lesson, wrongFirst: Set<String> = []) -> [String] {
    lesson.pages.flatMap { page -> [String] in
      switch page.kind {
      case .reading: return [""]
      case .checklist: return page.items.map { _ in "y" }
      case .quiz:
        return page.questions.flatMap { question in
          (wrongFirst.contains(question.id) ? [wrong(question)] : []) + [right(question)]
        }
      }
    }
  }

  /// The text of `message` in this language.
  func text(_ message: some LocalizedText) -> String { message.text(in: language) }

  /// `--lang en` for English.
  var languageArguments: [String] { language == .en ? ["--lang", "en"] : [] }
}

/// Checks on what `latih` printed.
enum Screen {
  /// The lines wider than `width` display columns. A prompt `> ` starts the line after it
  /// when input is piped (a terminal would echo the typed line there), so it is not
  /// counted.
  static func linesWider(than width: Int, in output: String) -> [String] {
    output.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
      var rest = Substring(line)
      while rest.hasPrefix("> ") { rest = rest.dropFirst(2) }
      return DisplayWidth.of(rest) > width ? String(line) : nil
    }
  }

  /// The words of `text`, one space between, however it was wrapped.
  static func words(_ text: String) -> String {
    text.split { $0 == " " || $0 == "\n" }.joined(separator: " ")
  }
}

/// `latih progress --format json` and the journals, parsed.
enum Recorded {
  /// The JSON progress of `who` (everyone when nil).
  static func progress(_ who: String?, data: URL) throws -> [String: Any] {
    let run = try LatihProcess.run(
      ["progress"] + (who.map { [$0] } ?? []) + ["--format", "json"], data: data)
    #expect(run.status == 0, "\(run.errors)")
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8))
    return try #require(object as? [String: Any])
  }

  /// The lessons of the only participant in `progress`, by id.
  static func lessons(_ progress: [String: Any]) throws -> [String: [String: Any]] {
    let people = try #require(progress["participants"] as? [[String: Any]])
    try #require(people.count == 1)
    let lessons = try #require(people[0]["lessons"] as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: lessons.map { ($0["id"] as? String ?? "", $0) })
  }

  /// The questions of a lesson entry: id → (tries, correct).
  static func questions(_ lesson: [String: Any]?) throws -> [String: (tries: Int, correct: Bool)] {
    let list = try #require(lesson?["questions"] as? [[String: Any]])
    return Dictionary(
      uniqueKeysWithValues: list.map {
        ($0["id"] as? String ?? "", ($0["tries"] as? Int ?? -1, $0["correct"] as? Bool ?? false))
      })
  }

  /// Every journal line of every participant, parsed, in file order.
  static func journal(data: URL) throws -> [[String: Any]] {
    let folder = data.appendingPathComponent("participants")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.filter { $0.hasSuffix(".jsonl") }.flatMap { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      return try text.split(separator: "\n").map { line in
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      }
    }
  }
}
