import LatihBase

/// Contradictions between export files merged by one command: copies of one event id
/// that disagree, and one session id with two titles. Every file involved is refused,
/// so the outcome does not depend on the order the files are named in.
package enum FileConflicts {
  /// One id's place: its ``CompactID/fingerprint`` and (file, entry) packed in 16 bytes,
  /// so a province's merge (1.67 M ids) keeps 27 MB instead of a 134 MB table.
  private struct Place: Comparable {
    var fingerprint: UInt64
    /// The file's index (high 24 bits) and the entry's (low 40 bits).
    var location: UInt64

    var file: Int { Int(location >> 40) }
    var entry: Int { Int(location & 0xFF_FFFF_FFFF) }

    static func < (lhs: Place, rhs: Place) -> Bool {
      lhs.fingerprint != rhs.fingerprint
        ? lhs.fingerprint < rhs.fingerprint : lhs.location < rhs.location
    }
  }

  /// The problems of each file (by index) that contradicts another.
  package static func find(_ files: [ExportLines]) -> [Int: [MergeProblem]] {
    guard files.count > 1 else { return [:] }
    // Each file's places sorted on their own (a small scratch buffer each), then read in
    // one merged order: no second table of every id, no scratch the size of all of them.
    var places: [Place] = []
    places.reserveCapacity(files.reduce(0) { $0 + $1.count })
    var runs: [Range<Int>] = []
    var titles: [String: [Int: String]] = [:]
    for (file, lines) in files.enumerated() {
      let first = places.count
      for index in 0..<lines.count {
        if case .session(let session, let title) = lines.role(index) {
          titles[session, default: [:]][file] = title
        }
        // An id that is no generated id is refused by its own problem.
        guard let key = lines.key(index) else { continue }
        places.append(
          Place(fingerprint: key.fingerprint, location: UInt64(file) << 40 | UInt64(index)))
      }
      places[first...].sort()
      runs.append(first..<places.count)
    }
    var problems: [Int: Set<MergeProblem>] = [:]
    // The copies of one fingerprint, in (file, entry) order: the first file's first.
    var copies: [Place] = []
    var heads = runs.map(\.lowerBound)
    while true {
      // The smallest fingerprint left, and every place that has it.
      var smallest: UInt64?
      for (run, head) in heads.enumerated() where head < runs[run].upperBound {
        smallest = min(smallest ?? .max, places[head].fingerprint)
      }
      guard let fingerprint = smallest else { break }
      copies.removeAll(keepingCapacity: true)
      for run in runs.indices {
        while heads[run] < runs[run].upperBound && places[heads[run]].fingerprint == fingerprint {
          copies.append(places[heads[run]])
          heads[run] += 1
        }
      }
      guard copies.count > 1, Set(copies.map(\.file)).count > 1 else { continue }
      // The copies of each id (fingerprints can collide): when any copy in another file
      // disagrees with the first, every file holding a copy is refused (agreeing is
      // having the same content, so which copy comes first does not matter).
      var done = Array(repeating: false, count: copies.count)
      for first in copies.indices where !done[first] {
        let key = files[copies[first].file].key(copies[first].entry)
        let same = copies.indices.filter {
          !done[$0] && files[copies[$0].file].key(copies[$0].entry) == key
        }
        for index in same { done[index] = true }
        let head = copies[first]
        let disagree = same.contains { index in
          let copy = copies[index]
          return copy.file != head.file
            && !files[head.file].agrees(head.entry, with: files[copy.file], copy.entry)
        }
        guard disagree else { continue }
        for index in same {
          let copy = copies[index]
          let lines = files[copy.file]
          problems[copy.file, default: []].insert(
            .crossFileConflict(id: lines.id(copy.entry), participant: lines.participant(copy.entry))
          )
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
