import LatihBase
import LatihCourse
import LatihData

/// Settings for lesson runs from the command line.
package struct TutorOptions: Sendable {
  /// Shuffle answer options (`--no-shuffle` turns it off).
  package var shuffle = true
  /// A fixed shuffle seed (`--seed N`).
  package var seed: UInt64?
  /// Tag for the course test (`--pre` / `--post`); chosen automatically when nil.
  package var testTag: TestTag?
  /// Minutes without a key press during a turn after which the tutor saves and goes
  /// back to the welcome screen (`--idle-minutes N`); nil or 0: never.
  package var idleMinutes: Double?

  /// The idle time-out when none is given.
  package static let standardIdleMinutes = 10.0

  package init(
    shuffle: Bool = true, seed: UInt64? = nil, testTag: TestTag? = nil,
    idleMinutes: Double? = TutorOptions.standardIdleMinutes
  ) {
    self.shuffle = shuffle
    self.seed = seed
    self.testTag = testTag
    self.idleMinutes = idleMinutes
  }

  /// ``idleMinutes`` in milliseconds; nil when off.
  package var idleMilliseconds: Int? {
    guard let idleMinutes, idleMinutes > 0, idleMinutes < 1e6 else { return nil }
    return max(1, Int(idleMinutes * 60_000))
  }
}

