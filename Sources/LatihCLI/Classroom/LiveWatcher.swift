import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// The state `latih live` keeps between looks: the journal offsets and the room.
struct LiveWatcher {
  private var tail: JournalTail
  private var room = LiveRoom()
  let course: Course?
  let language: Language
  let stuckMinutes: Int
  let anonymize: Bool

  init(store: DataStore, course: Course?, language: Language, stuckMinutes: Int, anonymize: Bool) {
    tail = JournalTail(store: store)
    self.course = course
    self.language = language
    self.stuckMinutes = stuckMinutes
    self.anonymize = anonymize
  }

  /// Reads what was appended and returns the room now.
  mutating func look(now: Int64) -> LiveSnapshot {
    let fresh = tail.poll()
    for id in tail.restarted { room.restart(id) }
    for (id, events) in fresh { room.apply(events, to: id) }
    let locked = FileLocks.lockedInodes() ?? []
    let connected = Set(tail.inodes.filter { locked.contains($0.value) }.keys)
    return LiveSnapshot(
      room: room, connected: connected, course: course, language: language, now: now,
      stuckMinutes: stuckMinutes, anonymize: anonymize)
  }
}
