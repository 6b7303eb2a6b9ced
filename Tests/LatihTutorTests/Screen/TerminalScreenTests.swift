import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// The lesson screens on a terminal of 40×20 and 80×24: every step of every bundled
/// lesson, walked the hesitant way, drawn as screens that fit, with the lesson title and
/// the page line on top and feedback kept until Enter.
@Suite struct TerminalScreenTests {
  struct Size: Sendable, CustomTestStringConvertible {
    var width: Int
    var height: Int
    var language: Language
    var testDescription: String { "\(width)×\(height) \(language.rawValue)" }
  }

  static let sizes = [(40, 20), (80, 24)].flatMap { size in
    Language.allCases.map { Size(width: size.0, height: size.1, language: $0) }
  }

  /// The screens drawn (split at each clearing), each as its rows.
  static func screens(_ output: String) -> [[String]] {
    // Key hints keep their words together with no-break spaces: read them as spaces.
    output.components(separatedBy: TutorRenderer.clearScreen).dropFirst().map {
      $0.replacing("\u{00A0}", with: " ").split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
    }
  }

  /// Presents `steps` one after another with Enter typed at every read.
  static func draw(_ steps: [[TutorOutput]], size: Size, name: String = "Ani") throws -> String {
    let terminal = ScriptedTerminal(
      lines: Array(repeating: "", count: 5_000), width: size.width, height: size.height,
      isInteractive: true)
    let screen = TerminalScreen(terminal: terminal)
    let renderer = TutorRenderer(
      language: size.language, width: size.width, style: .plain, clearsScreen: true,
      participant: name)
    for step in steps {
      _ = try screen.present(step, renderer: renderer) { () throws(TutorDriver.Stop) in
        guard case .line(let line) = terminal.nextLine() else { throw .endOfInput }
        return line
      }
    }
    return terminal.output
  }

