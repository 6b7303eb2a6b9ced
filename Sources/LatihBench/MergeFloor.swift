import LatihBase
import LatihData

/// `latih-bench merge-floor --to DIR FILE.latih...`: the floor of a merge into an empty
/// data folder. It reads the exports, routes each event line unchanged to its journal
/// (by the line's `"p"`; lines without one to `sessions.jsonl`) and writes every journal
/// as a new 0600 file flushed with fdatasync (16 at a time, as `latih merge` flushes),
/// then fsyncs the folders: the same files `latih merge` writes, with no checking,
/// no decoding and no renumbering. `scripts/bench` times it beside `latih merge`.
enum MergeFloor {
  static func run(_ arguments: [String]) throws {
    let options = Options(arguments)
    let target = try options.required("to")
    let files = arguments.filter { $0.hasSuffix(".latih") }
    let fileSystem = SystemFileSystem()
    var journals: [String: [UInt8]] = [:]
    for path in files {
      let bytes = try fileSystem.readFile(path, limit: ExportFile.maximumBytes)
      var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
      guard lines.count >= 2 else { continue }
      lines.removeFirst()  // header
      lines.removeLast()  // trailer
      for line in lines {
        journals[participant(of: line) ?? "", default: []].append(contentsOf: line + [0x0A])
      }
    }
    let folder = PathName.join(target, "participants")
    try fileSystem.makePrivateDirectory(folder)
    let items = Array(journals)
    let work = BlockingWork.start(count: items.count, width: 16) { index in
      let (participant, bytes) = items[index]
      let path =
        participant.isEmpty
        ? PathName.join(target, "sessions.jsonl") : PathName.join(folder, participant + ".jsonl")
      let fileSystem = SystemFileSystem()
      guard
        let file = try? fileSystem.open(
          path, [.write, .create, .exclusive], permissions: PrivatePermissions.file)
      else { return }
      try? fileSystem.write(file, bytes)
      try? fileSystem.sync(file)
      try? fileSystem.close(file)
    }
    work.wait()
    try fileSystem.syncDirectory(folder)
    try fileSystem.syncDirectory(target)
    print("{\"journals\":\(items.count)}")
  }

  /// The participant id of a line (`"p":"…"`), if it names one.
  private static func participant(of line: ArraySlice<UInt8>) -> String? {
    let key = Array("\"p\":\"".utf8)
    var index = line.startIndex
    while index + key.count <= line.endIndex {
      if line[index] == 0x22 && line[index..<(index + key.count)].elementsEqual(key) {
        let start = index + key.count
        guard let end = line[start...].firstIndex(of: 0x22) else { return nil }
        return String(decoding: line[start..<end], as: UTF8.self)
      }
      index += 1
    }
    return nil
  }
}
