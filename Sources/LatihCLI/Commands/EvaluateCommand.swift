import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// `latih evaluate [--session ID] [--all]`: the quick-entry grid of indicators, a thin
/// driver around ``EvaluationGrid``: loads, saves records and skipped cells, reads lines.
enum EvaluateCommand: Command {
  static let name = "evaluate"
  static let options: [Arguments.Option] = [.session, .all]
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
    }.inRosterOrder()
    var outcomes: [String: [String: IndicatorOutcome]] = [:]
    for person in people {
      let progress = try invocation.progress(of: person.id, loader)
      outcomes[person.id] = progress.indicators(session: session?.id)
    }
    // Skipped cells are a convenience: unreadable, they are asked again (and it is said).
    var skips: Set<GridCell> = []
    var skipsFailed = false
    do {
      skips = try GridSkips.load(store, session: session?.id)
    } catch {
      skipsFailed = true
    }
    var grid = EvaluationGrid(
      people: people, indicators: course.manifest.indicators, reasons: course.manifest.reasons,
      session: session?.id, outcomes: outcomes,
      skipped: skips, askAll: invocation.arguments.flag(.all), language: invocation.language)
    var keptSkips = grid.skipped
    var savingFailed = false
    let terminal = invocation.context.makeTerminal(
      invocation.colorChoice, invocation.context.environment)
    let view = GridView(
      terminal: terminal, language: invocation.language, reasons: course.manifest.reasons)
    var step = grid.start()
    if skipsFailed { step.output.insert(.message(.evaluateSkipsUnreadable), at: 0) }
    var before = grid.outcomes
    while true {
      var skipped: [EvaluationGrid.Output] = []
      var unsaved: Set<String> = []
      for (index, saved) in step.records.enumerated() {
        do {
          try RecordCommand.save(saved.record, for: saved.participant, roster: roster, store: store)
        } catch let failure where failure.isBusy {
          // She is learning right now: this record waits, the grid goes on.
          grid.notSaved(saved, before: before)
          // Said once per person, however many of her cells the row held (`+`).
          guard unsaved.insert(saved.participant.id).inserted else { continue }
          skipped.append(
            .message(
              .evaluateBusy(
                name: TerminalSanitizer.cleanLine(
                  ParticipantLabel(saved.participant).text(in: invocation.language)))))
        } catch {
          // This record and the rest of the row were not saved.
          let recorded = grid.recordedCount - (step.records.count - index)
          view.show([.message(.evaluateDone(recorded: recorded, skipped: grid.skipped.count))])
          throw error
        }
      }
      if grid.skipped != keptSkips {
        do {
          try GridSkips.save(grid.skipped, session: session?.id, store: store)
          keptSkips = grid.skipped
        } catch {
          if !savingFailed { skipped.append(.message(.evaluateSkipsNotKept)) }
          savingFailed = true
        }
      }
      if !unsaved.isEmpty { step.output = step.output.map { grid.refreshed($0, unsaved: unsaved) } }
      view.show(skipped + step.output)
      if step.done { return .ok }
      before = grid.outcomes
      switch terminal.nextLine() {
      case .line(let text): step = grid.handle(text)
      case .endOfFile:
        // The closing words start on their own line, not after the "> " prompt.
        terminal.write("\n")
        view.show(grid.quit().output)
        return .ok
      case .interrupted:
        terminal.write("\n")
        view.show(grid.quit().output)
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
