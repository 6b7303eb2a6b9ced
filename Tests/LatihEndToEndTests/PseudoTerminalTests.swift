import Foundation
import LatihBase
import LatihCourse
import LatihTutor
import Testing

/// The real `latih` on a pseudo-terminal of a phone's size (40×20, as in Termux) and a
/// laptop's (80×24), in Indonesian and English, read screen by screen as a person sees
/// it: the lesson title and the page line on every page and part, a wrong answer's
/// feedback on screen while the next key is awaited, nothing of the previous person in
/// the scrollback after a hand-over.
@Suite(.serialized) struct PseudoTerminalTests {
  struct Size: Sendable, CustomTestStringConvertible {
    var width: Int
    var height: Int
    var language: Language
    var testDescription: String { "\(width)×\(height) \(language.rawValue)" }
  }

  static let sizes = [(40, 20), (80, 24)].flatMap { size in
    Language.allCases.map { Size(width: size.0, height: size.1, language: $0) }
  }

  /// The page line's first word ("Halaman" / "Page").
  static func pageWord(_ script: CourseScript) -> String {
    String(script.text(TutorText.pageOf(page: 1, count: 1)).split(separator: " ")[0])
  }

  @Test(arguments: sizes)
  func everyPagePartShowsTheTitleAndPageLineAndWrongFeedbackStays(_ size: Size) throws {
    let script = try CourseScript(size.language)
    let lesson = try script.lesson("apa-itu-afiliasi")
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let terminal = try PseudoTerminal(
      ["learn", "apa-itu-afiliasi", "--no-shuffle"], data: data, width: size.width,
      height: size.height, language: size.language.rawValue)
    try terminal.waitFor(">")
    terminal.type("Ani")
    try terminal.waitFor("[n]")
    terminal.type("")
    let pageWord = Self.pageWord(script)
    let firstQuestion = script.text(TutorText.questionOf(number: 1, count: lesson.questions.count))
    var seen = Set<String>()
    var parts = 0
    // Enter through every page and part up to the quiz, checking each screen.
    for _ in 0..<60 {
      try terminal.waitFor("a page") { $0.lines.contains { $0.hasPrefix(pageWord) } }
      let screen = terminal.screen
      let lines = screen.lines
      #expect(lines.count == size.height)
      #expect(
        lesson.title.hasPrefix(lines[0]) && !lines[0].isEmpty, "title on top:\n\(screen.text)")
      let pageLine = try #require(lines.prefix(3).first { $0.hasPrefix(pageWord) })
      #expect(pageLine.contains("/\(lesson.pages.count)"))
      #expect(lines.prefix(4).joined(separator: " ").contains("Ani"), "name on top")
      if pageLine.contains("(") { parts += 1 }
      seen.insert(pageLine.components(separatedBy: "  ")[0])
      if screen.words.contains(firstQuestion) { break }
      let before = screen.text
      terminal.type("")
      try terminal.waitFor("the next screen") { $0.text != before }
    }
    #expect(seen.count >= lesson.pages.count, "pages seen: \(seen.sorted())")
    if size.width == 40 { #expect(parts > 0, "a long page at 40×20 is shown in parts") }

    // A wrong answer twice: the feedback and the right answer stay until Enter.
    let question = lesson.questions[0]
    terminal.type(script.wrong(question))
    try terminal.waitFor(script.text(TutorText.tryAgain(left: 1)).components(separatedBy: " ")[0])
    terminal.type(script.wrong(question))
    let wrong = script.text(TutorText.wrong)
    let enter = script.text(ScreenText.pressEnter)
    try terminal.waitFor("the feedback") { $0.words.contains(enter) }
    let feedback = terminal.screen
    #expect(feedback.words.contains(wrong), "feedback on screen:\n\(feedback.text)")
    #expect(feedback.words.contains(script.text(TutorText.rightAnswerIs("")).trimmingCharacters()))
    #expect(feedback.lines[0] != "" && lesson.title.hasPrefix(feedback.lines[0]))
    // Enter: the next question replaces it.
    terminal.type("")
    let second = script.text(TutorText.questionOf(number: 2, count: lesson.questions.count))
    try terminal.waitFor("the second question") { $0.words.contains(second) }
    #expect(!terminal.screen.words.contains(wrong))
    terminal.type("q")
    #expect(try terminal.waitForExit() == 0)
  }

  @Test(arguments: Language.allCases)
  func theListKeepsItsErrorInViewAndAHandOverLeavesNothingToScrollBackTo(
    _ language: Language
  ) throws {
    let script = try CourseScript(language)
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let terminal = try PseudoTerminal(
      [], data: data, width: 40, height: 20, language: language.rawValue)
    try terminal.waitFor(">")
    terminal.type("Siti Aminah")
    try terminal.waitFor("[n]")
    terminal.type("")
    let keys = "[q]"
    try terminal.waitFor("the lesson list") { $0.words.contains(keys) }
    terminal.type("99")
    let typo = script.text(TutorText.menuTypo(count: script.course.lessonIDs.count))
    try terminal.waitFor("the list's error") { $0.words.contains(typo) }
    let list = terminal.screen
    #expect(list.lines.count == 20)
    #expect(list.words.contains("Siti Aminah"))
    #expect(
      list.lines.last { !$0.isEmpty }?.hasPrefix(">") == true,
      "the prompt is in view:\n\(list.text)")
    // Open the suggested lesson, answer, then save and quit: the next person's turn.
    terminal.type("")
    try terminal.waitFor("a page") { $0.lines.contains { $0.hasPrefix(Self.pageWord(script)) } }
    terminal.type("q")
    let next = script.text(TutorText.nextParticipant)
    try terminal.waitFor("the hand-over") { $0.words.contains(next) }
    let history = terminal.screen.history
    #expect(!history.contains("Siti"), "scrollback after the hand-over:\n\(history)")
    #expect(!history.contains("Aminah"))
    #expect(!history.contains(Self.pageWord(script) + " "))
    #expect(terminal.transcript.contains("\u{1B}[3J"))
    terminal.type("q")
    #expect(try terminal.waitForExit() == 0)
  }
}