  @Test(arguments: sizes)
  func everyScreenFitsAndKeepsTheLessonTitleAndPageLineOnTop(_ size: Size) throws {
    let course = try TutorCourse.bundled()
    var pageScreens = 0
    for lesson in course.orderedLessons(in: size.language) {
      let output = try Self.draw(LessonWalk.outputs(lesson, course: course), size: size)
      let screens = Self.screens(output)
      #expect(screens.count > 10)
      let pageWord = TutorText.pageOf(page: 1, count: 1).text(in: size.language)
        .split(separator: " ")[0]
      for rows in screens {
        #expect(rows.count <= size.height, "\(lesson.id): \(rows.joined(separator: "\n"))")
        for row in rows { #expect(DisplayWidth.of(row) <= size.width, "\(lesson.id): \(row)") }
        guard rows.count > 1, rows[1].hasPrefix(pageWord) || rows[2].hasPrefix(pageWord) else {
          continue
        }
        pageScreens += 1
        #expect(!rows[0].isEmpty && lesson.title.hasPrefix(rows[0]), "\(lesson.id): \(rows[0])")
        #expect(rows.prefix(4).contains { $0.contains("Ani") })
      }
    }
    #expect(pageScreens > 50)
  }

  @Test(arguments: sizes)
  func feedbackWaitsForEnterBeforeTheNextQuestion(_ size: Size) throws {
    let course = try TutorCourse.bundled()
    let lesson = try #require(course.lesson("apa-itu-afiliasi", in: size.language))
    let output = try Self.draw(LessonWalk.outputs(lesson, course: course), size: size)
    let wrong = TutorText.wrong.text(in: size.language)
    let enter = ScreenText.pressEnter.text(in: size.language)
    let paused = Self.screens(output).filter { rows in
      rows.contains { $0.contains(wrong) } && rows.last == "> "
        && rows.dropLast().last?.contains(enter) == true
    }
    // Every question of the lesson is settled once with feedback that must be read.
    #expect(paused.count >= lesson.questions.count)
  }

  @Test func aLongPageIsShownInPartsNumberedOnTop() throws {
    let course = try TutorCourse.bundled()
    let size = Size(width: 40, height: 20, language: .id)
    let lesson = try #require(course.lesson("apa-itu-afiliasi", in: .id))
    let output = try Self.draw(LessonWalk.outputs(lesson, course: course), size: size)
    let parted = Self.screens(output).filter { $0.count > 1 && $0[1].contains("(bagian ") }
    #expect(!parted.isEmpty)
    #expect(parted.contains { $0[1].hasPrefix("Halaman 1/10 (bagian 1/2)") })
    #expect(parted.contains { $0[1].hasPrefix("Halaman 1/10 (bagian 2/2)") })
    // The last part says how to go back to the part before; earlier parts say it too.
    let last = try #require(parted.first { $0[1].hasPrefix("Halaman 1/10 (bagian 2/2)") })
    #expect(last.contains { $0.contains("[<] bagian sebelumnya") })
  }

  @Test func pagingKeys() {
    #expect(PagingKey("") == .forward)
    #expect(PagingKey("\u{1B}[C") == .forward)
    #expect(PagingKey("\u{1B}[6~") == .forward)
    #expect(PagingKey("<") == .back)
    #expect(PagingKey("\u{1B}[D") == .back)
    #expect(PagingKey("\u{1B}[5~") == .back)
    #expect(PagingKey("a") == .other)
    #expect(PagingKey("q") == .other)
  }

  @Test func typingOnAnEarlierPartGoesToTheLesson() throws {
    // `q` on part 1 of 2 is read by the lesson (save and quit), not swallowed by paging.
    let terminal = ScriptedTerminal(lines: ["q"], width: 40, height: 20, isInteractive: true)
    let screen = TerminalScreen(terminal: terminal)
    let renderer = TutorRenderer(language: .id, width: 40, style: .plain, clearsScreen: true)
    let long: [TutorOutput] = [
      .newScreen,
      .pageHeader(lessonTitle: "Judul", page: 1, pageCount: 2, title: RichText(plain: "Halaman")),
      .message(.welcome(course: String(repeating: "kata ", count: 200))),
      .keys(.reading(canGoBack: false)),
    ]
    let line = try screen.present(long, renderer: renderer) { () throws(TutorDriver.Stop) in
      guard case .line(let line) = terminal.nextLine() else { throw .endOfInput }
      return line
    }
    #expect(line == "q")
    #expect(terminal.output.contains("(bagian 1/"))
  }

  /// A typo on part 1 of a long page: the message comes under part 1, with the page's
  /// title still in view, and the reader goes on from there; a second typo replaces the
  /// first. (It used to show the page's end with the message, the title scrolled off.)
  @Test(arguments: sizes)
  func aTypoOnAnEarlierPartKeepsThatPartInView(_ size: Size) throws {
    let terminal = ScriptedTerminal(
      lines: ["xyz", "xyz", "", "q"], width: size.width, height: size.height,
      isInteractive: true)
    let screen = TerminalScreen(terminal: terminal)
    let renderer = TutorRenderer(
      language: size.language, width: size.width, style: .plain, clearsScreen: true)
    let long: [TutorOutput] = [
      .newScreen,
      .pageHeader(
        lessonTitle: "Judul", page: 1, pageCount: 2, title: RichText(plain: "Tajuk halaman")),
      .message(.welcome(course: String(repeating: "kata ", count: 600))),
      .keys(.reading(canGoBack: false)),
    ]
    let typo: [TutorOutput] = [.message(.readingTypo), .keys(.reading(canGoBack: false))]
    let read = { () throws(TutorDriver.Stop) -> String in
      guard case .line(let line) = terminal.nextLine() else { throw .endOfInput }
      return line
    }
    #expect(try screen.present(long, renderer: renderer, read: read) == "xyz")
    #expect(try screen.present(typo, renderer: renderer, read: read) == "xyz")
    #expect(try screen.present(typo, renderer: renderer, read: read) == "q")
    let screens = Self.screens(terminal.output)
    try #require(screens.count == 4)
    func onPart(_ screen: [String], _ part: Int) -> Bool {
      (2...9).contains { parts in
        let line = ScreenText.pagePart(page: 1, count: 2, part: part, parts: parts)
        return screen.contains { $0.hasPrefix(line.text(in: size.language)) }
      }
    }
    let typoText = TutorText.readingTypo.text(in: size.language)
    // The screens after each typo: part 1 with its title and one message; then Enter
    // goes on to part 2, the message still above the keys.
    for screen in screens[1...2] {
      let words = screen.joined(separator: " ").split(separator: " ").joined(separator: " ")
      #expect(screen.count <= size.height)
      #expect(onPart(screen, 1), "\(screen)")
      #expect(screen.contains { $0.contains("Tajuk halaman") }, "\(screen)")
      #expect(words.components(separatedBy: typoText).count == 2, "\(screen)")
    }
    #expect(onPart(screens[3], 2), "\(screens[3])")
    #expect(screens[3].joined(separator: " ").contains(typoText.split(separator: " ")[0]))
  }

  @Test func aNewTypoReplacesTheLastOneSoTheQuestionStaysInView() throws {
    let course = try TutorCourse.bundled()
    let lesson = try #require(course.lesson("tetap-aman", in: .id))
    let question = lesson.questions[0]
    let view = QuestionView(question, seed: 0, shuffled: false)
    let hints = KeyHints.question(question.kind, letters: view.choices.count, tries: 2)
    let size = Size(width: 40, height: 20, language: .id)
    let typo: [TutorOutput] = [.message(.readingTypo), .keys(hints)]
    let output = try Self.draw(
      [
        [
          .newScreen,
          .pageHeader(
            lessonTitle: lesson.title, page: 7, pageCount: 7, title: RichText(plain: "Kuis")),
          .question(number: 1, count: 5, view: view, attempt: 1, tries: 2), .keys(hints),
        ],
        typo, typo, typo, typo,
      ], size: size)
    let last = try #require(Self.screens(output).last)
    let typoText = TutorText.readingTypo.text(in: .id)
    let words = last.joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(words.components(separatedBy: typoText).count == 2, "one typo message:\n\(last)")
    #expect(words.contains(TutorText.questionOf(number: 1, count: 5).text(in: .id)))
  }
}
