import LatihBase
import LatihData
import LatihReport
import Synchronization

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
      let roster = try Roster.load(store)
      lap("roster")
      let sessions = try SessionList.load(store)
      lap("sessions")
      let loader = ProgressLoader(store: store, roster: roster)
      let builder = ReportBuilder(
        course: course, roster: roster, sessions: sessions, language: .id, generated: 0)
      let unreadable = Atomic<Int>(0)
      let model = try builder.build(
        ReportFilter(),
        concurrentProgress: { person in
          do {
            return try loader.progress(of: person.id)
          } catch {
            unreadable.add(1, ordering: .relaxed)
            return ParticipantProgress(events: [])
          }
        })
      guard unreadable.load(ordering: .relaxed) == 0 else {
        throw SyntheticCourse.Failure.template("a journal could not be read")
      }
      lap("build")
      for format in ReportFormat.allCases {
        _ = format.bytes(model)
        lap("render-" + format.rawValue)
      }
      let fields = times.map { "\"\($0.0)_ms\":\(($0.1 * 10).rounded() / 10)" }
      print("{\"people\":\(roster.people.count)," + fields.joined(separator: ",") + "}")
    }
  }
}
