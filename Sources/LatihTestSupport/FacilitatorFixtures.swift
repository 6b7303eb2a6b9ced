import LatihBase
import LatihCourse
import LatihData
import Synchronization

/// A clock that starts at a fixed time and moves one second per reading, so events made
/// in a test have distinct, repeatable times.
package final class SteppingClock: WallClock, @unchecked Sendable {
  private let current: Mutex<Int64>

  package init(start: Int64 = 1_700_000_000_000) { current = Mutex(start) }

  package func currentTime() -> Int64 {
    current.withLock { value in
      value += 1000
      return value
    }
  }
}

/// Builds data folders with known participants and events for facilitator tests.
package enum FacilitatorFixtures {
  /// A store over `directory` with a seeded id source.
  package static func store(_ directory: String, seed: UInt64 = 7) throws -> DataStore {
    try DataStore.open(
      directory, fileSystem: SystemFileSystem(), clock: SteppingClock(),
      identifiers: SeededIdentifierSource(seed: seed), create: true)
  }

  /// Enrols `name` and records indicator outcomes for them; returns the id.
  @discardableResult
  package static func person(
    _ store: DataStore, _ name: String, outcomes: [(String, Bool, String?)] = [],
    session: String? = nil
  ) throws -> String {
    let id = try store.enroll(Enrollment(name: name), session: session)
    let events = outcomes.map { indicator, achieved, reason in
      store.event(
        .indicatorRecorded(
          IndicatorRecord(
            indicator: indicator, achieved: achieved, reason: reason, source: .facilitator,
            session: session)), participant: id)
    }
    try store.append(events, to: id)
    return id
  }

  /// The three indicators and two reasons of a small course manifest.
  package static var indicators: [CourseManifest.Label] {
    ["installed-app", "affiliate-account", "video-content"].map { id in
      CourseManifest.Label(
        id: id, labels: [.id: "Label \(id)", .en: "Label \(id)"],
        location: SourceLocation(path: "course.md", line: 1))
    }
  }

  package static var reasons: [CourseManifest.Label] {
    ["documents", "other"].map { id in
      CourseManifest.Label(
        id: id, labels: [.id: "Alasan \(id)", .en: "Reason \(id)"],
        location: SourceLocation(path: "course.md", line: 1))
    }
  }
}
