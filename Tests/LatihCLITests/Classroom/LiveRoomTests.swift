import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihCourse
@testable import LatihData

/// `latih live`'s model: offsets per journal, what a person is doing, who looks stuck.
struct LiveRoomTests {
  private func answer(_ question: String, attempt: Int, correct: Bool, final: Bool) -> EventBody {
    .answer(
      AnswerRecord(
        run: "r1", lesson: "l1", question: question, attempt: attempt, correct: correct,
        final: final, response: "a"))
  }

  @Test func readsOnlyWhatWasAppendedAndFollowsNewJournals() throws {
    try TemporaryDirectory.with { directory in
      let store = try FacilitatorFixtures.store(directory.path("data"))
      let siti = try FacilitatorFixtures.person(store, "Siti Aminah")
      var tail = JournalTail(store: store)
      var room = LiveRoom()
      var fresh = tail.poll()
      let firstBytes = tail.bytesRead
      #expect(fresh[siti]?.count == 1)
      for (id, events) in fresh { room.apply(events, to: id) }
      #expect(tail.poll().isEmpty)
      #expect(tail.bytesRead == 0)
      let opening = LessonOpening(run: "r1", lesson: "l1", language: .id, seed: 1, shuffled: true)
      try store.append(
        [
          store.event(.lessonOpened(opening), participant: siti),
          store.event(answer("q1", attempt: 1, correct: false, final: false), participant: siti),
          store.event(answer("q1", attempt: 2, correct: false, final: true), participant: siti),
        ], to: siti)
      let budi = try FacilitatorFixtures.person(store, "Budi")
      fresh = tail.poll()
      #expect(fresh[siti]?.count == 3)
      #expect(fresh[budi]?.count == 1)
      #expect(tail.bytesRead < firstBytes * 6)
      for (id, events) in fresh { room.apply(events, to: id) }
      let person = try #require(room.people[siti])
      #expect(person.name == "Siti Aminah")
      #expect(person.question == "q1" && person.attempt == 2)
      #expect(person.answered == 1 && person.correct == 0 && person.wrongInARow == 2)
      #expect(room.mostMissed?.key == LivePerson.QuestionKey(lesson: "l1", question: "q1"))
      let snapshot = LiveSnapshot(
        room: room, connected: [siti], course: nil, language: .id,
        now: person.lastEvent + 5 * 60_000, stuckMinutes: 3, anonymize: true)
      let row = try #require(snapshot.rows.first { $0.id == siti })
      #expect(row.name == "Siti")
      #expect(row.stuck == [.idle, .twoWrong])
      #expect(snapshot.active == 1 && snapshot.participants == 2)
      let json = LiveJSONRenderer.render(snapshot, anonymize: true)
      #expect(!json.contains(siti) && json.contains("\"stuck\":[\"idle\",\"two-wrong\"]"))
    }
  }

  @Test func aHalfWrittenLineWaitsForItsNewline() throws {
    try TemporaryDirectory.with { directory in
      let store = try FacilitatorFixtures.store(directory.path("data"))
      let siti = try FacilitatorFixtures.person(store, "Siti")
      let path = store.journalPath(siti)
      let whole = try store.fileSystem.readFile(path, limit: 1 << 20)
      var tail = JournalTail(store: store)
      _ = tail.poll()
      let line = JournalLine.encode(
        store.event(.sessionJoined(session: "s1"), participant: siti), sequence: 2)
      let file = try store.fileSystem.open(path, [.write, .append], permissions: 0o600)
      try store.fileSystem.write(file, Array(line.prefix(10)))
      #expect(tail.poll().isEmpty)
      try store.fileSystem.write(file, Array(line.dropFirst(10)))
      try store.fileSystem.close(file)
      #expect(tail.poll()[siti]?.count == 1)
      #expect(whole.count > 0)
    }
  }

  @Test func theScreenFitsEightyByTwentyFour() {
    var room = LiveRoom()
    for index in 0..<40 {
      let event = Event(
        id: "e\(index)", time: 1_700_000_000_000, device: "d", participant: "p\(index)",
        body: .enrolled(Enrollment(name: "Peserta dengan nama yang panjang sekali \(index)")))
      room.apply([event], to: "p\(index)")
    }
    let snapshot = LiveSnapshot(
      room: room, connected: ["p1"], course: nil, language: .id, now: 1_700_000_600_000,
      stuckMinutes: 3, anonymize: false)
    for language in Language.allCases {
      let lines = LiveTextRenderer(language: language, width: 80, height: 24, style: .plain)
        .render(snapshot, order: .idle, interactive: true)
      #expect(lines.count <= 24)
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
  }
}
