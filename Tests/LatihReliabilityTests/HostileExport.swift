@testable import LatihData

/// An export file "from another laptop" whose every free-text field holds a payload: the
/// way hostile text reaches a data folder without passing Latih's input cleaning (names
/// typed here are cleaned; merged text is taken as it is, within its length). Id fields
/// (lessons, questions, indicators, reasons, runs) hold valid ids: a merge refuses any
/// other (``hostileIDs`` builds those, for the tests that see them refused).
struct HostileExport {
  /// One person per payload, with everything they can carry.
  struct Person {
    var id: String
    var payload: String
    var name: String
  }

  private(set) var events: [Event] = []
  private(set) var people: [Person] = []
  private var time: Int64 = 1_700_000_000_000
  private var counter = 0

  private mutating func next(_ participant: String?, _ body: EventBody) {
    counter += 1
    time += 60_000
    let id = String(repeating: "0", count: 24) + String(format8(counter))
    events.append(
      Event(id: id, time: time, device: "d15ea5eddeadbeef", participant: participant, body: body))
  }

  private func format8(_ number: Int) -> String {
    let digits = String(number, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }

  /// Adds a session whose title and place carry `payload`; returns its id.
  mutating func session(_ payload: String) -> String {
    let id = "5e55" + format8(counter + 1).suffix(4)
    next(
      nil,
      .sessionCreated(
        SessionInfo(
          session: id, title: HostileText.embed(payload, in: "Pelatihan Desa"),
          place: HostileText.embed(payload, in: "Balai Desa"), date: "2023-08-05")))
    return id
  }

  /// Adds a person whose name, group, code, phone, note and answers carry `payload`
  /// (with `name` as the name when given).
  mutating func person(_ payload: String, name: String? = nil, session: String? = nil) {
    let id = format8(people.count + 1) + "ba5eba5e"
    let fullName = name ?? HostileText.embed(payload)
    next(
      id,
      .enrolled(
        Enrollment(
          name: fullName, group: HostileText.embed(payload, in: "Mawar"),
          code: HostileText.embed(payload, in: "A1"), phone: HostileText.embed(payload, in: "0812"))
      ))
    if let session { next(id, .sessionJoined(session: session)) }
    let run = "f00d" + format8(people.count + 1)
    next(
      id,
      .lessonOpened(
        LessonOpening(run: run, lesson: "dasar", language: .id, seed: 1, shuffled: false)))
    next(id, .pageReached(PageVisit(run: run, lesson: "dasar", page: 0)))
    next(
      id,
      .answer(
        AnswerRecord(
          run: run, lesson: "dasar", question: "komisi", attempt: 1, correct: false, final: false,
          response: HostileText.embed(payload, in: "jawaban"))))
    next(
      id,
      .answer(
        AnswerRecord(
          run: run, lesson: "dasar", question: "soal", attempt: 1,
          correct: true, final: true, response: "b")))
    next(
      id,
      .lessonOpened(
        LessonOpening(
          run: run + "0", lesson: "pelajaran-lama", language: .id,
          seed: 1, shuffled: false)))
    next(
      id,
      .indicatorRecorded(
        IndicatorRecord(
          indicator: "affiliate-account", achieved: false,
          reason: "alasan",
          note: HostileText.embed(payload, in: "catatan fasilitator"), source: .facilitator,
          session: session)))
    next(
      id,
      .indicatorRecorded(
        IndicatorRecord(
          indicator: "indikator", achieved: true,
          source: .selfReported)))
    people.append(Person(id: id, payload: payload, name: fullName))
  }

  /// Events whose course ids (lesson, question, indicator, reason) carry `payload`: what
  /// a merge must refuse whole.
  static func hostileIDs(_ payload: String) -> [Event] {
    let person = "0123456789abcdef"
    let run = "f00df00df00df00d"
    let bodies: [EventBody] = [
      .enrolled(Enrollment(name: "Dewi")),
      .lessonOpened(
        LessonOpening(
          run: run, lesson: HostileText.embed(payload, in: "dasar"), language: .id, seed: 1,
          shuffled: false)),
      .answer(
        AnswerRecord(
          run: run, lesson: "dasar", question: HostileText.embed(payload, in: "soal"), attempt: 1,
          correct: true, final: true, response: "b")),
      .indicatorRecorded(
        IndicatorRecord(
          indicator: HostileText.embed(payload, in: "indikator"), achieved: true,
          source: .facilitator)),
      .indicatorRecorded(
        IndicatorRecord(
          indicator: "affiliate-account", achieved: false,
          reason: HostileText.embed(payload, in: "alasan"), source: .facilitator)),
    ]
    return bodies.enumerated().map { index, body in
      Event(
        id: String(repeating: "a", count: 31) + String(index),
        time: 1_700_000_000_000 + Int64(index),
        device: "d15ea5eddeadbeef", participant: person, body: body)
    }
  }

  /// The export file's bytes, for the fixture course.
  var bytes: [UInt8] {
    ExportFile.encode(
      events, course: "kursus-uji", device: "d15ea5eddeadbeef", host: "lain", created: 0)
  }
}
