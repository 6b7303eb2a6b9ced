import LatihBase
import LatihData

/// `latih-bench read-floor`: the I/O floor of a report, every journal of a data folder
/// read into memory on all cores the way the report reads them (``ConcurrentMap``) and
/// nothing else; `scripts/bench` times it as a process beside `latih report`.
enum ReadFloor {
  static func run(_ options: Options) throws {
    let data = try options.required("data")
    let fileSystem = SystemFileSystem()
    let folder = PathName.join(data, "participants")
    let names = try fileSystem.contentsOfDirectory(folder)
    let sizes = ConcurrentMap.map(names) { name -> Int in
      let bytes = try? SystemFileSystem().readFile(
        PathName.join(folder, name), limit: Journal.maximumBytes)
      return bytes?.count ?? -1
    }
    let unread = sizes.filter { $0 < 0 }.count
    let bytes = sizes.reduce(0) { $0 + max(0, $1) }
    print("{\"files\":\(names.count),\"unread\":\(unread),\"bytes\":\(bytes)}")
  }
}
