import LatihTestSupport

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData

/// Valid events of every kind for two people and a session, as another laptop would
/// export them, and ways to break one field at a time: the material of the field
/// validation and conflict families.
enum MergeCases {
  static let dewi = "0123456789abcdef"
  static let rina = "fedcba9876543210"
  static let device = "d15ea5eddeadbeef"
  static let session = "5e551234"
  static let run = "f00df00df00df00d"
  static let start: Int64 = 1_700_000_000_000

  /// An event numbered `number` (its id and time follow from it).
  static func event(_ number: Int, _ participant: String?, _ body: EventBody) -> Event {
    let digits = String(number, radix: 16)
    return Event(
      id: String(repeating: "e", count: 32 - digits.count) + digits,
      time: start + Int64(number) * 1000, device: device, participant: participant, body: body)
  }

  /// Both people's enrolments and two sessions: what every case's person needs.
  static var base: [Event] {
    [
      event(1, nil, .sessionCreated(SessionInfo(session: session, title: "Pelatihan Desa"))),
      event(2, dewi, .enrolled(Enrollment(name: "Dewi", phone: "0812"))),
      event(3, rina, .enrolled(Enrollment(name: "Rina"))),
      event(4, nil, .sessionCreated(SessionInfo(session: "5e55beef", title: "Hari Kedua"))),
    ]
  }

  /// One valid event of every known kind (beyond the enrolment), each numbered apart.
  static var everyKind: [Event] {
    [
      event(10, dewi, .sessionJoined(session: session)),
      event(
        11, dewi,
        .lessonOpened(
          LessonOpening(
            run: run, lesson: "dasar", language: .id, seed: 7, shuffled: true, tag: .pre,
            session: session, retry: ["q1"], retryOf: "abcdabcdabcdabcd"))),
      event(12, dewi, .pageReached(PageVisit(run: run, lesson: "dasar", page: 3))),
      event(
        13, dewi,
        .checklistItem(
          ChecklistMark(
            run: run, lesson: "dasar", item: "c1", done: false, reason: "network",
            indicator: "installed-app", session: session))),
      event(
        14, dewi,
        .answer(
          AnswerRecord(
            run: run, lesson: "dasar", question: "q1", attempt: 2, correct: true, final: true,
            response: "komisi"))),
      event(
        15, dewi,
        .lessonCompleted(
          LessonResult(run: run, lesson: "dasar", correct: 3, total: 4, score: 75, passed: true))),
      event(
        16, dewi,
        .indicatorRecorded(
          IndicatorRecord(
            indicator: "affiliate-account", achieved: false, reason: "documents",
            note: "KTP belum ada", source: .facilitator, session: session))),
      event(17, dewi, .participantsLinked(other: rina)),
      event(18, nil, .unknown(type: "future-kind", fields: ",\"title\":\"Baru\"")),
      event(19, dewi, .participantRenamed(name: "Dewi Lestari")),
      event(20, rina, .participantRemoved),
      event(21, rina, .participantRestored),
      event(22, nil, .sessionRenamed(SessionInfo(session: session, title: "Pelatihan Baru"))),
      event(23, nil, .sessionRemoved(session: session)),
      event(24, nil, .sessionRestored(session: session)),
      event(25, nil, .sessionsLinked(session: session, other: "5e55beef")),
      event(26, nil, .postTestOpened(session: session)),
    ]
  }

  /// One broken field: the event it breaks, the problem a merge must name.
  struct Breach {
    var name: String
    var event: Event
    var problem: EventRules.Problem
  }

  /// Values that are not generated ids.
  static let badGenerated = [
    "", "ABCDEF12", "0123456", String(repeating: "a", count: 33), "../../../../tmp/evil4",
    "0123456789abcdeg", "01234567 89abcdef",
  ]
  /// Values that are not course ids.
  static let badCourse = [
    "", "Dasar", "1dasar", "dasar/../x", String(repeating: "a", count: 65), "da sar",
    "dasar\u{1B}[2J",
  ]

  /// Applies `change` to the body of the event of `kind` in ``everyKind``.
  static func changing(_ number: Int, _ change: (inout EventBody) -> Void) -> Event {
    var event = everyKind[number - 10]
    change(&event.body)
    return event
  }
}
