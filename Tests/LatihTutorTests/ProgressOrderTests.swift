import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData
@testable import LatihTutor

/// Fast piped input writes several events in the same millisecond; their random ids say
/// nothing about their order, so a journal restamps them strictly increasing and
/// progress (sorted by time, then id) keeps the order they were written in.
@Suite struct ProgressOrderTests {
  /// `bodies` as events of one device all in one millisecond, ids descending (so an id
  /// order would reverse them).
  static func sameMillisecond(_ bodies: [EventBody]) -> [Event] {
    bodies.enumerated().map { index, body in
      Event(
        id: String(format: "%032x", 1_000 - index), time: 5_000, device: "d1", participant: "p1",
        body: body)
    }
  }

  @Test func lastPageAndTriesFollowTheJournalOrder() throws {
    let course = try TutorCourse.load()
    var first = try MachineHarness(course)
    first.start()
    first.send(["", "", "", ""])
    first.answerWrong()
    #expect(first.pagesReached == [0, 1, 2, 3])
    let written = try TemporaryDirectory.with { directory -> [Event] in
      let path = directory.path("p1.jsonl")
      let journal = try Journal.open(path, fileSystem: SystemFileSystem(), create: true)
      defer { journal.close() }
      try journal.record(Self.sameMillisecond(first.events))
      return JournalReader.read(try SystemFileSystem().readFile(path, limit: Journal.maximumBytes))
        .events
    }
    #expect(zip(written, written.dropFirst()).allSatisfy { $0.time < $1.time })
    let progress = ParticipantProgress(events: written.shuffled())
    let run = try #require(progress.lesson("contoh").openRun)
    #expect(run.lastPage == 3)
    #expect(run.tries("tunggal").map(\.attempt) == [1])
    let lesson = try #require(course.lesson("contoh", in: .id))
    var resumed = MachineHarness(
      LessonMachine(lesson: lesson, course: course, opening: run.opening, resume: run))
    resumed.start()
    #expect(resumed.machine.position == .question(page: 3, index: 0))
  }

  @Test func differentDevicesInOneMillisecondAreOrderedByID() {
    let a = Event(
      id: "ff", time: 7, device: "aaaa", participant: "p", body: .sessionJoined(session: "s1"))
    let b = Event(
      id: "00", time: 7, device: "bbbb", participant: "p", body: .sessionJoined(session: "s2"))
    #expect(ParticipantProgress(events: [a, b]).events.map(\.id) == ["00", "ff"])
    #expect(ParticipantProgress(events: [b, a]).events.map(\.id) == ["00", "ff"])
  }
}
