import LatihBase
import LatihData

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `latih-bench merge-phases --data DIR FILE...`: times the phases of `latih merge` in
/// process: checking the exports (read as streams, on all cores), the cross-file conflict
/// check, reading the data folder's ids, and merging each file.
enum MergePhases {
  static func run(_ arguments: [String]) throws {
    let options = Options(arguments)
    let data = try options.required("data")
    let files = arguments.filter { $0.hasSuffix(".latih") }
    let fileSystem = SystemFileSystem()
    AllocatorTuning.returnLargeBlocks()  // as `latih merge` does
    var mark = MonotonicClock.nanoseconds()
    func lap() -> Double {
      let now = MonotonicClock.nanoseconds()
      defer { mark = now }
      return Double(now - mark) / 1e6
    }
    let checked = ConcurrentMap.map(files) { path in
      (try? ExportLines.read(path, fileSystem: fileSystem)) ?? nil
    }.compactMap { $0 }
    let check = lap()
    let checkPeak = peakKB()
    let conflicts = FileConflicts.find(checked)
    let conflict = lap()
    let conflictPeak = peakKB()
    let store = try DataStore.open(
      data, fileSystem: fileSystem, clock: SystemClock(), identifiers: SystemIdentifierSource(),
      create: true)
    var context = MergeContext()
    context.folder = try FolderIdentifiers(store)
    for lines in checked { context.add(lines) }
    let folder = lap()
    var merged: [Double] = []
    for (index, lines) in checked.enumerated() where conflicts[index] == nil {
      _ = try Merger(store: store).merge(input: lines, context: context)
      merged.append(lap())
    }
    let total = merged.reduce(0, +)
    print(
      "{\"check_ms\":\(check),\"conflicts_ms\":\(conflict),\"folder_ms\":\(folder),"
        + "\"merge_ms\":\(total),\"per_file_ms\":\(merged),"
        + "\"peak_kb\":{\"check\":\(checkPeak),\"conflicts\":\(conflictPeak),"
        + "\"end\":\(peakKB())}}")
  }

  /// The process's peak resident memory so far (`getrusage`), in KiB.
  static func peakKB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
  }
}
