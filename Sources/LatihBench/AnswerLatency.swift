import LatihBase
import LatihCLI
import LatihCourse
import LatihData
import LatihTutor

/// The answer-latency benchmark: a participant works through the course again and again
/// in the real ``TutorDriver`` (real journal, real fsync on the data folder's disk) until
/// `answers` answers are given; each answer is timed from input to acknowledgement by a
/// ``TimingTerminal``. About a third of first tries are wrong, so second tries (and their
/// hints) are part of the mix, as are checklist ticks and page turns between questions.
package struct AnswerLatency: Sendable {
  package var answers: Int
  /// The shuffle seed of every run, so the script knows where each option is shown.
  package var seed: UInt64 = 20_260_523
  package var language: Language = .id

  /// The participant who gives the answers.
  static let participantName = "Siti Latensi"

  package init(answers: Int) { self.answers = answers }

  /// The measurement: latencies in nanoseconds, in order.
  package struct Result: Sendable {
    package var latencies: [UInt64]
    package var unacknowledged: Int
    package var exitCode: ExitCode
    package var events: Int
  }

  /// Runs the benchmark on `course` with a fresh data folder at `directory`.
  package func run(course: Course, directory: String) throws -> Result {
    let store = try DataStore.open(
      directory, fileSystem: SystemFileSystem(), clock: SystemClock(),
      identifiers: SystemIdentifierSource(), create: true, hostName: "bench")
    let id = try store.enroll(Enrollment(name: Self.participantName), session: nil)
    guard let participant = try Roster.load(store).participant(id) else {
      throw SyntheticCourse.Failure.template("the enrolled participant is missing")
    }
    let lessons = course.orderedLessons(in: language)
    let terminal = TimingTerminal(script: script(lessons, course: course))
    let driver = TutorDriver(
      terminal: terminal, store: store, course: course, language: language,
      options: TutorOptions(shuffle: true, seed: seed))
    let code = driver.runLearn(participant: participant, lesson: lessons.first?.id)
    let events = (try store.readJournal(at: store.journalPath(id)))?.events.count ?? 0
    return Result(
      latencies: terminal.latencies, unacknowledged: terminal.unacknowledged,
      exitCode: ExitCode(code),
      events: events)
  }

  /// Input lines for lesson after lesson (in course order, round and round) until
  /// `answers` answers, then `q` at the lesson list.
  func script(_ lessons: [Lesson], course: Course) -> [TimingTerminal.Line] {
    var random = BenchRandom(seed: seed)
    var lines: [TimingTerminal.Line] = []
    var given = 0
    var round = 0
    while given < answers, !lessons.isEmpty {
      let lesson = lessons[round % lessons.count]
      if round > 0 { lines.append(.init(lesson.id)) }
      round += 1
      for page in lesson.pages {
        switch page.kind {
        case .reading: lines.append(.init(""))
        case .checklist: lines += page.items.map { _ in .init("y") }
        case .quiz:
          for question in page.questions {
            let tries = question.tries(
              allowed: course.attempts(for: lesson), isTest: lesson.kind == .test)
            let view = QuestionView(question, seed: seed, shuffled: true)
            if tries > 1, random.chance(0.33) {
              lines.append(.init(wrongInput(view), isAnswer: true))
              given += 1
            }
            lines.append(.init(rightInput(view), isAnswer: true))
            given += 1
          }
        }
      }
      lines.append(.init(""))
    }
    lines.append(.init("q"))
    return lines
  }

  /// What a participant types for the right answer.
  func rightInput(_ view: QuestionView) -> String {
    switch view.question.key {
    case .trueFalse(let value): return value ? "b" : "s"
    case .short(let accepted): return accepted.first ?? "?"
    default: return view.correctLetters
    }
  }

  /// A wrong but well-formed answer (so it counts as a try).
  func wrongInput(_ view: QuestionView) -> String {
    switch view.question.key {
    case .trueFalse(let value): return value ? "s" : "b"
    case .short: return "tidak tahu"
    case .order:
      return (0..<view.choices.count).map(QuestionView.letter).joined(separator: " ")
    case .single(let options), .multiple(let options):
      let wrong = view.order.indices.first { !options[view.order[$0]].isCorrect } ?? 0
      return QuestionView.letter(wrong)
    }
  }
}
