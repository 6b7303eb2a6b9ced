import LatihBase

/// Contradictions between export files merged by one command: copies of one event id
/// that disagree, and one session id with two titles. Every file involved is refused,
/// so the outcome does not depend on the order the files are named in.
package enum FileConflicts {
  /// The problems of each file (by index) that contradicts another.
  package static func find(_ files: [ExportLines]) -> [Int: [MergeProblem]] {
    guard files.count > 1 else { return [:] }
    // Ids as fixed-size values: a province's merge compares a million.
    var seen: [CompactID: (file: Int32, entry: Int32)] = [:]
    // Sized once: growing it would hold the old and the new table at once.
    seen.reserveCapacity(files.reduce(0) { $0 + $1.count })
    var titles: [String: [Int: String]] = [:]
    var problems: [Int: Set<MergeProblem>] = [:]
    for (file, lines) in files.enumerated() {
      for index in 0..<lines.count {
        if case .session(let session, let title) = lines.role(index) {
          titles[session, default: [:]][file] = title
        }
        // An id that is no generated id is refused by its own problem.
        guard let key = lines.key(index) else { continue }
        guard let earlier = seen[key] else {
          seen[key] = (Int32(file), Int32(index))
          continue
        }
        let other = Int(earlier.file)
        guard other != file else { continue }
        if !files[other].agrees(Int(earlier.entry), with: lines, index) {
          for side in [file, other] {
            problems[side, default: []].insert(
              .crossFileConflict(id: lines.id(index), participant: lines.participant(index)))
          }
        }
      }
    }
    for (session, byFile) in titles where Set(byFile.values).count > 1 {
      for file in byFile.keys {
        problems[file, default: []].insert(.sessionConflict(session: session))
      }
    }
    return problems.mapValues { Array($0).sorted(by: Merger.order) }
  }
}
