import LatihTestSupport

@testable import LatihData

/// Builders for one participant's events, numbered by the caller so ids (and the
/// tie-break between events at the same time) are explicit.
enum ProgressHistory {
  static func opened(
    _ number: Int, run: String, lesson: String = "dasar", tag: TestTag? = nil,
    retry: [String]? = nil, at minutes: Int64
  ) -> Event {
    let opening = LessonOpening(
      run: run, lesson: lesson, language: .id, seed: 7, shuffled: true, tag: tag,
      retry: retry, retryOf: retry == nil ? nil : "r0")
    return SampleEvents.event(number, .lessonOpened(opening), minutes: minutes)
  }

  static func page(
    _ number: Int, run: String, lesson: String = "dasar", page: Int,
    at minutes: Int64
  ) -> Event {
    SampleEvents.event(
      number, .pageReached(PageVisit(run: run, lesson: lesson, page: page)), minutes: minutes)
  }

  static func answer(
    _ number: Int, run: String, lesson: String = "dasar", question: String, attempt: Int = 1,
    correct: Bool, final: Bool = true, at minutes: Int64
  ) -> Event {
    let record = AnswerRecord(
      run: run, lesson: lesson, question: question, attempt: attempt, correct: correct,
      final: final, response: correct ? "2" : "1")
    return SampleEvents.event(number, .answer(record), minutes: minutes)
  }

  static func completed(
    _ number: Int, run: String, lesson: String = "dasar", score: Int, passMark: Int = 70,
    tag: TestTag? = nil, at minutes: Int64
  ) -> Event {
    let result = LessonResult(
      run: run, lesson: lesson, correct: score / 10, total: 10, score: score,
      passed: score >= passMark, tag: tag)
    return SampleEvents.event(number, .lessonCompleted(result), minutes: minutes)
  }

  static func mark(
    _ number: Int, run: String, item: String, done: Bool, reason: String? = nil,
    indicator: String? = nil, session: String? = nil, at minutes: Int64
  ) -> Event {
    let mark = ChecklistMark(
      run: run, lesson: "daftar", item: item, done: done, reason: reason, indicator: indicator,
      session: session)
    return SampleEvents.event(number, .checklistItem(mark), minutes: minutes)
  }

  static func record(
    _ number: Int, _ indicator: String, achieved: Bool, reason: String? = nil,
    source: RecordSource = .facilitator, session: String? = nil, at minutes: Int64
  ) -> Event {
    let record = IndicatorRecord(
      indicator: indicator, achieved: achieved, reason: reason, note: reason.map { "n-" + $0 },
      source: source, session: session)
    return SampleEvents.event(number, .indicatorRecorded(record), minutes: minutes)
  }

  /// A varied history: two lessons with several runs, a retry, checklist self-reports,
  /// facilitator records in two sessions, pre- and post-tests, and events sharing a time.
  static let rich: [Event] = [
    SampleEvents.event(1, .enrolled(Enrollment(name: "Siti")), minutes: 0),
    SampleEvents.event(2, .sessionJoined(session: "s1"), minutes: 0),
    opened(3, run: "t1", lesson: "tes", tag: .pre, at: 1),
    answer(4, run: "t1", lesson: "tes", question: "q1", correct: false, at: 2),
    completed(5, run: "t1", lesson: "tes", score: 30, tag: .pre, at: 2),
    opened(6, run: "r1", at: 3),
    page(7, run: "r1", page: 0, at: 3),
    page(8, run: "r1", page: 1, at: 4),
    answer(9, run: "r1", question: "q1", correct: false, final: false, at: 5),
    answer(10, run: "r1", question: "q1", attempt: 2, correct: true, at: 5),
    answer(11, run: "r1", question: "q2", correct: false, at: 6),
    completed(12, run: "r1", score: 50, at: 7),
    opened(13, run: "r2", retry: ["q2"], at: 8),
    answer(14, run: "r2", question: "q2", correct: true, at: 9),
    completed(15, run: "r2", score: 100, at: 9),
    opened(16, run: "c1", lesson: "daftar", at: 10),
    mark(
      17, run: "c1", item: "ktp", done: false, reason: "documents",
      indicator: "affiliate-account", session: "s1", at: 11),
    mark(18, run: "c1", item: "app", done: true, indicator: "installed-app", at: 11),
    mark(19, run: "c1", item: "note", done: true, at: 12),
    record(20, "affiliate-account", achieved: false, reason: "documents", session: "s1", at: 13),
    record(21, "video-content", achieved: true, session: "s2", at: 14),
    mark(22, run: "c1", item: "ktp", done: true, indicator: "affiliate-account", at: 15),
    opened(23, run: "t2", lesson: "tes", tag: .post, at: 20),
    completed(24, run: "t2", lesson: "tes", score: 60, tag: .post, at: 21),
    opened(25, run: "t3", lesson: "tes", tag: .post, at: 22),
    completed(26, run: "t3", lesson: "tes", score: 80, tag: .post, at: 23),
    opened(27, run: "r3", at: 30),
    page(28, run: "r3", page: 2, at: 31),
  ]
}
