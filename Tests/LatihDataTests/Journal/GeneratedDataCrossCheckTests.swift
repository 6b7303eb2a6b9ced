import LatihBench
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData

/// The benchmark's data, small: every journal the generator writes (through the real
/// ``DataStore`` and ``Journal``) is read by the fast path and by `JSONDecoder`, line by
/// line, and must agree (``JournalCrossCheck``); so must an export of it.
@Suite struct GeneratedDataCrossCheckTests {
  /// The bundled course, found from this file's place in the repository.
  static func bundledCourse() throws -> Course {
    let repository = PathName.parent(
      of: PathName.parent(
        of: PathName.parent(
          of: PathName.parent(
            of: #filePath))))
    let loaded = CourseLoader(fileSystem: SystemFileSystem()).loadCourse(
      at: PathName.join(repository, "lessons"))
    return try #require(loaded.course)
  }

  @Test func everyGeneratedJournalDecodesLikeFoundation() throws {
    let course = try Self.bundledCourse()
    try TemporaryDirectory.with { directory in
      var set = SyntheticDataSet(participants: 40, sessions: 3, seed: 20_261_123)
      set.linkedShare = 0.1
      let data = directory.path("data")
      let summary = try set.write(to: data, course: course)
      #expect(summary.participants == 40)
      #expect(summary.events > 40 * 30)
      let fileSystem = SystemFileSystem()
      let folder = PathName.join(data, "participants")
      let journals =
        try fileSystem.contentsOfDirectory(folder).map { PathName.join(folder, $0) }
        + [PathName.join(data, "sessions.jsonl")]
      #expect(journals.count == summary.records + 1)
      var lines = 0
      for path in journals {
        let report = JournalCrossCheck.compare(
          try fileSystem.readFile(path, limit: Journal.maximumBytes))
        #expect(report.mismatchCount == 0, "\(path): \(report)")
        #expect(report.accepted == report.lines, "\(path): every line is accepted")
        lines += report.lines
      }
      #expect(lines == summary.events)
    }
  }

  @Test func generatedDataCoversWhatTheReportCounts() throws {
    let course = try Self.bundledCourse()
    try TemporaryDirectory.with { directory in
      var set = SyntheticDataSet(participants: 40, sessions: 2, seed: 7)
      set.linkedShare = 0.1
      let data = directory.path("data")
      _ = try set.write(to: data, course: course)
      let store = try DataStore.open(
        data, fileSystem: SystemFileSystem(), clock: SystemClock(),
        identifiers: SystemIdentifierSource(), create: false)
      let events = try Merger(store: store).allEvents()
      let types = Set(events.map(\.body.typeName))
      #expect(types == Set(EventType.allCases.map(\.rawValue)))
      let answers = events.compactMap { event -> AnswerRecord? in
        if case .answer(let answer) = event.body { return answer }
        return nil
      }
      #expect(answers.contains { $0.attempt == 2 }, "second tries")
      #expect(answers.contains { !$0.correct })
      #expect(
        events.contains { event in
          if case .lessonOpened(let opening) = event.body { return opening.retry != nil }
          return false
        }, "retries of missed questions")
      #expect(
        events.contains { event in
          if case .indicatorRecorded(let record) = event.body {
            return record.source == .facilitator && record.reason != nil
          }
          return false
        }, "facilitator records with reasons")
      // The export of the data set: its lines are journal lines too.
      let export = ExportFile.encode(
        events, course: course.manifest.id, device: store.device, host: "bench", created: 0)
      var body = export.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst()
      body.removeLast(2)
      let report = JournalCrossCheck.compare(Array(body.joined(separator: [0x0A])) + [0x0A])
      #expect(report.mismatchCount == 0, "\(report)")
      #expect(report.accepted == events.count)
    }
  }
}
