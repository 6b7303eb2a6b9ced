import LatihBase
import LatihCourse
import LatihData

/// One simulated participant working through a course, producing the events the tutor
/// and the facilitator would record: lesson runs with page visits (and the odd step
/// back), checklist ticks with indicators and reasons, answers with second tries,
/// retries of missed questions, unfinished runs, the pre-test and post-test, and the
/// facilitator's indicator records.
///
/// Events are made with the participant's own ``DataStore`` (seeded ids, a
/// ``SyntheticClock``), so they are exactly what Latih writes; the caller appends them.
struct LearnerSimulator {
  let course: Course
  let language: Language
  let store: DataStore
  let clock: SyntheticClock
  let participant: String
  let session: String?
  let profile: LearnerProfile
  var random: BenchRandom
  /// The events made so far, in time order.
  private(set) var events: [Event] = []

  init(
    course: Course, language: Language, store: DataStore, clock: SyntheticClock,
    participant: String, session: String?, profile: LearnerProfile, random: BenchRandom
  ) {
    self.course = course
    self.language = language
    self.store = store
    self.clock = clock
    self.participant = participant
    self.session = session
    self.profile = profile
    self.random = random
  }

  /// Records `body` after a pause of `seconds`.
  mutating func record(_ body: EventBody, after seconds: ClosedRange<Int>) {
    clock.pause(seconds, using: &random)
    events.append(store.event(body, participant: participant))
  }

  /// The whole history: pre-test, lessons (with retries), post-test, facilitator records.
  mutating func run() {
    let test = course.courseTest(in: language)
    if let test, random.chance(profile.takesPreTest) {
      _ = runLesson(test, skill: profile.skill * 0.7, tag: .pre)
    }
    let lessons = course.orderedLessons(in: language).filter { $0.kind != .test }
    for lesson in lessons.prefix(profile.lessons) {
      if random.chance(0.15) { clock.advance(Int64(random.int(1...3)) * 86_400_000) }
      guard let outcome = runLesson(lesson, skill: profile.skill, tag: nil) else { continue }
      if !outcome.result.passed, !outcome.missed.isEmpty, random.chance(0.5) {
        _ = runLesson(
          lesson, skill: min(0.97, profile.skill + 0.2), tag: nil,
          retry: (outcome.missed, outcome.result.run))
      }
    }
    if let test, profile.lessons >= 3, random.chance(0.8) {
      _ = runLesson(test, skill: min(0.97, profile.skill + 0.15), tag: .post)
    }
    if random.chance(profile.assessed) { recordIndicators() }
  }

  /// The facilitator's records (with reasons and sometimes a note); now and then a
  /// later record that overrides the first.
  mutating func recordIndicators() {
    clock.advance(Int64(random.int(10...120)) * 60_000)
    for (index, indicator) in course.manifest.indicators.enumerated() {
      var achieved = profile.achieves(index)
      for round in 0..<(random.chance(0.05) ? 2 : 1) {
        if round == 1 { achieved = !achieved || random.chance(0.5) }
        let reason = achieved ? nil : reason(for: index)
        let note: String? =
          !achieved && random.chance(0.2) ? random.pick(Self.notes) : nil
        let outcome = IndicatorRecord(
          indicator: indicator.id, achieved: achieved, reason: reason, note: note,
          source: .facilitator, session: session)
        record(.indicatorRecorded(outcome), after: 20...300)
      }
    }
  }

  /// A reason for "not yet" on indicator `index`, weighted as in the field (documents
  /// dominate for the account indicator).
  mutating func reason(for index: Int) -> String? {
    let reasons = course.manifest.reasons.map(\.id)
    guard !reasons.isEmpty else { return nil }
    if random.chance(0.04) { return nil }
    var weights = reasons.map { _ in 1.0 }
    if index == 1, weights.count > 1 { weights[0] = 12 }
    if index != 1, weights.count > 4 { weights[4] = 4 }
    return reasons[random.weighted(weights)]
  }

  static let notes = [
    "KTP belum dibawa", "sinyal lemah di balai desa", "HP dipakai anak",
    "akan dibantu minggu depan",
    "butuh pendampingan", "\"akun\" sudah ada, belum verifikasi",
  ]
}