/// Runs the tutor on a terminal: identifies the participant, shows the lesson menu and
/// drives ``LessonMachine``s, recording each step's events durably before showing its
/// output. It only renders and reads; every decision is the machine's.
package final class TutorDriver {
  /// Why the flow stopped early.
  enum Stop: Error {
    case endOfInput
    case interrupted
    /// No key pressed for the idle time during a turn (everything is already saved).
    case idle
    case failed(TutorOutcome)
  }

  let terminal: any TerminalIO
  let store: DataStore
  let course: Course
  let language: Language
  let options: TutorOptions
  /// Whether a participant's turn is open (so there is progress to say is saved).
  var inTurn = false
  /// The name of the participant whose turn it is (cleaned), for the top of her screens.
  var participantName: String?
  /// The lesson screens when a person is at a real terminal (unused on a pipe).
  lazy var screen = TerminalScreen(terminal: terminal)
  /// Whether the last turn asked for was refused for its PIN (not for a busy journal).
  var pinRefused = false
  /// Whether the person identified last was enrolled just now (an optional PIN is
  /// offered then).
  var justEnrolled = false

  package init(
    terminal: any TerminalIO, store: DataStore, course: Course, language: Language,
    options: TutorOptions
  ) {
    self.terminal = terminal
    self.store = store
    self.course = course
    self.language = language
    self.options = options
  }

  var renderer: TutorRenderer {
    TutorRenderer(
      language: language, width: terminal.width, style: terminal.style,
      clearsScreen: terminal.isInteractive, participant: usesScreens ? participantName : nil)
  }

  /// Whether output is laid out in screens for the terminal's size (a person at a real
  /// terminal); on a pipe it is one flowing stream.
  var usesScreens: Bool { terminal.isInteractive && terminal.height != nil }

  /// Marks the turn at the laptop as over (her name leaves the screens).
  func endTurn() {
    inTurn = false
    participantName = nil
  }

  /// Clears the screen and the scrollback when a person's turn ends (hand-over, quit),
  /// so the next one cannot scroll back through her answers.
  func clearForNextPerson() {
    screen.reset()
    if terminal.isInteractive { terminal.write(TutorRenderer.clearScreenAndScrollback) }
  }

  func show(_ outputs: [TutorOutput]) { terminal.write(renderer.render(outputs)) }

  func say(_ message: TutorText) { show([.message(message)]) }

  /// The input prompt.
  func prompt() { terminal.write("> ") }

  /// Reads a line, without key sequences unless `raw` (the lesson machine reads arrow
  /// keys itself); end of input and Ctrl-C stop the flow.
  func read(raw: Bool = false) throws(Stop) -> String {
    let input: LineInput
    // Only a turn times out; the welcome waits (a kiosk ends the connection itself).
    if inTurn, let idle = options.idleMilliseconds {
      guard let line = terminal.nextLine(idleMilliseconds: idle) else { throw .idle }
      input = line
    } else {
      input = terminal.nextLine()
    }
    switch input {
    case .line(let text): return raw ? text : TypedLine(text).text
    case .endOfFile: throw .endOfInput
    case .interrupted: throw .interrupted
    }
  }

  /// Reads a PIN without showing it; end of input and Ctrl-C stop the flow.
  func readSecret() throws(Stop) -> String {
    switch terminal.nextSecretLine() {
    case .line(let text): return TypedLine(text).text.trimmingCharacters()
    case .endOfFile: throw .endOfInput
    case .interrupted: throw .interrupted
    }
  }

  /// The exit status for a stop, after telling the participant their progress is safe.
  func finish(_ stop: Stop) -> TutorOutcome {
    switch stop {
    case .endOfInput:
      terminal.write("\n")
      clearForNextPerson()
      say(inTurn ? .progressSaved : .goodbye)
      return .ok
    case .interrupted:
      terminal.write("\n")
      clearForNextPerson()
      say(inTurn ? .progressSaved : .goodbye)
      return .interrupted
    case .idle:
      terminal.write("\n")
      clearForNextPerson()
      say(.idleSaved(minutes: options.idleMinutes ?? 0))
      return .ok
    case .failed(let code):
      return code
    }
  }

  // MARK: Entry points

  /// `latih`: participants take turns on a shared laptop until `q` at the welcome.
  package func runHome() -> TutorOutcome {
    do {
      // After "she is studying elsewhere" the welcome must not wipe that message.
      var keepScreen = false
      // Said on the cleared welcome screen (after an idle turn ended).
      var notice: TutorText?
      while true {
        let title = course.manifest.title(in: language)
        show(
          (keepScreen ? [] : [.newScreen]) + (notice.map { [.message($0)] } ?? [])
            + [.message(.welcome(course: title))])
        keepScreen = false
        notice = nil
        guard let participant = try identify() else {
          say(.goodbye)
          return .ok
        }
        guard let turn = try startTurn(participant) else {
          keepScreen = true
          continue
        }
        // Her turn stays open until it ends normally, so Ctrl-C or the end of input in
        // the middle of it says that her progress is saved.
        defer { turn.close() }
        do {
          try menuLoop(turn, exitOnQuit: false)
          endTurn()
          // Hand-over: nothing of hers stays on the screen or in its scrollback.
          clearForNextPerson()
          say(.nextParticipant)
          keepScreen = true
        } catch .idle {
          // Nobody there: saved already; the next person must not find her run open, nor
          // scroll back through it.
          endTurn()
          clearForNextPerson()
          notice = .idleSaved(minutes: options.idleMinutes ?? 0)
        }
      }
    } catch {
      return finish(error)
    }
  }

  /// `latih learn [LESSON] [--as WHO]`: one participant, one lesson, then the menu.
  package func runLearn(participant: Participant?, lesson: String?) -> TutorOutcome {
    do {
      var person: Participant
      if let participant {
        person = participant
      } else {
        guard let identified = try identify() else { return .ok }
        person = identified
      }
      guard let turn = try startTurn(person) else { return pinRefused ? .ok : .ioError }
      defer { turn.close() }
      let menu = CourseMenu(
        course: course, language: language, progress: turn.progress,
        schedule: try testSchedule(turn))
      let selected = lesson.flatMap(menu.row(for:)) ?? menu.suggested.map { menu.rows[$0] }
      if let row = selected {
        switch try runLesson(row.lessonID, turn: turn) {
        case .quit:
          clearForNextPerson()
          say(.progressSaved)
          return .ok
        case .completed, .menu, .retry: break
        }
      }
      try menuLoop(turn, exitOnQuit: true)
      clearForNextPerson()
      say(.progressSaved)
      return .ok
    } catch {
      return finish(error)
    }
  }

  // MARK: Identifying

  /// Asks for a name until it matches one participant or a new one is enrolled; nil on `q`.
  func identify() throws(Stop) -> Participant? {
    justEnrolled = false
    while true {
      say(.askName)
      prompt()
      let typed = try read()
      let name = NameKey.clean(typed)
      if name.lowercased() == "q" { return nil }
      guard !name.isEmpty else {
        say(.nameEmpty)
        continue
      }
      let roster = try loadRoster()
      switch roster.resolve(name) {
      case .one(let participant):
        return participant
      case .many(let candidates):
        if let chosen = try choose(among: candidates) { return chosen }
      case .none:
        // A name close to someone's is asked about first: Enter never enrols a duplicate.
        let close = NameSuggestions.close(to: name, in: roster)
        if !close.isEmpty {
          switch try confirmSuggestion(close) {
          case .person(let person): return person
          case .cancel: continue
          case .newPerson: break
          }
        }
        if let enrolled = try enroll(name) { return enrolled }
      }
    }
  }

  /// Runs a read of the data folder; a failed read is shown and ends the flow (it never
  /// passes for "no such participant" or "no session").
  func reading<T>(_ body: () throws(SystemError) -> T) throws(Stop) -> T {
    do {
      return try body()
    } catch {
      say(.readFailed(SystemErrorText(error).text(in: language)))
      throw .failed(.ioError)
    }
  }

  /// Everyone in the data folder.
  func loadRoster() throws(Stop) -> Roster {
    try reading { () throws(SystemError) in try Roster.load(store) }
  }

  func choose(among candidates: [Participant]) throws(Stop) -> Participant? {
    say(.chooseAmong)
    let lines = candidates.enumerated().flatMap { index, person in
      TextWrapper.wrap(
        TerminalSanitizer.cleanLine(ParticipantLabel(person).text(in: language)),
        width: terminal.width, firstPrefix: "\(index + 1). ", restPrefix: "   ")
    }
    terminal.write(lines.joined(separator: "\n") + "\n")
    while true {
      prompt()
      let answer = try read().trimmingCharacters()
      if answer.isEmpty { return nil }
      if let number = TypedLine.number(answer), candidates.indices.contains(number - 1) {
        return candidates[number - 1]
      }
      say(.chooseTypo(count: candidates.count))
    }
  }

  func enroll(_ name: String) throws(Stop) -> Participant? {
    say(.confirmEnroll(TerminalSanitizer.cleanLine(name)))
    while true {
      prompt()
      switch try read().trimmingCharacters().lowercased() {
      case "", "y", "ya", "yes":
        let session = try reading(store.currentSession)
        let id: String
        do {
          id = try store.enroll(Enrollment(name: name), session: session)
        } catch {
          say(.saveFailed(JournalFailureText(error).text(in: language), unsaved: .enrolment))
          throw .failed(.ioError)
        }
        say(.enrolled(TerminalSanitizer.cleanLine(name)))
        justEnrolled = true
        return try loadRoster().participant(id)
      case "n", "no", "tidak", "q":
        return nil
      default:
        say(.confirmTypo)
      }
    }
  }
}
