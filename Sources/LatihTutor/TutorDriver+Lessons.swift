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
    participantName = name
    return turn
  }

  /// The lesson list until `q` (or the end of input).
  func menuLoop(_ turn: ParticipantTurn, exitOnQuit: Bool) throws(Stop) {
    while true {
      let menu = CourseMenu(
        course: course, language: language, progress: turn.progress,
        schedule: try testSchedule(turn))
      var row: CourseMenu.Row?
      if usesScreens {
        guard let chosen = try menuScreen(menu) else { return }
        row = chosen
      } else {
        var lines = ["", renderer.style.bold(TutorText.lessonsHeading.text(in: language))]
        lines += menu.render(language: language, width: terminal.width, style: terminal.style)
        terminal.write(lines.joined(separator: "\n") + "\n\n")
        for advice in menuAdvice(menu) { say(advice) }
        show([.message(.menuKeys)])
        prompt()
        let answer = try read().trimmingCharacters().lowercased()
        if answer == "q" { return }
        row = answer.isEmpty ? menu.suggested.map { menu.rows[$0] } : menu.row(for: answer)
        guard let chosen = row, chosen.available else {
          say(.menuTypo(count: menu.rows.count))
          continue
        }
      }
      guard let row else { continue }
      if try runLesson(row.lessonID, turn: turn) == .quit { return }
    }
  }

  /// The advice under the lesson list: the post-test when only it is left, else the
  /// suggested lesson, else "all passed" and that the course is finished.
  func menuAdvice(_ menu: CourseMenu) -> [TutorText] {
    guard let index = menu.suggested else { return [.allPassed, .courseFinished] }
    if menu.isPostTestNext { return [.lessonsDoneTakePostTest(number: index + 1)] }
    return [
      .suggestion(number: index + 1, title: TerminalSanitizer.cleanLine(menu.rows[index].title))
    ]
  }

  /// The lesson list as one screen for the terminal's size, until a lesson is chosen (nil
  /// on `q`): the rows around the suggestion when they do not all fit, with the
  /// suggestion, any typo's message, the keys and the prompt always in view.
  func menuScreen(_ menu: CourseMenu) throws(Stop) -> CourseMenu.Row? {
    var problem: TutorText?
    while true {
      let renderer = self.renderer
      let width = renderer.width
      var heading = TutorText.lessonsHeading.text(in: language)
      if let name = participantName { heading = name + " · " + heading }
      let top = TextWrapper.wrap(renderer.style.bold(heading), width: width)
      var bottom = [""]
      for advice in menuAdvice(menu) {
        bottom += TextWrapper.wrap(advice.text(in: language), width: width)
      }
      if let problem { bottom += TextWrapper.wrap(problem.text(in: language), width: width) }
      bottom +=
        TutorRenderer.keyLines(
          TutorText.menuKeys.text(in: language), width: width, style: renderer.style) + ["> "]
      let rows = menu.renderRows(language: language, width: width, style: renderer.style)
      let lines = rows.flatMap { $0 }
      let room = ScreenLayout(height: terminal.height ?? 24).room(
        header: top.count, footer: bottom.count)
      var shown = lines[...]
      if lines.count > room {
        // Room for the "more above/below" marks, then whole rows around the suggestion.
        let window = ScreenLayout.window(
          sizes: rows.map(\.count), focus: menu.suggested ?? 0, room: max(1, room - 2))
        var marked = Array(rows[window].joined())
        if window.lowerBound > 0 {
          marked.insert(renderer.style.dim(ScreenText.moreAbove.text(in: language)), at: 0)
        }
        if window.upperBound < rows.count {
          marked.append(renderer.style.dim(ScreenText.moreBelow.text(in: language)))
        }
        shown = marked[...]
      }
      let all = top + shown + bottom
      terminal.write(
        TutorRenderer.clearScreen + all.dropLast().map { $0 + "\n" }.joined() + (all.last ?? ""))
      let answer = try read().trimmingCharacters().lowercased()
      if answer == "q" { return nil }
      let row = answer.isEmpty ? menu.suggested.map { menu.rows[$0] } : menu.row(for: answer)
      if let row, row.available { return row }
      problem = .menuTypo(count: menu.rows.count)
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
    screen.reset()
    while true {
      try persist(step.events, turn: turn)
      guard usesScreens, step.exit == nil else {
        show(step.output)
        if let exit = step.exit { return exit }
        step = machine.handle(try read(raw: true))
        continue
      }
      let line = try screen.present(step.output, renderer: renderer) { () throws(Stop) in
        try read(raw: true)
      }
      if let line {
        step = machine.handle(line)
      } else {
        step = machine.handle(try read(raw: true))
      }
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
