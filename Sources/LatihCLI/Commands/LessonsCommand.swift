import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// `latih lessons [--as WHO]`: the course's lessons (with progress for a participant).
enum LessonsCommand: Command {
  static let name = "lessons"
  static let options: [Arguments.Option] = [.who]
  static let help = HelpText.lessons

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    guard invocation.arguments.positionals.isEmpty else {
      throw CommandFailure(CLIMessage.tooManyArguments(command: name), .usage)
    }
    let course = try invocation.loadCourse()
    let language = invocation.language
    let style = invocation.outputStyle
    let width = invocation.outputWidth
    let output = invocation.context.output
    if let who = invocation.arguments.value(.who) {
      let store = try invocation.openStore(create: false)
      let roster = try invocation.roster(store)
      let participant = try invocation.participant(who, in: roster)
      let loader = ProgressLoader(store: store, roster: roster)
      let progress = try invocation.progress(of: participant.id, loader)
      let menu = CourseMenu(course: course, language: language, progress: progress)
      output.line(style.bold(TerminalSanitizer.cleanLine(course.manifest.title(in: language))))
      output.line(TerminalSanitizer.cleanLine(ParticipantLabel(participant).text(in: language)))
      output.line()
      for line in menu.render(language: language, width: width, style: style) { output.line(line) }
      if let index = menu.suggested {
        output.line()
        output.line(
          TutorText.suggestion(
            number: index + 1, title: TerminalSanitizer.cleanLine(menu.rows[index].title)
          )
          .text(in: language))
      }
      return .ok
    }
    output.line(style.bold(TerminalSanitizer.cleanLine(course.manifest.title(in: language))))
    let age = FactAge(now: invocation.context.clock.now())
    for (index, id) in course.lessonIDs.enumerated() {
      let number = "\(index + 1)".leftPadded(to: 2) + ". "
      guard let lesson = course.lesson(id, in: language) else {
        output.line(number + id + " — " + invocation.text(CourseText.unavailable))
        continue
      }
      var title = TerminalSanitizer.cleanLine(lesson.title)
      if lesson.kind == .test { title += " [" + invocation.text(CourseText.testTag) + "]" }
      for line in TextWrapper.wrap(title, width: width, firstPrefix: number, restPrefix: "    ") {
        output.line(line)
      }
      let details = [
        invocation.text(CourseText.minutes(lesson.minutes)),
        invocation.text(CourseText.questions(lesson.questions.count)),
      ]
      output.line("    " + style.dim(details.joined(separator: " · ")))
      if let checked = lesson.checked {
        let text = invocation.text(
          CourseText.factsChecked(checked.date, stale: age.isStale(lesson)))
        for line in TextWrapper.wrap(text, width: width, firstPrefix: "    ", restPrefix: "    ") {
          output.line(style.dim(line))
        }
      }
    }
    return .ok
  }
}

extension Invocation {
  /// The width of the terminal standard output shows on (`COLUMNS`, else 80 when piped).
  var outputWidth: Int { context.makeTerminal(colorChoice, context.environment).width }
}
