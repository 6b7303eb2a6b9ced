import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihCourse
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 16, time bounds: every time Latih stamps lies in ``Timestamp/window`` and the
/// reader accepts every time the writer writes, whatever the clock says or the journal
/// already holds (an event dated 9999 merged by an older version made each new line
/// unreadable, and cut as a torn tail at the next open: acknowledged answers lost).
@Suite struct TimeBoundsTests {
  /// Clock readings and journal times at and beyond every edge.
  static let hostileTimes: [Int64] = [
    Int64.min, -62_167_219_200_001, -1, 0, 946_684_799_999, 946_684_800_000,
    SampleEvents.baseTime, 4_102_444_799_999, 4_102_444_800_000, 4_102_444_800_001,
    253_402_300_799_999, 253_402_300_800_000, Int64.max,
  ]

  @Test func theWindowAndItsPredicate() {
    #expect(Timestamp.format(Timestamp.window.lowerBound) == "2000-01-01T00:00:00.000Z")
    #expect(Timestamp.format(Timestamp.window.upperBound) == "2100-01-01T00:00:00.000Z")
    #expect(Timestamp.isSane(SampleEvents.baseTime))
    #expect(!Timestamp.isSane(Timestamp.window.lowerBound - 1))
    #expect(!Timestamp.isSane(Timestamp.window.upperBound + 1))
    #expect(!Timestamp.isSane(Timestamp.parse(Array("9999-12-31T23:59:59.999Z".utf8))!))
  }

  /// The writer's every output parses back (clamped to four-digit years).
  @Test(arguments: hostileTimes)
  func theReaderAcceptsWhatTheWriterWrites(_ time: Int64) {
    let text = Timestamp.format(time)
    let parsed = Timestamp.parse(Array(text.utf8))
    #expect(parsed != nil, "\(time) → \(text)")
    var bytes: [UInt8] = []
    Timestamp.append(time, to: &bytes)
    #expect(Timestamp.parse(bytes) == parsed)
  }

  /// Every timestamp field a command writes, with the clock at every hostile reading:
  /// event times (enrolment, answers, records, sessions), the device file's `created`,
  /// the export header's `created`. Each is read back inside the window and every
  /// acknowledged event survives reopening.
  @Test(arguments: hostileTimes)
  func everyStampedFieldStaysInTheWindow(_ reading: Int64) throws {
    try TemporaryDirectory.with { directory in
      let clock = FixedClock(reading)
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: clock,
        identifiers: SeededIdentifierSource(seed: 3), create: true)
      let session = try SessionList.create(store, title: "Pelatihan", place: nil, date: nil)
      let siti = try store.enroll(Enrollment(name: "Siti"), session: session.id)
      for _ in 0..<3 {
        try store.append(
          [
            store.event(
              .indicatorRecorded(
                IndicatorRecord(
                  indicator: "installed-app", achieved: true, reason: nil, note: nil,
                  source: .facilitator, session: nil)), participant: siti)
          ], to: siti)
      }
      let journal = try #require(try store.readJournal(at: store.journalPath(siti)))
      #expect(journal.events.count == 5 && journal.skippedLines.isEmpty && journal.tornTail == nil)
      let times = journal.events.map(\.time)
      #expect(times.allSatisfy(Timestamp.isSane), "\(times)")
      let sessions = try #require(try store.readJournal(at: store.sessionsPath))
      #expect(sessions.events.count == 1 && Timestamp.isSane(sessions.events[0].time))
      let device = try directory.read("data/device.json")
      let created = JSONValue.parse(device)?["created"]?.stringValue ?? ""
      #expect(Timestamp.parse(Array(created.utf8)).map(Timestamp.isSane) == true, "\(created)")
      let export = ExportFile.encode(
        journal.events, course: "k", device: store.device, host: "h", created: clock.now())
      #expect(ExportFile.decode(export).map { Timestamp.isSane($0.header.created) } == true)
      CampaignFigures.report("time bounds: clock readings × fields", 5)
    }
  }

  /// A journal already holding an event dated 9999 (merged by an older version): new
  /// answers and records are stamped in the window, strictly increasing, and every one
  /// survives the next open (nothing read as a torn tail).
  @Test func aFarFutureEventNeverDragsNewStampsOutOfTheWindow() throws {
    try TemporaryDirectory.with { directory in
      let clock = FixedClock()
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: clock,
        identifiers: SeededIdentifierSource(seed: 4), create: true)
      let dewi = try store.enroll(Enrollment(name: "Dewi"), session: nil)
      var future = store.event(.sessionJoined(session: "5e551011"), participant: dewi)
      future.time = Timestamp.parse(Array("9999-12-31T23:59:59.999Z".utf8))!
      let journal = try store.openJournal(dewi)
      try journal.append(future)
      try journal.record([
        store.event(.sessionJoined(session: "aaaa1111"), participant: dewi),
        store.event(.sessionJoined(session: "bbbb2222"), participant: dewi),
      ])
      journal.close()
      let again = try store.openJournal(dewi)
      defer { again.close() }
      #expect(again.repairedTail == nil && again.contents.skippedLines.isEmpty)
      #expect(again.events.count == 4)
      let fresh = again.events.suffix(2).map(\.time)
      #expect(fresh.allSatisfy(Timestamp.isSane) && fresh[0] < fresh[1], "\(fresh)")
    }
  }

  /// At the window's very end the stamps stay readable (sharing its last millisecond).
  @Test func stampsAtTheWindowsEndStayInside() {
    let end = Timestamp.window.upperBound
    #expect(Timestamp.next(after: end, now: Int64.max) == end)
    #expect(Timestamp.next(after: end - 5, now: 0) == end - 4)
    #expect(Timestamp.next(after: nil, now: Int64.min) == Timestamp.window.lowerBound)
  }

  /// A session's typed date must lie in the window too (and still be a real date).
  @Test func sessionDatesStayInTheWindow() {
    #expect(Timestamp.validDate("2023-08-05") == "2023-08-05")
    #expect(Timestamp.validDate("2000-01-01") == "2000-01-01")
    for date in ["9999-12-31", "1999-12-31", "2100-01-02", "0000-01-01", "2023-02-30"] {
      #expect(Timestamp.validDate(date) == nil, "\(date)")
    }
  }

  /// A journal over the cap is "too large to read", never "the disk is full".
  @Test func aReadOverTheCapIsTooLargeNotDiskFull() {
    let error = SystemError(code: EFBIG, operation: .read, path: "p.jsonl")
    #expect(error.kind == .tooLarge)
    #expect(SystemErrorText(error).indonesian.contains("terlalu besar"))
    #expect(SystemError(code: EFBIG, operation: .write).kind == .diskFull)
  }
}
