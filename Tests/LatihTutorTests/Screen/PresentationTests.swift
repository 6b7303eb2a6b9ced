import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihTutor

/// `latih present` slides: a question per slide with its options, no typing instructions,
/// the answer only when revealed, no faint text.
@Suite struct PresentationTests {
  func renderer(_ language: Language, width: Int = 120) -> TutorRenderer {
    var style = TextStyle(enabled: true)
    style.dims = false
    return TutorRenderer(language: language, width: width, style: style, clearsScreen: true)
  }

  @Test(arguments: Language.allCases)
  func everyQuestionIsASlideWithItsChoicesAndNoInstructions(_ language: Language) throws {
    let course = try TutorCourse.bundled()
    for lesson in course.orderedLessons(in: language) {
      let presentation = Presentation(lesson: lesson)
      let questionSlides = presentation.slides.filter { $0.question != nil }
      #expect(questionSlides.count == lesson.questions.count)
      for slide in presentation.slides {
        let renderer = renderer(language)
        let hidden = presentation.body(slide, revealed: false, renderer: renderer)
        let shown = presentation.body(slide, revealed: true, renderer: renderer)
        let all = presentation.header(slide, part: (1, 2), renderer: renderer) + shown.lines
        for line in all {
          #expect(!line.contains("\u{1B}[2m"), "faint text: \(line)")
          #expect(DisplayWidth.of(line) <= 120)
        }
        guard let index = slide.question else {
          #expect(shown == hidden)
          continue
        }
        let question = lesson.pages[slide.page].questions[index]
        let instruction = TutorText.instruction(question.kind, letters: 4).text(in: language)
        #expect(!hidden.lines.contains { $0.contains(instruction.prefix(10)) })
        #expect(hidden.answerStart == nil)
        let start = try #require(shown.answerStart)
        #expect(
          shown.lines[start...].joined().contains(
            TutorText.rightAnswerIs("").text(in: language).prefix(8)))
        #expect(
          !hidden.lines.joined().contains(
            TutorText.rightAnswerIs("").text(in: language).prefix(8)))
      }
    }
  }
}
