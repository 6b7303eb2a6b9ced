import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

/// Training days from session events: the same day created on several laptops is one
/// session whatever order the events come in; links, renames and removals.
@Suite struct SessionDaysTests {
  static func event(
    _ id: String, _ minute: Int64, _ body: EventBody, device: String = "aaaa0000"
  ) -> Event {
    Event(
      id: id, time: SampleEvents.baseTime + minute * 60_000, device: device, participant: nil,
      body: body)
  }

  static func created(_ session: String, _ minute: Int64, title: String, place: String? = "GSG")
    -> Event
  {
    event(
      "c" + session, minute,
      .sessionCreated(
        SessionInfo(session: session, title: title, place: place, date: "2023-08-05")),
      device: "dev" + session)
  }

  static let threeLaptops = [
    created("5e550002", 2, title: "pelatihan  AFILIASI"),
    created("5e550001", 1, title: "Pelatihan Afiliasi"),
    created("5e550003", 3, title: "Pelatihan Afiliasi", place: "gsg"),
    created("5e550004", 4, title: "Praktik Konten"),
  ]

  @Test func theSameDayOnSeveralLaptopsIsOneSessionInAnyOrder() {
    for events in [Self.threeLaptops, Self.threeLaptops.reversed()] {
      let list = SessionList(events: events)
      #expect(list.sessions.map(\.id) == ["5e550001", "5e550004"])
      #expect(list.sessions[0].members == ["5e550001", "5e550002", "5e550003"])
      #expect(list.sessions[0].title == "Pelatihan Afiliasi", "the first created's words")
      for member in ["5e550001", "5e550002", "5e550003"] {
        #expect(list.resolve(member) == "5e550001")
        #expect(list.find(member)?.id == "5e550001")
      }
      #expect(list.find("5e550003")?.id == "5e550001", "any member's id finds the day")
      #expect(list.resolve("ffff0000") == "ffff0000")
      #expect(list.aliases == ["5e550002": "5e550001", "5e550003": "5e550001"])
      #expect(
        list.day(title: "PELATIHAN afiliasi", place: "Gsg", date: "2023-08-05")?.id == "5e550001")
    }
  }

  @Test func linksRenamesAndRemovalsLatestWins() {
    let events =
      Self.threeLaptops + [
        Self.event("l1", 10, .sessionsLinked(session: "5e550004", other: "5e550002")),
        Self.event(
          "r1", 11,
          .sessionRenamed(SessionInfo(session: "5e550004", title: "Hari Pertama", place: "Balai"))),
        Self.event(
          "r0", 9, .sessionRenamed(SessionInfo(session: "5e550001", title: "Lebih Dulu"))),
        Self.event("x1", 12, .sessionRemoved(session: "5e550003")),
        Self.event("x2", 13, .sessionRestored(session: "5e550001")),
        Self.event("x3", 14, .sessionRemoved(session: "5e550002")),
        Self.event("l2", 15, .sessionsLinked(session: "5e550001", other: "ffffffff")),
      ]
    for order in [events, events.reversed(), events.shuffled()] {
      let list = SessionList(events: order)
      #expect(list.sessions.isEmpty)
      guard let day = list.removedSessions.first else {
        Issue.record("the day is removed")
        continue
      }
      #expect(list.removedSessions.count == 1)
      #expect(day.id == "5e550001")
      #expect(day.members == ["5e550001", "5e550002", "5e550003", "5e550004"])
      #expect(day.title == "Hari Pertama")
      #expect(day.place == "Balai")
      #expect(day.date == nil)
      #expect(list.findRemoved("5e550004")?.id == "5e550001")
      #expect(list.find("5e550004") == nil)
      // `session new` with the words of a day finds it, renamed or removed.
      #expect(list.day(title: "Hari Pertama", place: "balai", date: nil)?.id == "5e550001")
      #expect(list.day(title: "Praktik Konten", place: "GSG", date: "2023-08-05")?.id == "5e550001")
      #expect(list.day(title: "Praktik Konten", place: nil, date: "2023-08-05") == nil)
    }
  }
}
