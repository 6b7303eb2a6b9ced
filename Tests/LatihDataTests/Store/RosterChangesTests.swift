import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

/// Renames, removals and the matching rule, from journals on disk.
@Suite struct RosterChangesTests {
  @Test func renameAndRemovalCountForThePersonLatestWins() throws {
    try TemporaryDirectory.with { directory in
      let clock = FixedClock()
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: clock,
        identifiers: SeededIdentifierSource(seed: 9), create: true)
      let siti = try store.enroll(Enrollment(name: "Siti"), session: nil)
      let again = try store.enroll(Enrollment(name: "Siti A"), session: nil)
      let dewi = try store.enroll(Enrollment(name: "Dewi"), session: nil)
      func append(_ body: EventBody, _ id: String) throws {
        clock.advance(by: 1000)
        try store.append([store.event(body, participant: id)], to: id)
      }
      try append(.participantsLinked(other: again), siti)
      try append(.participantRenamed(name: "Siti  Aminah\u{301}"), again)
      try append(.participantRemoved, dewi)
      var roster = try Roster.load(store)
      #expect(
        roster.people.map(\.name) == ["Siti Aminah\u{301}".precomposedStringWithCanonicalMapping])
      #expect(roster.records(of: siti).allSatisfy { $0.name == roster.people[0].name })
      #expect(RosterTests.describe(roster.resolve("siti aminah\u{301}")) == "one:" + siti)
      #expect(RosterTests.describe(roster.resolve("Dewi")) == "none")
      #expect(RosterTests.describe(roster.resolve("Dewi", removed: true)) == "one:" + dewi)
      try append(.participantRestored, dewi)
      try append(.participantRenamed(name: "Siti"), siti)
      roster = try Roster.load(store)
      #expect(roster.people.map(\.name) == ["Dewi", "Siti"])
      #expect(roster.removedPeople.isEmpty)
    }
  }

  @Test func sessionsJoinedAreReadAsTheirTrainingDay() throws {
    try TemporaryDirectory.with { directory in
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SeededIdentifierSource(seed: 4), create: true)
      let first = try SessionList.create(store, title: "Hari", place: nil, date: "2023-08-05")
      let second = try SessionList.create(store, title: "HARI", place: nil, date: "2023-08-05")
      let id = try store.enroll(Enrollment(name: "Ani"), session: second.id)
      let record = IndicatorRecord(
        indicator: "installed-app", achieved: true, source: .facilitator, session: second.id)
      try store.append([store.event(.indicatorRecorded(record), participant: id)], to: id)
      let roster = try Roster.load(store)
      #expect(roster.people[0].sessions == [first.id])
      #expect(roster.isIn(id, session: first.id))
      let progress = try ProgressLoader(store: store, roster: roster).progress(of: id)
      #expect(progress.indicators(session: first.id)["installed-app"]?.session == first.id)
    }
  }

  @Test(arguments: [
    (Enrollment(name: "Siti", code: "A1"), Enrollment(name: "SITI", code: "a1", phone: "1"), true),
    (Enrollment(name: "Siti", code: "A1"), Enrollment(name: "Siti", code: "A2"), false),
    (Enrollment(name: "Siti", phone: "+62 812-1"), Enrollment(name: "Siti", phone: "08121"), true),
    (
      Enrollment(name: "Siti", group: "M", phone: "0812"),
      Enrollment(name: "Siti", group: "M", phone: "0813"), false
    ),
    (Enrollment(name: "Siti", group: "Mawar"), Enrollment(name: "siti", group: "MAWAR"), true),
    (Enrollment(name: "Siti", group: "Mawar"), Enrollment(name: "Siti", group: "Melati"), false),
    (Enrollment(name: "Siti"), Enrollment(name: "Siti"), true),
    (Enrollment(name: "Siti"), Enrollment(name: "Sita"), false),
  ])
  func theMatchingRule(_ a: Enrollment, _ b: Enrollment, _ same: Bool) {
    #expect(PersonMatch.isSame(a, b) == same)
    #expect(PersonMatch.isSame(b, a) == same)
  }
}
