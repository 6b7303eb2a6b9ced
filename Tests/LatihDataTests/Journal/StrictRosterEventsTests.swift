import LatihTestSupport
import Testing

@testable import LatihData

/// The roster and session change records decode strictly: a missing, empty or
/// wrong-kind required field, an invalid date, a participant change without its
/// participant, or a session linked to itself is not accepted, by the fast reader and by
/// the reference alike (so merge validation sees them as malformed).
@Suite struct StrictRosterEventsTests {
  static func event(_ body: EventBody, participant: String? = SampleEvents.participant) -> Event {
    SampleEvents.event(1, body, participant: participant)
  }

  static let malformed: [(String, Event)] = [
    ("renamed to nothing", event(.participantRenamed(name: ""))),
    ("removed without p", event(.participantRemoved, participant: nil)),
    ("restored without p", event(.participantRestored, participant: nil)),
    ("renamed without p", event(.participantRenamed(name: "Siti"), participant: nil)),
    (
      "session renamed without title",
      event(.sessionRenamed(SessionInfo(session: "5e551011", title: "")), participant: nil)
    ),
    (
      "session renamed to 30 February",
      event(
        .sessionRenamed(SessionInfo(session: "5e551011", title: "Hari", date: "2023-02-30")),
        participant: nil)
    ),
    ("session removed without id", event(.sessionRemoved(session: ""), participant: nil)),
    (
      "session linked to itself",
      event(.sessionsLinked(session: "5e551011", other: "5e551011"), participant: nil)
    ),
    (
      "session id a number",
      event(.unknown(type: "session-removed", fields: #","session":5"#), participant: nil)
    ),
    (
      "other a bool",
      event(
        .unknown(type: "sessions-linked", fields: #","session":"a1b2c3d4","other":true"#),
        participant: nil)
    ),
    ("name an array", event(.unknown(type: "participant-renamed", fields: #","name":["Siti"]"#))),
  ]

  @Test func malformedChangesAreNotAccepted() {
    for (what, event) in Self.malformed {
      let report = JournalCrossCheck.compare(SampleEvents.journal([event]))
      #expect(report.lines == 1, "\(what)")
      #expect(report.accepted == 0, "\(what) was accepted")
      #expect(report.mismatchCount == 0, "\(what): \(report)")
    }
  }

  @Test func wellFormedChangesAreAccepted() {
    let events = [
      Self.event(.participantRenamed(name: "Siti Aminah")),
      Self.event(.participantRemoved),
      Self.event(
        .sessionRenamed(SessionInfo(session: "5e551011", title: "Hari", date: "2024-02-29")),
        participant: nil),
      Self.event(.sessionsLinked(session: "5e551011", other: "a1b2c3d4"), participant: nil),
    ]
    for event in events {
      let report = JournalCrossCheck.compare(SampleEvents.journal([event]))
      #expect(report.accepted == 1, "\(event.body.typeName)")
      #expect(report.mismatchCount == 0, "\(report)")
    }
  }
}
