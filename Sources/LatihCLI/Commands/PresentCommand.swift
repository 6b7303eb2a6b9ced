import LatihCourse
import LatihData
import LatihTutor

/// `latih present LESSON`: a lesson's pages for a projector, without scoring.
enum PresentCommand: Command {
  static let name = "present"
  static let options: [Arguments.Option] = []
  static let help = HelpText.present

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 1)
    guard let selector = invocation.arguments.positionals.first else {
      throw CommandFailure(CLIMessage.missingArgument("LESSON", command: name), .usage)
    }
    let course = try invocation.loadCourse()
    let menu = CourseMenu(course: course, language: invocation.language, progress: nil)
    guard let row = menu.row(for: selector) else {
      throw CommandFailure(CLIMessage.lessonNotFound(selector, available: course.lessonIDs), .usage)
    }
    guard let lesson = course.lesson(row.lessonID, in: invocation.language) else {
      throw CommandFailure(CLIMessage.lessonUnavailable(row.lessonID), .badData)
    }
    let terminal = invocation.context.makeTerminal(
      invocation.colorChoice, invocation.context.environment)
    var page = 0
    while true {
      let renderer = TutorRenderer(
        language: invocation.language, width: terminal.width, style: terminal.style,
        clearsScreen: terminal.isInteractive)
      terminal.write(renderer.render(screen(lesson, page: page)))
      terminal.write(
        TutorRenderer.keyLines(
          invocation.text(FacilitatorText.presentKeys), width: terminal.width, style: terminal.style
        )
        .joined(separator: "\n") + "\n> ")
      switch terminal.nextLine() {
      case .line(let text):
        switch text.trimmingCharacters().lowercased() {
        case "q": return .ok
        case "b": page = max(0, page - 1)
        default:
          if page + 1 >= lesson.pages.count {
            terminal.write(invocation.text(FacilitatorText.presentEnd) + "\n")
            return .ok
          }
          page += 1
        }
      case .endOfFile: return .ok
      case .interrupted: return .interrupted
      }
    }
  }

  /// A page as the tutor would show it, with questions unanswered and no answer marked.
  static func screen(_ lesson: Lesson, page index: Int) -> [TutorOutput] {
    let page = lesson.pages[index]
    var outputs: [TutorOutput] = [
      .newScreen,
      .pageHeader(
        lessonTitle: lesson.title, page: index + 1, pageCount: lesson.pages.count, title: page.title
      ),
    ]
    if !page.blocks.isEmpty { outputs.append(.blocks(page.blocks)) }
    if !page.items.isEmpty {
      outputs.append(.checklistOverview(page.items, marks: nil, reasons: []))
    }
    let all = lesson.questions
    for question in page.questions {
      let number = (all.firstIndex { $0.id == question.id } ?? 0) + 1
      outputs.append(
        .question(
          number: number, count: all.count, view: QuestionView(question, seed: 0, shuffled: false),
          attempt: 1, tries: 1))
    }
    return outputs
  }
}
