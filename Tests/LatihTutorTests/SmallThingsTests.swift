import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTestSupport
@testable import LatihTutor

/// Small things a careful product gets right: punctuation, labels kept whole, examples
/// that fit the question, and no "progress saved" when nobody has any.
@Suite struct SmallThingsTests {
  @Test(arguments: Language.allCases)
  func aSuggestedTitleEndingInPunctuationGetsNoSecondStop(_ language: Language) {
    let question = TutorText.suggestion(number: 1, title: "Apa Itu Pemasaran Afiliasi?")
    #expect(question.text(in: language).hasSuffix("Afiliasi?"))
    let plain = TutorText.suggestion(number: 2, title: "Tips Konten")
    #expect(plain.text(in: language).hasSuffix("Konten."))
  }

  @Test(arguments: [(3, "c a b"), (4, "d a b c"), (5, "e a b c d")])
  func anOrderExampleUsesAsManyLettersAsItems(letters: Int, example: String) {
    for language in Language.allCases {
      #expect(
        TutorText.instruction(.order, letters: letters).text(in: language).hasSuffix(example))
    }
  }

  @Test(arguments: Language.allCases)
  func theTestLabelNeverSplitsAcrossLines(_ language: Language) throws {
    let course = try TutorCourse.bundled()
    let menu = CourseMenu(course: course, language: language, progress: nil)
    let label = CourseText.testTag.text(in: language)
    for width in 30...60 {
      let lines = menu.render(language: language, width: width, style: .plain)
      let joined = lines.joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
      #expect(joined.contains("[" + label + "]"), "width \(width)")
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }
  }

  @Test func endOfInputAtTheNamePromptDoesNotClaimSavedProgress() throws {
    try TemporaryDirectory.with { directory in
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SeededIdentifierSource(seed: 1), create: true)
      let course = try TutorCourse.load()
      for language in Language.allCases {
        let terminal = ScriptedTerminal(lines: [])
        let driver = TutorDriver(
          terminal: terminal, store: store, course: course, language: language,
          options: TutorOptions())
        #expect(driver.runHome() == .ok)
        #expect(!terminal.output.contains(TutorText.progressSaved.text(in: language)))
        #expect(terminal.output.contains(TutorText.goodbye.text(in: language)))
      }
    }
  }
}
