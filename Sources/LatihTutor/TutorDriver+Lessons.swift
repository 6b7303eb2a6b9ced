import LatihBase
import LatihCourse
import LatihData

/// One participant's turn at the laptop: their journal, locked, and the events of any
/// records linked to them (read only).
final class ParticipantTurn {
  let participant: Participant
  let journal: Journal
  let linkedEvents: [Event]
  /// Everyone, as read when the turn started (for the sessions she belongs to).
  let roster: Roster

  init(participant: Participant, journal: Journal, linkedEvents: [Event], roster: Roster) {
    self.participant = participant
    self.journal = journal
    self.linkedEvents = linkedEvents
    self.roster = roster
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
    let turn = ParticipantTurn(
      participant: participant, journal: journal, linkedEvents: linked, roster: roster)
    // Her PIN (when the session uses PINs) before anything of hers is shown.
    pinRefused = false
    guard try checkPin(turn) else {
      turn.close()
      pinRefused = true
      return nil
    }
    say(.greeting(name))
    inTurn = true
    return turn
  }

  /// The lesson list until `q` (or the end of input).
  func menuLoop(_ turn: ParticipantTurn, exitOnQuit: Bool) throws(Stop) {
    while true {
      let menu = CourseMenu(
        course: course, language: language, progress: turn.progress,
        schedule: try testSchedule(turn))
      var lines = ["", renderer.style.bold(TutorText.lessonsHeading.text(in: language))]
      lines += menu.render(language: language, width: terminal.width, style: terminal.style)
      terminal.write(lines.joined(separator: "\n") + "\n\n")
      if let index = menu.suggested, menu.isPostTestNext {
        say(.lessonsDoneTakePostTest(number: index + 1))
      } else if let index = menu.suggested {
        say(
          .suggestion(number: index + 1, title: TerminalSanitizer.cleanLine(menu.rows[index].title))
        )
      } else {
        say(.allPassed)
        say(.courseFinished)
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
        lesson: lesson, course: course, opening: open.opening, resume: open, base: base,
        officialScore: progress.bestScore)
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
          lesson: lesson, course: course, opening: opening, base: base,
          officialScore: turn.progress.lesson(lessonID).bestScore, now: store.clock.now())
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
      step = machine.handle(try read(raw: true))
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
  /// same way on every run too. The course test's tag is `--pre`/`--post` (marked
  /// explicit), else what ``TestSchedule`` makes of the data known here now (no tag when
  /// the run is neither); reports decide again from the merged data.
  func newOpening(_ lesson: Lesson, turn: ParticipantTurn) throws(Stop) -> LessonOpening {
    var tag: TestTag?
    var tagSet: TagSource?
    if lesson.kind == .test {
      if let explicit = options.testTag {
        tag = explicit
        tagSet = .explicit
      } else {
        let now = store.clock.now()
        switch try testSchedule(turn).role(opening: nil, at: now, in: turn.progress) {
        case .pre: tag = .pre
        case .post: tag = .post
        case .neither: tag = nil
        }
      }
    }
    return LessonOpening(
      run: store.identifiers.hex(bytes: 8), lesson: lesson.id, language: language,
      seed: options.seed ?? (options.shuffle ? store.identifiers.next64() : 0),
      shuffled: options.shuffle, tag: tag, tagSet: tagSet,
      session: try reading(store.currentSession))
  }

  /// The participant's test schedule, with the sessions as they are now (the facilitator
  /// may open the post-test while she is at the lesson list).
  func testSchedule(_ turn: ParticipantTurn) throws(Stop) -> TestSchedule {
    let sessions = try reading { () throws(SystemError) in try SessionList.load(store) }
    return sessions.testSchedule(
      for: turn.participant.id, in: turn.roster, test: course.manifest.courseTest,
      lessons: course.lessonIDs)
  }
}
