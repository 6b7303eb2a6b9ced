import LatihBase

/// Contradictions between export files merged by one command: copies of one event id
/// that disagree, and one session id with two titles. Every file involved is refused,
/// so the outcome does not depend on the order the files are named in.
package enum FileConflicts {
  /// The problems of each file (by index) that contradicts another.
  package static func find(_ files: [ExportLines]) -> [Int: [MergeProblem]] {
    guard files.count > 1 else { return [:] }
    var seen: [String: (file: Int, entry: Int)] = [:]
    var titles: [String: [Int: String]] = [:]
    var problems: [Int: Set<MergeProblem>] = [:]
    for (file, lines) in files.enumerated() {
      for (index, entry) in lines.entries.enumerated() {
        if case .session(let session, let title) = entry.role {
          titles[session, default: [:]][file] = title
        }
        guard let earlier = seen[entry.id] else {
          seen[entry.id] = (file, index)
          continue
        }
        guard earlier.file != file else { continue }
        if !files[earlier.file].agrees(earlier.entry, with: lines, index) {
          for side in [file, earlier.file] {
            problems[side, default: []].insert(
              .crossFileConflict(id: entry.id, participant: entry.participant))
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
