import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihCourse
@testable import LatihTutor

/// `latih present` on a projector of 120×35 and on a phone-sized 40×20: one screenful at
/// a time, no faint text, lines within the width, questions with their options and the
/// answer only after `j`.
@Suite struct PresentCommandTests {
  static func bundled() throws -> Course {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let result = CourseLoader(fileSystem: SystemFileSystem())
      .loadCourse(at: root.appendingPathComponent("lessons").path)
    return try #require(result.course)
  }

  @Test(arguments: [(120, 35), (40, 20)])
  func everyScreenFitsAndTheAnswerWaitsForItsKey(_ size: (Int, Int)) throws {
    let course = try Self.bundled()
    for language in Language.allCases {
      for lesson in course.orderedLessons(in: language) {
        let presentation = Presentation(lesson: lesson)
        // At each slide and part: reveal (nothing to reveal on a page), then on.
        let keys = Array(repeating: ["j", ""], count: presentation.slides.count * 6)
          .flatMap { $0 }
        let terminal = ScriptedTerminal(
          lines: keys, width: size.0, height: size.1, isInteractive: true, colored: true)
        let status = PresentCommand.show(presentation, on: terminal, language: language) {
          "END"
        }
        #expect(status == .ok)
        #expect(terminal.output.hasSuffix("END\n"), "\(lesson.id) reached its end")
        #expect(!terminal.output.contains("\u{1B}[2m"), "no faint text")
        let screens = terminal.output.components(separatedBy: TutorRenderer.clearScreen)
          .dropFirst()
        for screen in screens {
          let rows = screen.replacingOccurrences(of: "END\n", with: "")
            .replacing(#/\x1B\[[0-9;]*m/#, with: "")
            .split(separator: "\n", omittingEmptySubsequences: false)
          #expect(rows.count <= size.1, "\(lesson.id):\n\(screen)")
          for row in rows { #expect(DisplayWidth.of(row) <= size.0, "\(row)") }
          #expect(rows.first.map { lesson.title.hasPrefix(String($0)) } == true, "title on top")
        }
        let right = TutorText.rightAnswerIs("").text(in: language).prefix(8)
        let answers = screens.filter { $0.contains(right) }.count
        #expect(answers >= lesson.questions.count, "\(lesson.id): every answer revealed once")
        for question in lesson.questions {
          let instruction = TutorText.instruction(question.kind, letters: 4).text(in: language)
          #expect(!terminal.output.contains(instruction), "no typing instructions")
        }
      }
    }
  }
}
