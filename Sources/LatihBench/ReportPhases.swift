import LatihCore

/// `latih-bench phases`: times the stages of `latih report` in process (roster, sessions,
/// per-person progress and tally, each renderer), to see where the time goes. The
/// benchmark's own figures come from running `latih report` itself.
enum ReportPhases {
  static func run(_ options: Options) throws {
    let data = try options.required("data")
    let course = try BenchCommandLine.loadCourse(options)
    let repeats = try options.integer("repeat") ?? 1
    for _ in 0..<max(1, repeats) {
      var times: [(String, Double)] = []
      var mark = MonotonicClock.nanoseconds()
      func lap(_ name: String) {
        let now = MonotonicClock.nanoseconds()
        times.append((name, Double(now - mark) / 1e6))
        mark = now
      }
      let store = try DataStore.open(
        data, fileSystem: SystemFileSystem(), clock: SystemClock(),
        identifiers: SystemIdentifierSource(), create: false)
      let roster = Roster.load(store)
      lap("roster")
      let sessions = SessionList.load(store)
      lap("sessions")
      let loader = ProgressLoader(store: store, roster: roster)
      let builder = ReportBuilder(
        course: course, roster: roster, sessions: sessions, language: .id, generated: 0)
      let model = try builder.build(ReportFilter(), concurrentProgress: { loader.progress(of: $0.id) })
      lap("build")
      for format in ReportFormat.allCases {
        _ = format.render(model, style: .plain)
        lap("render-" + format.rawValue)
      }
      let fields = times.map { "\"\($0.0)_ms\":\(($0.1 * 10).rounded() / 10)" }
      print("{\"people\":\(roster.people.count)," + fields.joined(separator: ",") + "}")
    }
  }
}

/// `latih-bench decode`: the journal reader's speed on one core (all journals read into
/// memory first, then decoded), in events per second.
enum DecodeSpeed {
  static func run(_ options: Options) throws {
    let data = try options.required("data")
    let fileSystem = SystemFileSystem()
    let folder = PathName.join(data, "participants")
    let files = try fileSystem.contentsOfDirectory(folder).prefix(try options.integer("files") ?? 2000)
    let journals = try files.map { try fileSystem.readFile(PathName.join(folder, $0)) }
    for _ in 0..<max(1, try options.integer("repeat") ?? 3) {
      var start = MonotonicClock.nanoseconds()
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
          + "\"encodedPerSecond\":\(Int(Double(events) / encoding)),\"bytes\":\(bytes)}")
    }
  }
}

/// `latih-bench merge-phases --data DIR FILE...`: times reading the exports and merging
/// them, as `latih merge` does them.
enum MergePhases {
  static func run(_ arguments: [String]) throws {
    let options = Options(arguments)
    let data = try options.required("data")
    let files = arguments.filter { $0.hasSuffix(".latih") }
    let fileSystem = SystemFileSystem()
    var mark = MonotonicClock.nanoseconds()
    func lap() -> Double {
      let now = MonotonicClock.nanoseconds()
      defer { mark = now }
      return Double(now - mark) / 1e6
    }
    let contents = files.compactMap { try? ExportFile.decode(fileSystem.readFile($0)) }
    let read = lap()
    let events = contents.map { $0.events.map(\.event) }
    let copied = lap()
    let store = try DataStore.open(
      data, fileSystem: fileSystem, clock: SystemClock(), identifiers: SystemIdentifierSource(),
      create: true)
    var merged: [Double] = []
    for batch in events {
      _ = try Merger(store: store).merge(batch)
      merged.append(lap())
    }
    let total = merged.reduce(0, +)
    print("{\"read_ms\":\(read),\"copy_ms\":\(copied),\"merge_ms\":\(total),\"per_file_ms\":\(merged)}")
  }
}
