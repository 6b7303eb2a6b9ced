import LatihData

/// Hand-made events with readable defaults, for journal, store and progress tests.
package enum SampleEvents {
  package static let device = "a4e87d3f6cb5cbbd"
  package static let participant = "0d4b2ae80b4b06ff"
  /// 2026-11-23T09:00:00.000Z.
  package static let baseTime: Int64 = 1_795_424_400_000

  /// A 32-digit event id made from `number`, so ids sort like their numbers.
  package static func id(_ number: Int) -> String {
    let digits = String(number, radix: 16)
    return String(repeating: "0", count: max(0, 32 - digits.count)) + digits
  }

  /// Event number `number` at `baseTime + minutes` minutes.
  package static func event(
    _ number: Int, _ body: EventBody, minutes: Int64 = 0, participant: String? = participant
  ) -> Event {
    Event(
      id: id(number), time: baseTime + minutes * 60_000, device: device,
      participant: participant, body: body)
  }

  /// The journal bytes for `events`, numbered 1, 2, 3, ….
  package static func journal(_ events: [Event], firstSequence: Int = 1) -> [UInt8] {
    var bytes: [UInt8] = []
    for (offset, event) in events.enumerated() {
      bytes += JournalLine.encode(event, sequence: firstSequence + offset)
    }
    return bytes
  }

  /// Every ``EventBody`` case, with optional fields absent and present, and `retry`
  /// absent, empty and full.
  package static let everyKind: [Event] = {
    let bodies: [EventBody] = [
      .enrolled(Enrollment(name: "Siti Nurhaliza")),
      .enrolled(Enrollment(name: "Dewi \"Ayu\"", group: "PKK RT 03", code: "A7", phone: "0812")),
      .sessionCreated(SessionInfo(session: "5e551011", title: "Pelatihan Afiliasi")),
      .sessionCreated(
        SessionInfo(session: "5e551011", title: "Latih", place: "Balai Desa", date: "2026-11-23")),
      .sessionJoined(session: "5e551011"),
      .lessonOpened(
        LessonOpening(run: "r1", lesson: "dasar", language: .id, seed: 0, shuffled: false)),
      .lessonOpened(
        LessonOpening(
          run: "r2", lesson: "tes", language: .en, seed: UInt64.max, shuffled: true, tag: .pre,
          session: "5e551011", retry: [], retryOf: "r1")),
      .lessonOpened(
        LessonOpening(
          run: "r3", lesson: "tes", language: .id, seed: 42, shuffled: true, tag: .post,
          tagSet: .explicit, retry: ["q-1", "q\\2", "kuis \"3\""], retryOf: "r2")),
      .pageReached(PageVisit(run: "r1", lesson: "dasar", page: 0)),
      .pageReached(PageVisit(run: "r1", lesson: "dasar", page: 12)),
      .checklistItem(ChecklistMark(run: "r1", lesson: "daftar", item: "login", done: true)),
      .checklistItem(
        ChecklistMark(
          run: "r1", lesson: "daftar", item: "ktp", done: false, reason: "documents",
          indicator: "affiliate-account", session: "5e551011")),
      .answer(
        AnswerRecord(
          run: "r1", lesson: "dasar", question: "q1", attempt: 1, correct: false, final: false,
          response: "2,3")),
      .answer(
        AnswerRecord(
          run: "r1", lesson: "dasar", question: "q2", attempt: 2, correct: true, final: true,
          response: "Ya, benar 😀\n\t\"kutip\" \\ é")),
      .lessonCompleted(
        LessonResult(run: "r1", lesson: "dasar", correct: 0, total: 0, score: 0, passed: false)),
      .lessonCompleted(
        LessonResult(
          run: "r2", lesson: "tes", correct: 9, total: 10, score: 90, passed: true, tag: .post)),
      .indicatorRecorded(
        IndicatorRecord(indicator: "installed-app", achieved: true, source: .facilitator)),
      .indicatorRecorded(
        IndicatorRecord(
          indicator: "affiliate-account", achieved: false, reason: "documents",
          note: "KTP belum ada", source: .selfReported, session: "5e551011")),
      .participantsLinked(other: "1f2e3d4c5b6a7980"),
      .postTestOpened(session: "5e551011"),
      .participantRenamed(name: "Siti Nurhaliza Putri"),
      .participantRemoved,
      .participantRestored,
      .sessionRenamed(
        SessionInfo(
          session: "5e551011", title: "Pelatihan \"Afiliasi\"", place: "Balai Desa",
          date: "2023-08-06")),
      .sessionRemoved(session: "5e551011"),
      .sessionRestored(session: "5e551011"),
      .sessionsLinked(session: "5e551011", other: "a1b2c3d4"),
      .sessionPin(session: "5e551011", policy: .required),
      .pinSet(PinHash(pin: "2468", salt: "00112233445566ff")),
      .pinSet(nil),
      .unknown(type: "video-watched", fields: #","url":"x","n":[1,{"a":null}],"score":87.5"#),
      .unknown(type: "ping", fields: ""),
    ]
    return bodies.enumerated().map { index, body in
      event(index + 1, body, minutes: Int64(index), participant: index == 2 ? nil : participant)
    }
  }()
}
