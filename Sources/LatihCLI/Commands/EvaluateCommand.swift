import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// `latih evaluate [--session ID]`: the quick-entry grid of indicators.
enum EvaluateCommand: Command {
  static let name = "evaluate"
  static let options: [Arguments.Option] = [.session]
  static let help = HelpText.evaluate

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 0)
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: true)
    let session = try invocation.targetSession(store)
    let roster = try invocation.roster(store)
    let loader = ProgressLoader(store: store, roster: roster)
    let people = roster.people.filter { person in
      session == nil || roster.records(of: person.id).contains { $0.sessions.contains(session!.id) }
    }
    var outcomes: [String: [String: IndicatorOutcome]] = [:]
    for person in people {
      let progress = try invocation.progress(of: person.id, loader)
      outcomes[person.id] = progress.indicators(session: session?.id)
    }
    var grid = EvaluationGrid(
      people: people, indicators: course.manifest.indicators, reasons: course.manifest.reasons,
      session: session?.id, outcomes: outcomes)
    let terminal = invocation.context.makeTerminal(
      invocation.colorChoice, invocation.context.environment)
    let view = GridView(
      terminal: terminal, language: invocation.language, reasons: course.manifest.reasons)
    var step = grid.start()
    var before = grid.outcomes
    while true {
      var skipped: [EvaluationGrid.Output] = []
      for saved in step.records {
        do {
          try RecordCommand.save(saved.record, for: saved.participant, roster: roster, store: store)
        } catch let failure where failure.isBusy {
          // She is learning right now: this record waits, the grid goes on.
          grid.notSaved(saved, before: before)
          skipped.append(
            .message(
              .evaluateBusy(
                name: TerminalSanitizer.cleanLine(
                  ParticipantLabel(saved.participant).text(in: invocation.language)))))
        } catch {
          view.show([.message(.evaluateDone(recorded: grid.recordedCount - 1))])
          throw error
        }
      }
      view.show(skipped + step.output)
      if step.done { return .ok }
      before = grid.outcomes
      switch terminal.nextLine() {
      case .line(let text): step = grid.handle(text)
      case .endOfFile:
        view.show([.message(.evaluateDone(recorded: grid.recordedCount))])
        return .ok
      case .interrupted:
        terminal.write("\n")
        view.show([.message(.evaluateDone(recorded: grid.recordedCount))])
        return .interrupted
      }
    }
  }
}

extension CommandFailure {
  /// Whether it says a journal is in use by another Latih (a person learning).
  var isBusy: Bool {
    if case .cannotWriteJournal(.busy)? = message as? CLIMessage { return true }
    return false
  }
}

/// Renders ``EvaluationGrid`` output on a terminal.
struct GridView {
  let terminal: any TerminalIO
  let language: Language
  let reasons: [CourseManifest.Label]

  func show(_ outputs: [EvaluationGrid.Output]) {
    let width = terminal.width
    let style = terminal.style
    var lines: [String] = []
    for output in outputs {
      switch output {
      case .person(let number, let count, let participant):
        lines.append("")
        lines += TextWrapper.wrap(
          style.bold(
            "[\(number)/\(count)] "
              + TerminalSanitizer.cleanLine(ParticipantLabel(participant).text(in: language))),
          width: width)
      case .cell(let indicator, let current):
        let now: String
        if let current {
          let verdict =
            current.achieved
            ? FacilitatorText.achievedWord.text(in: language)
            : FacilitatorText.notYetWord(
              current.reason.map { id in reasons.first { $0.id == id }?.label(in: language) ?? id }
                ?? "-"
            ).text(in: language)
          now = verdict + " (" + ProgressText.source(current.source).text(in: language) + ")"
        } else {
          now = FacilitatorText.notRecordedYet.text(in: language)
        }
        lines += TextWrapper.wrap(
          FacilitatorText.evaluateCell(
            indicator: TerminalSanitizer.cleanLine(indicator.label(in: language)),
            current: TerminalSanitizer.cleanLine(now)
          ).text(in: language),
          width: width, firstPrefix: "  ", restPrefix: "    ")
      case .reasons(let reasons):
        for (index, reason) in reasons.enumerated() {
          lines += TextWrapper.wrap(
            TerminalSanitizer.cleanLine(reason.label(in: language)), width: width,
            firstPrefix: "\(index + 1). ".leftPadded(to: 6), restPrefix: "      ")
        }
        lines.append("> ")
      case .message(let message):
        lines += TextWrapper.wrap(message.text(in: language), width: width)
      case .keys:
        lines += TutorRenderer.keyLines(
          FacilitatorText.evaluateKeys.text(in: language), width: width, style: style)
        lines.append("> ")
      }
    }
    var text = ""
    for (index, line) in lines.enumerated() {
      text += (index == lines.count - 1 && line == "> ") ? line : line + "\n"
    }
    terminal.write(text)
  }
}
