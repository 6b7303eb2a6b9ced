import LatihCourse
import LatihData

extension LessonMachine {
  /// From question `index` on quiz page `page`: shows the lesson page before it (the page
  /// itself when it is the first) to read again; Enter returns to the same question with
  /// its tries. Nothing is recorded while re-reading.
  mutating func reread(from page: Int, question index: Int) -> TutorStep {
    showReread(max(page - 1, 0), returnPage: page, question: index)
  }

  /// Page `shown`, read only (no items or questions asked).
  mutating func showReread(_ shown: Int, returnPage: Int, question: Int) -> TutorStep {
    position = .rereading(page: shown, returnPage: returnPage, question: question)
    let page = lesson.pages[shown]
    var step = TutorStep()
    step.output.append(.newScreen)
    step.output.append(
      .pageHeader(
        lessonTitle: lesson.title, page: shown + 1, pageCount: lesson.pages.count,
        title: page.title))
    if !page.blocks.isEmpty { step.output.append(.blocks(page.blocks)) }
    if page.kind == .checklist {
      step.output.append(
        .checklistOverview(page.items, marks: marks(on: page), reasons: reasons))
    }
    step.output.append(.keys(rereadHints(shown, returnPage: returnPage)))
    return step
  }

  func rereadHints(_ shown: Int, returnPage: Int) -> KeyHints {
    .rereading(canGoBack: shown > 0, canGoForward: shown + 1 < returnPage)
  }

  mutating func handleReread(_ command: String, page: Int, returnPage: Int, question: Int)
    -> TutorStep
  {
    let hints = rereadHints(page, returnPage: returnPage)
    switch command {
    case "":
      var step = TutorStep(output: [.newScreen])
      step.output.append(
        .pageHeader(
          lessonTitle: lesson.title, page: returnPage + 1, pageCount: lesson.pages.count,
          title: lesson.pages[returnPage].title))
      return askQuestion(returnPage, question, step: step)
    case "<", "b":
      guard page > 0 else { return TutorStep(output: [.message(.firstPage), .keys(hints)]) }
      return showReread(page - 1, returnPage: returnPage, question: question)
    case ">" where page + 1 < returnPage:
      return showReread(page + 1, returnPage: returnPage, question: question)
    default:
      if let step = common(command, hints: hints) { return step }
      return TutorStep(output: [.message(.rereadTypo), .keys(hints)])
    }
  }
}
