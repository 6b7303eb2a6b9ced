import LatihBase
import LatihData

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
    let contents = files.compactMap {
      try? ExportFile.decode(fileSystem.readFile($0, limit: ExportFile.maximumBytes))
    }
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
    print(
      "{\"read_ms\":\(read),\"copy_ms\":\(copied),\"merge_ms\":\(total),"
        + "\"per_file_ms\":\(merged)}")
  }
}
