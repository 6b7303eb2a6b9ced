import LatihTestSupport

@testable import LatihBase
@testable import LatihData
@testable import LatihReport

/// Participants and their events built in memory, with fixed ids and times, and the
/// report built from them through ``ReportBuilder``.
struct ReportScenario {
  var participants: [Participant] = []
  var events: [String: [Event]] = [:]
  var links: [(String, String)] = []
  var sessions: [Session] = []
  var course = ReportCourseFixture.course
  /// The fixed time the report says it was generated at (2026-05-01T09:00:00Z).
  var generated: Int64 = 1_777_626_000_000
  /// The laptop's zone the report is made in: WIB (UTC+7).
  var utcOffset = 7 * 3600
  private var counter: UInt64 = 0

  /// The next id: 16 hexadecimal digits from a counter scrambled so that id order is not
  /// enrolment order.
  private mutating func nextID(bytes: Int = 8) -> String {
    counter += 1
    let hex = String(counter &* 0x9E37_79B9_7F4A_7C15, radix: 16)
    let word = String(repeating: "0", count: 16 - hex.count) + hex
    let counted = String(repeating: "0", count: 16) + String(counter, radix: 16)
    return String((word + counted.suffix(16)).prefix(bytes * 2))
  }

  private mutating func nextTime() -> Int64 {
    generated - 86_400_000 + Int64(counter) * 1000
  }

  /// Creates a session and returns its id.
  mutating func session(_ title: String, place: String? = nil, date: String? = nil) -> String {
    let id = nextID(bytes: 4)
    sessions.append(
      Session(id: id, title: title, place: place, date: date, created: nextTime(), device: "d"))
    return id
  }

  /// Enrols a person and returns their id.
  mutating func enroll(_ name: String, group: String? = nil, sessions: [String] = []) -> String {
    let id = nextID()
    participants.append(
      Participant(
        id: id, name: name, group: group, code: nil, phone: nil, enrolledAt: nextTime(),
        sessions: sessions))
    events[id] = []
    return id
  }

  mutating func add(_ body: EventBody, to participant: String) {
    let id = nextID(bytes: 16)
    events[participant, default: []].append(
      Event(id: id, time: nextTime(), device: "d", participant: participant, body: body))
  }

  /// An indicator outcome (by the facilitator unless said otherwise).
  mutating func record(
    _ participant: String, _ indicator: String, _ achieved: Bool, reason: String? = nil,
    note: String? = nil, session: String? = nil, source: RecordSource = .facilitator
  ) {
    add(
      .indicatorRecorded(
        IndicatorRecord(
          indicator: indicator, achieved: achieved, reason: reason, note: note, source: source,
          session: session)),
      to: participant)
  }

  /// A run of `lesson`: each question's tries (true = right) in order; finished unless
  /// `finish` is false, with `score` or else the score these tries give.
  mutating func take(
    _ participant: String, _ lesson: String, _ tries: [(String, [Bool])], tag: TestTag? = nil,
    finish: Bool = true, score: Int? = nil, practice: Bool = false
  ) {
    let run = nextID(bytes: 8)
    add(
      .lessonOpened(
        LessonOpening(
          run: run, lesson: lesson, language: .id, seed: 1, shuffled: false, tag: tag,
          retry: practice ? tries.map(\.0) : nil, retryOf: practice ? "earlier" : nil)),
      to: participant)
    for (question, results) in tries {
      for (index, correct) in results.enumerated() {
        add(
          .answer(
            AnswerRecord(
              run: run, lesson: lesson, question: question, attempt: index + 1, correct: correct,
              final: correct || index == results.count - 1, response: correct ? "1" : "2")),
          to: participant)
      }
    }
    guard finish else { return }
    let total = course.lesson(lesson, in: .id)?.questions.count ?? 0
    let right = tries.filter { $0.1.last == true }.count
    let computed = total == 0 ? 100 : Int((Double(right) * 100 / Double(total)).rounded())
    let score = score ?? computed
    add(
      .lessonCompleted(
        LessonResult(
          run: run, lesson: lesson, correct: right, total: total, score: score,
          passed: score >= course.manifest.passMark, tag: tag)),
      to: participant)
  }

  /// A finished course-test run with `score` (the answers do not matter for the gain),
  /// tagged explicitly (`learn --pre/--post`) unless `explicit` is false: then the report
  /// decides by time.
  mutating func test(_ participant: String, _ tag: TestTag, score: Int, explicit: Bool = true) {
    let run = nextID(bytes: 8)
    let testID = course.manifest.courseTest ?? "tes"
    add(
      .lessonOpened(
        LessonOpening(
          run: run, lesson: testID, language: .id, seed: 1, shuffled: false, tag: tag,
          tagSet: explicit ? .explicit : nil)),
      to: participant)
    add(
      .lessonCompleted(
        LessonResult(
          run: run, lesson: testID, correct: 0, total: 2, score: score, passed: score >= 70,
          tag: tag)),
      to: participant)
  }

  var roster: Roster { Roster(participants: participants, links: links) }

  /// The report for `filter`.
  func model(
    _ filter: ReportFilter = ReportFilter(), language: Language = .id, anonymize: Bool = false
  ) throws -> ReportModel {
    let roster = self.roster
    let builder = ReportBuilder(
      course: course, roster: roster, sessions: SessionList(sessions: sessions),
      language: language, generated: generated, anonymize: anonymize, utcOffset: utcOffset)
    return try builder.build(filter) { person in
      ParticipantProgress(events: roster.records(of: person.id).flatMap { events[$0.id] ?? [] })
    }
  }
}
