import LatihBase
import LatihCourse
import LatihData

/// `latih-bench`: the developer tool behind `scripts/bench` (not part of `latih`).
///
/// ```
/// latih-bench generate --out DIR --participants N [--sessions M] [--seed S] [--lessons DIR]
/// latih-bench course --out DIR --lessons N [--from DIR]
/// latih-bench answers --work DIR [--count N] [--lessons DIR]
/// latih-bench answer-script [--count N] [--lessons DIR]
/// latih-bench phases --data DIR [--lessons DIR] [--repeat N]
/// latih-bench decode --data DIR [--lessons DIR] [--files N] [--repeat N]
/// latih-bench read-floor --data DIR
/// latih-bench merge-phases --data DIR FILE.latih...
/// latih-bench merge-floor --to DIR FILE.latih...
/// ```
/// Results are printed as one JSON object per line; messages are plain English.
package enum BenchCommandLine {
  /// Runs with `arguments` (without the program name); returns the exit status.
  package static func main(_ arguments: [String]) -> Int32 {
    guard let command = arguments.first else {
      print(usage)
      return 64
    }
    let options = Options(Array(arguments.dropFirst()))
    do {
      switch command {
      case "generate": try generate(options)
      case "course": try course(options)
      case "answers": try answers(options)
      case "answer-script": try answerScript(options)
      case "phases": try ReportPhases.run(options)
      case "decode": try DecodeSpeed.run(options)
      case "read-floor": try ReadFloor.run(options)
      case "merge-phases": try MergePhases.run(Array(arguments.dropFirst()))
      case "merge-floor": try MergeFloor.run(Array(arguments.dropFirst()))
      default:
        print(usage)
        return 64
      }
      return 0
    } catch {
      DescriptorOutput(fd: 2).line("latih-bench: \(error)")
      return 1
    }
  }

  static let usage = """
    usage: latih-bench generate --out DIR --participants N [--sessions M] [--seed S] [--lessons DIR]
           latih-bench course --out DIR --lessons N [--from DIR]
           latih-bench answers --work DIR [--count N] [--lessons DIR]
           latih-bench answer-script [--count N] [--lessons DIR]
           latih-bench phases --data DIR [--lessons DIR] [--repeat N]
           latih-bench decode --data DIR [--lessons DIR] [--files N] [--repeat N]
           latih-bench read-floor --data DIR
           latih-bench merge-phases --data DIR FILE.latih...
           latih-bench merge-floor --to DIR FILE.latih...
    """

  /// Loads the course at `--lessons` (default `lessons`).
  static func loadCourse(_ options: Options) throws -> Course {
    let directory = options.value("lessons") ?? "lessons"
    guard let course = CourseLoader(fileSystem: SystemFileSystem()).loadCourse(at: directory).course
    else { throw Options.Failure("the course at \(directory) does not load") }
    return course
  }

  static func generate(_ options: Options) throws {
    let out = try options.required("out")
    let participants = try options.integer("participants") ?? 1000
    let sessions = try options.integer("sessions") ?? max(1, participants / 25)
    let seed = UInt64(try options.integer("seed") ?? 1)
    var set = SyntheticDataSet(participants: participants, sessions: sessions, seed: seed)
    if let language = options.value("lang").flatMap(Language.init(code:)) {
      set.language = language
    }
    let start = MonotonicClock.nanoseconds()
    let summary = try set.write(to: out, course: try loadCourse(options))
    let seconds = Double(MonotonicClock.nanoseconds() - start) / 1e9
    print(
      "{\"participants\":\(summary.participants),\"records\":\(summary.records),"
        + "\"events\":\(summary.events),\"device\":\"\(summary.device)\",\"seconds\":\(seconds)}")
  }

  static func course(_ options: Options) throws {
    let out = try options.required("out")
    let count = try options.integer("lessons") ?? 500
    let files = try SyntheticCourse(lessons: count).write(
      from: options.value("from") ?? "lessons", to: out)
    print("{\"lessons\":\(count),\"files\":\(files)}")
  }

  static func answers(_ options: Options) throws {
    let work = try options.required("work")
    let benchmark = AnswerLatency(answers: try options.integer("count") ?? 1000)
    let result = try benchmark.run(course: try loadCourse(options), directory: work)
    let sorted = result.latencies.sorted()
    func percentile(_ p: Double) -> Double {
      guard !sorted.isEmpty else { return 0 }
      let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
      return Double(sorted[min(sorted.count - 1, max(0, rank))]) / 1e6
    }
    let mean = sorted.isEmpty ? 0 : Double(sorted.reduce(0, +)) / Double(sorted.count) / 1e6
    print(
      "{\"answers\":\(sorted.count),\"unacknowledged\":\(result.unacknowledged),"
        + "\"exit\":\(result.exitCode.rawValue),\"events\":\(result.events),"
        + "\"p50_ms\":\(percentile(0.5)),\"p90_ms\":\(percentile(0.9)),"
        + "\"p99_ms\":\(percentile(0.99)),\"max_ms\":\(percentile(1)),\"mean_ms\":\(mean)}")
  }

  /// The answer benchmark's input lines as JSON, for `scripts/bench` to type into the real
  /// `latih learn` through a pipe and a pseudo-terminal (latency seen from outside).
  static func answerScript(_ options: Options) throws {
    let benchmark = AnswerLatency(answers: try options.integer("count") ?? 1000)
    let course = try loadCourse(options)
    let lessons = course.orderedLessons(in: benchmark.language)
    var json = JSONWriter()
    json.beginObject()
    json.key("name")
    json.string(AnswerLatency.participantName)
    json.key("seed")
    json.integer(benchmark.seed)
    json.key("lesson")
    json.string(lessons.first?.id ?? "")
    json.key("lines")
    json.beginArray()
    for line in benchmark.script(lessons, course: course) {
      json.beginObject()
      json.key("text")
      json.string(line.text)
      json.key("answer")
      json.bool(line.isAnswer)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    print(String(decoding: json.bytes, as: UTF8.self))
  }
}
