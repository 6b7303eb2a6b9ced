import Foundation
import Testing

@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Drives a ``LessonMachine`` the way ``TutorDriver`` does, keeping every event it emits
/// so a test can inspect them or replay them into a resumed machine.
struct MachineHarness {
  var machine: LessonMachine
  /// Every event emitted so far, in order.
  private(set) var events: [EventBody] = []
  /// The step returned by the last call.
  private(set) var last = TutorStep()

  init(_ machine: LessonMachine) { self.machine = machine }

  /// A new run of `lesson` in `course` (seed 42, shuffled unless told otherwise).
  init(
    _ course: Course, lesson: String = "contoh", run: String = "run-1", seed: UInt64 = 42,
    shuffled: Bool = true, tag: TestTag? = nil, session: String? = nil
  ) throws {
    let model = try #require(course.lesson(lesson, in: .id))
    let opening = LessonOpening(
      run: run, lesson: lesson, language: .id, seed: seed, shuffled: shuffled, tag: tag,
      session: session)
    machine = LessonMachine(lesson: model, course: course, opening: opening, now: 1_000)
  }

  /// Starts the machine; returns its first step.
  @discardableResult
  mutating func start() -> TutorStep {
    last = machine.start()
    events += last.events
    return last
  }

  /// Types one line; returns the step.
  @discardableResult
  mutating func send(_ line: String) -> TutorStep {
    last = machine.handle(line)
    events += last.events
    return last
  }

  /// Types several lines; returns the events they emitted.
  @discardableResult
  mutating func send(_ lines: [String]) -> [EventBody] {
    let before = events.count
    for line in lines { send(line) }
    return Array(events[before...])
  }

  /// The question waiting for an answer, shown as in this run.
  var view: QuestionView? {
    guard case .question(let page, let index) = machine.position else { return nil }
    return machine.view(machine.lesson.pages[page].questions[index])
  }

  /// The id of the question waiting for an answer.
  var questionID: String? { view?.question.id }

  /// Answers the waiting question right.
  @discardableResult
  mutating func answerRight() -> TutorStep { send(Self.right(view!)) }

  /// Answers the waiting question wrong.
  @discardableResult
  mutating func answerWrong() -> TutorStep { send(Self.wrong(view!)) }

  /// Every answer event emitted so far.
  var answers: [AnswerRecord] {
    events.compactMap { if case .answer(let record) = $0 { record } else { nil } }
  }

  /// Every page-reached event's page, in order.
  var pagesReached: [Int] {
    events.compactMap { if case .pageReached(let visit) = $0 { visit.page } else { nil } }
  }

  /// The lesson-completed event, if emitted.
  var result: LessonResult? {
    events.lazy.compactMap { if case .lessonCompleted(let result) = $0 { result } else { nil } }
      .first
  }

  /// A right answer typed for `view`.
  static func right(_ view: QuestionView) -> String {
    switch view.question.key {
    case .single, .multiple, .order: return view.correctLetters
    case .trueFalse(let value): return value ? "b" : "s"
    case .short(let accepted): return accepted[0]
    }
  }

  /// A wrong answer typed for `view` (for an order question, the order as shown, which
  /// is never right).
  static func wrong(_ view: QuestionView) -> String {
    switch view.question.key {
    case .single(let options), .multiple(let options):
      let index = view.order.firstIndex { !options[$0].isCorrect }!
      return QuestionView.letter(index)
    case .order(let items):
      return items.indices.map(QuestionView.letter).joined(separator: " ")
    case .trueFalse(let value): return value ? "s" : "b"
    case .short: return "tidak tahu"
    }
  }
}

/// Turning emitted events into stored ones and back into a resumed machine.
enum Replay {
  /// `bodies` as journal events, one millisecond apart.
  static func stored(_ bodies: [EventBody], from start: Int = 0) -> [Event] {
    bodies.enumerated().map { index, body in
      Event(
        id: String(format: "%032x", start + index + 1), time: Int64(10_000 + start + index),
        device: "test-device", participant: "p1", body: body)
    }
  }

  /// A machine resuming the open run of `lesson` from `bodies`, built as the driver does
  /// (the retried run as its base).
  static func resume(_ course: Course, _ bodies: [EventBody], lesson: String = "contoh") throws
    -> LessonMachine
  {
    let progress = ParticipantProgress(events: stored(bodies)).lesson(lesson)
    let open = try #require(progress.openRun)
    let base = open.opening.retryOf.flatMap { id in progress.runs.first { $0.id == id } }
    let model = try #require(course.lesson(lesson, in: .id))
    return LessonMachine(
      lesson: model, course: course, opening: open.opening, resume: open, base: base)
  }
}
