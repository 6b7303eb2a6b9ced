import Dispatch
import LatihBase
import LatihCourse
import LatihData
import LatihTestSupport
import Synchronization

/// A deterministic synthetic data folder: `participants` people across `sessions`
/// training sessions, each with a realistic history (see ``LearnerSimulator``), about 100
/// events per person on average, written through ``DataStore`` and ``Journal``.
///
/// The same seed gives the same bytes: each participant has its own seeded id source and
/// clock, so the work can be split across threads without changing the result.
package struct SyntheticDataSet: Sendable {
  package var participants: Int
  package var sessions: Int
  package var seed: UInt64
  /// Share of people enrolled a second time (another laptop) and linked.
  package var linkedShare = 0.005
  /// The lesson language of the runs.
  package var language: Language = .id

  package init(participants: Int, sessions: Int, seed: UInt64) {
    self.participants = participants
    self.sessions = max(1, sessions)
    self.seed = seed
  }

  /// What was written.
  package struct Summary: Sendable {
    package var participants = 0
    package var records = 0
    package var events = 0
    package var device = ""
  }

  /// Writes the data folder at `directory` (which should not hold data yet) for `course`.
  /// With `durable` false (the default), files are flushed once at the end instead of
  /// after every append.
  package func write(to directory: String, course: Course, durable: Bool = false) throws
    -> Summary
  {
    let fileSystem: any FileSystem = durable ? SystemFileSystem() : DeferredSyncFileSystem()
    let clock = SyntheticClock(start: SyntheticPeople.sessionDate(0, of: 1).millis)
    let store = try DataStore.open(
      directory, fileSystem: fileSystem, clock: clock,
      identifiers: SeededIdentifierSource(seed: seed), create: true, hostName: "bench-laptop")
    var sessionIDs: [String] = []
    for index in 0..<sessions {
      let date = SyntheticPeople.sessionDate(index, of: sessions)
      clock.set(date.millis - 3_600_000)
      let session = try SessionList.create(
        store, title: SyntheticPeople.sessionTitle(index),
        place: SyntheticPeople.places[index % SyntheticPeople.places.count], date: date.text)
      sessionIDs.append(session.id)
    }
    let housekeeping = try sessionHousekeeping(store, clock, first: sessionIDs[0])
    let total = Mutex(Summary())
    let failure = Mutex<(any Error)?>(nil)
    let chunk = 64
    let chunks = (participants + chunk - 1) / chunk
    let ids = sessionIDs
    DispatchQueue.concurrentPerform(iterations: chunks) { part in
      var summary = Summary()
      do {
        for index in (part * chunk)..<min(participants, (part + 1) * chunk) {
          try writeParticipant(index, directory, fileSystem, course, ids, &summary)
        }
      } catch {
        failure.withLock { $0 = $0 ?? error }
      }
      total.withLock { sum in
        sum.participants += summary.participants
        sum.records += summary.records
        sum.events += summary.events
      }
    }
    if let error = failure.withLock({ $0 }) { throw error }
    (fileSystem as? DeferredSyncFileSystem)?.flushAll()
    // The facilitator of the first session opens its post-test late in the day.
    let firstDay = SyntheticPeople.sessionDate(0, of: sessions)
    clock.set(firstDay.millis + 6 * 3_600_000)
    _ = try SessionList.openPostTest(store, session: sessionIDs[0])
    var summary = total.withLock { $0 }
    summary.events += sessions + housekeeping + 1
    summary.device = store.device
    return summary
  }

  /// Enrols participant `index` in a session and records their history; a few are
  /// enrolled twice (as on a second laptop) and linked.
  private func writeParticipant(
    _ index: Int, _ directory: String, _ fileSystem: any FileSystem, _ course: Course,
    _ sessionIDs: [String], _ summary: inout Summary
  ) throws {
    var random = BenchRandom(seed: seed, index: index)
    let sessionIndex = index * sessionIDs.count / max(1, participants)
    let start = SyntheticPeople.sessionDate(sessionIndex, of: sessionIDs.count).millis
    let clock = SyntheticClock(start: start + Int64(random.int(0...5400)) * 1000)
    let store = try DataStore.open(
      directory, fileSystem: fileSystem, clock: clock,
      identifiers: SeededIdentifierSource(seed: random.next()), create: false)
    let session = sessionIDs[sessionIndex]
    let enrollment = SyntheticPeople.enrollment(index: index, using: &random)
    let first = try history(enrollment, store, clock, course, session, &random, &summary)
    guard random.chance(linkedShare) else { return }
    clock.advance(Int64(random.int(1...20)) * 86_400_000)
    let other = try history(enrollment, store, clock, course, nil, &random, &summary)
    let link = store.event(.participantsLinked(other: other), participant: first)
    // The second record is renamed to the same name, removed and restored, and given a
    // PIN that is then cleared: every kind of roster change, none changing a figure.
    let pin = PinHash(pin: "2580", salt: "00112233445566ff")
    let changes = [
      store.event(.participantRenamed(name: enrollment.name), participant: other),
      store.event(.participantRemoved, participant: other),
      store.event(.participantRestored, participant: other),
      store.event(.pinSet(pin), participant: other),
      store.event(.pinSet(nil), participant: other),
    ]
    try store.append([link], to: first)
    try store.append(changes, to: other)
    summary.events += 1 + changes.count
  }

  /// The first training day created again (as on a second laptop: the same day, one
  /// session), linked to it, renamed to the same words, removed and restored, its PIN
  /// policy set: every kind of session change, none changing a figure. Returns the events
  /// written.
  private func sessionHousekeeping(_ store: DataStore, _ clock: SyntheticClock, first: String)
    throws -> Int
  {
    let day = try SessionList.load(store).find(first)!
    clock.advance(60_000)
    let again = try SessionList.create(store, title: day.title, place: day.place, date: day.date)
    let info = SessionInfo(session: first, title: day.title, place: day.place, date: day.date)
    try SessionList.record(
      [
        store.event(.sessionsLinked(session: first, other: again.id), participant: nil),
        store.event(.sessionRenamed(info), participant: nil),
        store.event(.sessionRemoved(session: again.id), participant: nil),
        store.event(.sessionRestored(session: again.id), participant: nil),
        store.event(.sessionPin(session: first, policy: .optional), participant: nil),
      ], in: store)
    return 6
  }

  /// Enrols a record and appends its simulated events in one write; returns its id.
  private func history(
    _ enrollment: Enrollment, _ store: DataStore, _ clock: SyntheticClock, _ course: Course,
    _ session: String?, _ random: inout BenchRandom, _ summary: inout Summary
  ) throws -> String {
    let id = try store.enroll(enrollment, session: session)
    let lessonCount = course.lessonIDs.count - (course.manifest.courseTest == nil ? 0 : 1)
    let profile = LearnerProfile.draw(
      indicatorCount: course.manifest.indicators.count, lessonCount: lessonCount,
      using: &random)
    var simulator = LearnerSimulator(
      course: course, language: language, store: store, clock: clock, participant: id,
      session: session, profile: profile, random: BenchRandom(seed: random.next()))
    simulator.run()
    try store.append(simulator.events, to: id)
    summary.participants += session == nil ? 0 : 1
    summary.records += 1
    summary.events += simulator.events.count + (session == nil ? 1 : 2)
    return id
  }
}
