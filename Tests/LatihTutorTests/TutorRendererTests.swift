import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// The tutor's screens for the bundled course: within the width (40 for Termux, 80), only
/// SGR escapes when coloured, and nothing that colour alone says.
@Suite struct TutorRendererTests {
  /// A width and a language to render in.
  struct Screen: Sendable, CustomTestStringConvertible {
    var width: Int
    var language: Language
    var testDescription: String { "\(width) columns, \(language.rawValue)" }
  }

  static let screens = [40, 80].flatMap { width in
    Language.allCases.map { Screen(width: width, language: $0) }
  }

  /// Every output of walking every lesson of the bundled course, plus the extras.
  static func allOutputs(_ course: Course, _ language: Language) -> [[TutorOutput]] {
    course.orderedLessons(in: language).flatMap { lesson in
      LessonWalk.outputs(lesson, course: course) + LessonWalk.extras(lesson, course: course)
    }
  }

  @Test(arguments: screens)
  func everyLineFitsTheWidthWithAndWithoutColour(_ screen: Screen) throws {
    let course = try TutorCourse.bundled()
    let outputs = Self.allOutputs(course, screen.language)
    #expect(outputs.count > 300)
    for colored in [false, true] {
      let renderer = TutorRenderer(
        language: screen.language, width: screen.width, style: TextStyle(enabled: colored),
        clearsScreen: false)
      for output in outputs {
        for line in renderer.render(output).split(separator: "\n", omittingEmptySubsequences: false)
        where DisplayWidth.of(line) > screen.width {
          Issue.record("\(DisplayWidth.of(line)) columns: \(line)")
        }
      }
    }
  }

  @Test(arguments: screens)
  func colourAddsOnlySGREscapesAndNoMeaning(_ screen: Screen) throws {
    let course = try TutorCourse.bundled()
    let plain = TutorRenderer(
      language: screen.language, width: screen.width, style: .plain, clearsScreen: false)
    let colored = TutorRenderer(
      language: screen.language, width: screen.width, style: TextStyle(enabled: true),
      clearsScreen: false)
    var sawEscape = false
    for output in Self.allOutputs(course, screen.language) {
      let text = colored.render(output)
      let (stripped, foreign) = Escapes.strip(text)
      #expect(foreign.isEmpty, "non-SGR escapes: \(foreign)")
      #expect(Self.words(stripped) == Self.words(plain.render(output)), "colour adds no text")
      #expect(!plain.render(output).contains("\u{1B}"))
      sawEscape = sawEscape || text.contains("\u{1B}[")
    }
    #expect(sawEscape, "colour is used at all")
  }

  /// `text` as words, ignoring where lines were broken (and the bar of a note, repeated
  /// on each of its lines).
  static func words(_ text: String) -> [Substring] {
    text.split { $0 == " " || $0 == "\n" }.filter { $0 != "│" }
  }

