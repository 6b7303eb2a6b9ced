import LatihBase
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
    return show(Presentation(lesson: lesson), on: terminal, language: invocation.language) {
      invocation.text(FacilitatorText.presentEnd)
    }
  }

  /// Where the projector is: a slide, its part, and whether its answer is shown.
  struct Place: Equatable {
    var slide = 0
    var part = 0
    var revealed = false
  }

  /// Shows the slides one screenful at a time at the terminal's size (re-read before
  /// each screen): Enter on, `b` back, `j`/`a` reveals a question's answer, `q` quits.
  /// On a pipe every slide is shown whole, one after another.
  static func show(
    _ presentation: Presentation, on terminal: any TerminalIO, language: Language,
    end: () -> String
  ) -> ExitCode {
    var place = Place()
    while true {
      var style = terminal.style
      style.dims = false
      let renderer = TutorRenderer(
        language: language, width: terminal.width, style: style,
        clearsScreen: terminal.isInteractive)
      let slide = presentation.slides[place.slide]
      let body = presentation.body(slide, revealed: place.revealed, renderer: renderer)
      let canReveal = slide.question != nil && !place.revealed
      let footer =
        TutorRenderer.keyLines(
          ScreenText.presentKeys(canReveal: canReveal).text(in: language), width: renderer.width,
          style: style) + ["> "]
      let parts = partRanges(
        presentation, slide: slide, body: body, footer: footer.count, renderer: renderer,
        height: terminal.height)
      place.part = min(place.part, parts.count - 1)
      let partLabel = parts.count > 1 ? (place.part + 1, parts.count) : nil
      var lines = presentation.header(slide, part: partLabel, renderer: renderer)
      var shown = body.lines[parts[place.part]]
      if place.part > 0 { shown = shown.drop { $0.isEmpty } }
      lines += shown
      lines += footer
      let text = lines.dropLast().map { $0 + "\n" }.joined() + (lines.last ?? "")
      terminal.write((terminal.isInteractive ? TutorRenderer.clearScreen : "\n") + text)
      switch terminal.nextLine() {
      case .line(let typed):
        let command = TypedLine(typed).pageCommand.trimmingCharacters().lowercased()
        switch command {
        case "q":
          return .ok
        case "b", "<":
          if place.part > 0 {
            place.part -= 1
          } else if place.revealed {
            place.revealed = false
          } else if place.slide > 0 {
            place.slide -= 1
            place.revealed = false
          }
        case "j", "a":
          // The answer key; nothing to reveal on a page or a revealed question.
          if canReveal {
            place.revealed = true
            place.part = 0
          }
        default:
          if place.part + 1 < parts.count {
            place.part += 1
          } else if place.slide + 1 < presentation.slides.count {
            place = Place(slide: place.slide + 1)
          } else {
            terminal.write(end() + "\n")
            return .ok
          }
        }
      case .endOfFile: return .ok
      case .interrupted: return .interrupted
      }
    }
  }

  /// The body lines of each part: the whole slide when it fits (or on a pipe), else
  /// screenfuls (from the answer on, once it is revealed).
  static func partRanges(
    _ presentation: Presentation, slide: Presentation.Slide, body: Presentation.Body,
    footer: Int, renderer: TutorRenderer, height: Int?
  ) -> [Range<Int>] {
    let all = [0..<body.lines.count]
    guard let height else { return all }
    let header = presentation.header(slide, part: (88, 88), renderer: renderer).count
    let plan = ScreenLayout(height: height).plan(
      body: body.lines.count, anchor: body.answerStart ?? 0, header: header, footer: footer,
      partFooter: footer)
    switch plan {
    case .whole: return all
    case .tail(let range): return [range]
    case .parts(let ranges): return ranges
    }
  }
}
