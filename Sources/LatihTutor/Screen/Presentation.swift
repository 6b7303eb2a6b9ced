import LatihBase
import LatihCourse

/// `latih present`: a lesson as slides for a projector. Each page's text is a slide and
/// each question another (its choices, no typing instructions, the answer hidden until
/// asked for); a slide taller than the screen is shown in parts under the same header.
package struct Presentation: Sendable {
  /// One slide: a page's text, or one question of it.
  package struct Slide: Hashable, Sendable {
    /// Index of the lesson page.
    package var page: Int
    /// Index of the question on that page (nil: the page's text and checklist).
    package var question: Int?
  }

  /// A slide's body as lines, and where its revealed answer starts (nil: no answer to
  /// reveal, or not revealed).
  package struct Body: Hashable, Sendable {
    package var lines: [String]
    package var answerStart: Int?
  }

  package let lesson: Lesson
  package let slides: [Slide]

  package init(lesson: Lesson) {
    self.lesson = lesson
    var slides: [Slide] = []
    for (index, page) in lesson.pages.enumerated() {
      if !page.blocks.isEmpty || !page.items.isEmpty || page.questions.isEmpty {
        slides.append(Slide(page: index, question: nil))
      }
      slides += page.questions.indices.map { Slide(page: index, question: $0) }
    }
    self.slides = slides
  }

  /// The lines kept on top of every part: lesson title and page line.
  package func header(_ slide: Slide, part: (Int, Int)?, renderer: TutorRenderer) -> [String] {
    renderer.pageHeader(
      lessonTitle: lesson.title, page: slide.page + 1, count: lesson.pages.count, part: part)
  }

  /// The slide's lines; a question shows its answer and explanation when `revealed`.
  package func body(_ slide: Slide, revealed: Bool, renderer: TutorRenderer) -> Body {
    let page = lesson.pages[slide.page]
    var lines = renderer.pageTitle(page.title)
    guard let index = slide.question else {
      if !page.blocks.isEmpty { lines += renderer.render(.blocks(page.blocks)) }
      if !page.items.isEmpty {
        lines += [""] + renderer.render(.checklistOverview(page.items, marks: nil, reasons: []))
      }
      return Body(lines: lines, answerStart: nil)
    }
    let question = page.questions[index]
    let all = lesson.questions
    let number = (all.firstIndex { $0.id == question.id } ?? 0) + 1
    let view = QuestionView(question, seed: 0, shuffled: false)
    lines += renderer.question(
      number: number, count: all.count, view: view, attempt: 1, tries: 1, instructions: false)
    guard revealed else { return Body(lines: lines, answerStart: nil) }
    lines.append("")
    let start = lines.count
    lines += renderer.rightAnswer(view).map { renderer.style.bold($0) }
    if let explanation = question.explanation {
      lines += renderer.blocks.wrap(explanation)
    }
    return Body(lines: lines, answerStart: start)
  }
}