  /// Colour escape sequences take no width, also in a word that starts a line.
  @Test func colourDoesNotChangeWhereLinesBreak() {
    let text = RichText(spans: [
      RichText.Span("Di pelajaran ini Anda mendaftar sebagai "),
      RichText.Span("kreator afiliasi", .strong), RichText.Span(" langsung dari aplikasi TikTok."),
    ])
    let plain = BlockRenderer(width: 40, style: .plain).wrap(text)
    let colored = BlockRenderer(width: 40, style: TextStyle(enabled: true)).wrap(text)
    #expect(
      plain == [
        "Di pelajaran ini Anda mendaftar sebagai", "kreator afiliasi langsung dari aplikasi",
        "TikTok.",
      ])
    #expect(colored.map { Escapes.strip($0).text } == plain)
  }

  @Test func aNewScreenClearsOnlyAnInteractiveTerminal() {
    let outputs: [TutorOutput] = [.newScreen, .message(.firstPage)]
    let person = TutorRenderer(language: .id, width: 40, style: .plain, clearsScreen: true)
    #expect(person.render(outputs) == "\u{1B}[H\u{1B}[2JIni halaman pertama.\n")
    let pipe = TutorRenderer(language: .id, width: 40, style: .plain, clearsScreen: false)
    #expect(pipe.render(outputs) == "\nIni halaman pertama.\n")
  }

  @Test func theKeysEndWithAPromptAndNoNewline() {
    let renderer = TutorRenderer(language: .id, width: 80, style: .plain, clearsScreen: false)
    #expect(
      renderer.render([.keys(.reading(canGoBack: false))])
        == "[Enter]\u{A0}lanjut\u{A0}· [m]\u{A0}menu\u{A0}· [?]\u{A0}bantuan\u{A0}· "
        + "[q]\u{A0}simpan\u{A0}&\u{A0}keluar\n> ")
  }

  @Test func keyHintsWrapOnlyBetweenHints() {
    let renderer = TutorRenderer(language: .id, width: 40, style: .plain, clearsScreen: false)
    let lines = renderer.render([.keys(.reading(canGoBack: true))]).split(separator: "\n")
    #expect(lines.count > 2)
    #expect(
      lines.dropLast().allSatisfy { line in
        line.split(separator: " ").allSatisfy { $0.hasPrefix("[") }
      })
  }

  /// Keys every hint must name in words, per language.
  @Test(arguments: LessonWalk.allHints)
  func everyKeyHintIsText(_ hints: KeyHints) {
    var keys: [String]
    switch hints {
    case .reading(let back): keys = ["[Enter]", "[m]", "[?]", "[q]"] + (back ? ["[b]"] : [])
    case .checklistItem: keys = ["[y]", "[n]", "[Enter]", "[b]", "[q]"]
    case .reason(let count): keys = ["[1–\(count)]", "[Enter]"]
    case .question: keys = ["[?]", "[m]", "[q]"]
    case .summary(let retry): keys = ["[Enter]", "[q]"] + (retry ? ["[r]"] : [])
    }
    for language in Language.allCases {
      let renderer = TutorRenderer(
        language: language, width: 200, style: .plain, clearsScreen: false)
      let text = renderer.render([.keys(hints)])
      for key in keys { #expect(text.contains(key), "\(language): \(text)") }
      if case .reading(false) = hints { #expect(!text.contains("[b]")) }
      if case .summary(false) = hints { #expect(!text.contains("[r]")) }
    }
  }

  @Test(arguments: Language.allCases)
  func rightAndWrongAreWordsAndSigns(_ language: Language) {
    let renderer = TutorRenderer(language: language, width: 40, style: .plain, clearsScreen: false)
    let right = Feedback(correct: true, explanations: [], hint: nil, triesLeft: 0, rightAnswer: nil)
    var wrong = right
    wrong.correct = false
    wrong.triesLeft = 1
    #expect(renderer.render([.feedback(right)]).hasPrefix("✓ "))
    #expect(renderer.render([.feedback(wrong)]).hasPrefix("✗ "))
    let words = language == .id ? ("Tepat", "Belum tepat") : ("Right", "Not quite")
    #expect(renderer.render([.feedback(right)]).contains(words.0))
    #expect(renderer.render([.feedback(wrong)]).contains(words.1))
  }

  @Test func aRevisitedChecklistNamesTheReasonInWords() throws {
    let course = try TutorCourse.load()
    let items = try #require(course.lesson("contoh", in: .id)).pages[2].items
    let marks = [
      "hp": ChecklistMark(run: "r", lesson: "contoh", item: "hp", done: false, reason: "documents")
    ]
    let renderer = TutorRenderer(language: .id, width: 40, style: .plain, clearsScreen: false)
    let text = renderer.render([
      .checklistOverview(items, marks: marks, reasons: course.manifest.reasons)
    ])
    #expect(
      text == "[-] Saya punya HP\n    belum (Kendala dokumen)\n[ ] Saya sudah menginstal TikTok\n"
        + "    belum diisi\n")
  }

  @Test func theRightAnswerOfAnOrderQuestionListsTheItemsInOrder() throws {
    let lesson = try #require(try TutorCourse.load().lesson("contoh", in: .id))
    let view = QuestionView(lesson.question(id: "urutan")!, seed: 0, shuffled: false)
    let renderer = TutorRenderer(language: .id, width: 40, style: .plain, clearsScreen: false)
    let feedback = Feedback(
      correct: false, explanations: [], hint: nil, triesLeft: 0, rightAnswer: view)
    #expect(
      renderer.render([.feedback(feedback)])
        == "✗ Belum tepat.\nJawaban yang benar: b c a\n  1. Login\n  2. Buka profil\n"
        + "  3. Pilih Creator Center\n")
  }
}

/// ANSI escape handling for checks.
enum Escapes {
  /// `text` without SGR sequences (`ESC [ digits ; … m`), and any other escapes found.
  static func strip(_ text: String) -> (text: String, foreign: [String]) {
    var result = ""
    var foreign: [String] = []
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\u{1B}" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      var sequence = "\u{1B}"
      var isSGR = scalars.first == "["
      if isSGR { sequence += String(scalars.removeFirst()) }
      while isSGR, let next = scalars.first, next != "m" {
        isSGR = ("0"..."9").contains(next) || next == ";"
        if isSGR { sequence += String(scalars.removeFirst()) }
      }
      if isSGR && scalars.first == "m" {
        scalars.removeFirst()
      } else {
        foreign.append(sequence)
      }
    }
    return (result, foreign)
  }
}
