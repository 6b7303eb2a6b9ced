import LatihBase
import LatihData
import LatihReport

/// `latih-bench decode`: the journal reader's and writer's speed on one core (journals
/// read into memory first, then decoded, then encoded again), in events per second, and
/// the compact reader's (``CompactProgressReader``, what a report reads journals with)
/// for the course of `--lessons` (default `lessons`).
enum DecodeSpeed {
  static func run(_ options: Options) throws {
    let data = try options.required("data")
    let fileSystem = SystemFileSystem()
    let folder = PathName.join(data, "participants")
    let limit = try options.integer("files") ?? 2000
    let files = try fileSystem.contentsOfDirectory(folder).prefix(limit)
    let journals = try files.map {
      try fileSystem.readFile(PathName.join(folder, $0), limit: Journal.maximumBytes)
    }
    let course = try BenchCommandLine.loadCourse(options)
    guard let vocabulary = ReportBuilder.vocabulary(course: course, language: .id, aliases: [:])
    else { throw Options.Failure("the course repeats a lesson id: no compact reading") }
    for _ in 0..<max(1, try options.integer("repeat") ?? 3) {
      var start = MonotonicClock.nanoseconds()
      var counted = 0
      for journal in journals {
        let progress = journal.withUnsafeBufferPointer {
          CompactProgressReader.read($0, vocabulary)
        }
        counted += progress.runs.count + progress.indicators.count
      }
      let compact = Double(MonotonicClock.nanoseconds() - start) / 1e9
      start = MonotonicClock.nanoseconds()
      let decoded = journals.map { JournalReader.read($0).events }
      let seconds = Double(MonotonicClock.nanoseconds() - start) / 1e9
      let events = decoded.reduce(0) { $0 + $1.count }
      start = MonotonicClock.nanoseconds()
      var bytes = 0
      for journal in decoded {
        for (index, event) in journal.enumerated() {
          bytes += JournalLine.encode(event, sequence: index + 1).count
        }
      }
      let encoding = Double(MonotonicClock.nanoseconds() - start) / 1e9
      print(
        "{\"events\":\(events),\"decodedPerSecond\":\(Int(Double(events) / seconds)),"
          + "\"encodedPerSecond\":\(Int(Double(events) / encoding)),\"bytes\":\(bytes),"
          + "\"compactPerSecond\":\(Int(Double(events) / compact)),\"compactRecords\":\(counted)}")
    }
  }
}
