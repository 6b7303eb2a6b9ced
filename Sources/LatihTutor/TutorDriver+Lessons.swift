import LatihBase
import LatihCourse
import LatihData

/// One participant's turn at the laptop: their journal, locked, and the events of any
/// records linked to them (read only).
final class ParticipantTurn {
  let participant: Participant
  let journal: Journal
  let linkedEvents: [Event]

  init(participant: Participant, journal: Journal, linkedEvents: [Event]) {
    self.participant = participant
    self.journal = journal
    self.linkedEvents = linkedEvents
  }

  /// Progress from everything recorded so far.
  var progress: ParticipantProgress { ParticipantProgress(events: journal.events + linkedEvents) }

  func close() { journal.close() }
}

extension TutorDriver {
  /// Opens the participant's journal (refusing politely if another Latih has it) and
  /// reports any repair made to it.
  func startTurn(_ participant: Participant) throws(Stop) -> ParticipantTurn? {
    let name = TerminalSanitizer.cleanLine(participant.name)
    let journal: Journal
    do {
      journal = try store.openJournal(participant.id)
    } catch .busy {
      say(.participantBusy(name))
      return nil
    } catch {
      say(.saveFailed(JournalFailureText(error).text(in: language), unsaved: .nothing))
      throw .failed(.ioError)
    }
    if let tail = journal.repairedTail { say(.journalRepaired(line: tail.line)) }
    if !journal.contents.skippedLines.isEmpty {
      say(
        .journalSkipped(
          lines: journal.contents.skippedLines.map(String.init).joined(separator: ", ")))
    }
    let roster = try loadRoster()
    var linked: [Event] = []
    for record in roster.records(of: participant.id) where record.id != participant.id {
      linked += try reading { () throws(SystemError) in
        try store.readJournal(at: store.journalPath(record.id))?.events ?? []
      }
    }
    say(.greeting(name))
    return ParticipantTurn(participant: participant, journal: journal, linkedEvents: linked)
  }

  /// The lesson list until `q` (or the end of input).
  func menuLoop(_ turn: ParticipantTurn, exitOnQuit: Bool) throws(Stop) {
    while true {
      let menu = CourseMenu(course: course, language: language, progress: turn.progress)
      var lines = ["", renderer.style.bold(TutorText.lessonsHeading.text(in: language))]
      lines += menu.render(language: language, width: terminal.width, style: terminal.style)
      terminal.write(lines.joined(separator: "\n") + "\n\n")
      if let index = menu.suggested {
        say(
          .suggestion(number: index + 1, title: TerminalSanitizer.cleanLine(menu.rows[index].title))
        )
      } else {
        say(.allPassed)
      }
      show([.message(.menuKeys)])
      prompt()
      let answer = try read().trimmingCharacters().lowercased()
      if answer == "q" { return }
      let row = answer.isEmpty ? menu.suggested.map { menu.rows[$0] } : menu.row(for: answer)
      guard let row, row.available else {
        say(.menuTypo(count: menu.rows.count))
        continue
      }
      if try runLesson(row.lessonID, turn: turn) == .quit { return }
    }
  }

  /// Runs a lesson from where the participant left off, then any retries they ask for.
  func runLesson(_ lessonID: String, turn: ParticipantTurn) throws(Stop) -> LessonExit {
    guard let lesson = course.lesson(lessonID, in: language) else { return .menu }
    let progress = turn.progress.lesson(lessonID)
    var machine: LessonMachine
    if let open = progress.openRun {
      let base = open.opening.retryOf.flatMap { id in progress.runs.first { $0.id == id } }
      machine = LessonMachine(
        lesson: lesson, course: course, opening: open.opening, resume: open, base: base)
    } else {
      machine = LessonMachine(
        lesson: lesson, course: course, opening: try newOpening(lesson, turn: turn),
        now: store.clock.now())
    }
    while true {
      switch try drive(&machine, turn: turn) {
      case .retry(let missed):
        let base = machine.run
        var opening = try newOpening(lesson, turn: turn)
        opening.retry = missed
        opening.retryOf = base.id
        machine = LessonMachine(
          lesson: lesson, course: course, opening: opening, base: base, now: store.clock.now())
      case let exit:
        return exit
      }
    }
  }

  /// Feeds lines to the machine until it exits, recording events before showing output.
  func drive(_ machine: inout LessonMachine, turn: ParticipantTurn) throws(Stop) -> LessonExit {
    var step = machine.start()
    while true {
      try persist(step.events, turn: turn)
      show(step.output)
      if let exit = step.exit { return exit }
      step = machine.handle(try read())
    }
  }

  /// Appends events durably; a failure is shown and ends the flow (nothing after it is
  /// acknowledged).
  func persist(_ bodies: [EventBody], turn: ParticipantTurn) throws(Stop) {
    guard !bodies.isEmpty else { return }
    let events = bodies.map { store.event($0, participant: turn.participant.id) }
    do {
      try turn.journal.record(events)
    } catch {
      terminal.write("\n")
      let answered = bodies.contains { body in
        switch body {
        case .answer, .checklistItem, .indicatorRecorded: return true
        default: return false
        }
      }
      say(
        .saveFailed(
          JournalFailureText(error).text(in: language), unsaved: answered ? .answer : .place))
      throw .failed(.ioError)
    }
  }

  /// A fresh run of `lesson`: new run id and seed, the test tag, the current session.
  /// Without shuffling the seed is 0, so order questions (always shuffled) are shown the
  /// same way on every run too.
  func newOpening(_ lesson: Lesson, turn: ParticipantTurn) throws(Stop) -> LessonOpening {
    var tag: TestTag?
    if lesson.kind == .test {
      tag = options.testTag ?? Self.automaticTag(turn.progress, test: lesson.id)
    }
    return LessonOpening(
      run: store.identifiers.hex(bytes: 8), lesson: lesson.id, language: language,
      seed: options.seed ?? (options.shuffle ? store.identifiers.next64() : 0),
      shuffled: options.shuffle, tag: tag, session: try reading(store.currentSession))
  }

  /// Pre-test until the participant has a pre-test or has finished another lesson;
  /// post-test after that.
  static func automaticTag(_ progress: ParticipantProgress, test: String) -> TestTag {
    if progress.testScores(test: test).pre != nil { return .post }
    let finishedOther = progress.lessons.contains { id, lesson in
      id != test && !lesson.completedRuns.isEmpty
    }
    return finishedOther ? .post : .pre
  }
}
