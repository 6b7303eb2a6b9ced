import LatihBase

/// One cell of the evaluation grid: a person and an indicator.
package struct GridCell: Hashable, Sendable {
  package var participant: String
  package var indicator: String

  package init(participant: String, indicator: String) {
    self.participant = participant
    self.indicator = indicator
  }
}

/// The cells the facilitator skipped in `latih evaluate` (someone absent, a sheet left
/// blank), per session, so the next run resumes after them instead of asking them first.
///
/// Kept on this laptop only, in `evaluate-skipped`: one line per cell, `SESSION PERSON
/// INDICATOR` separated by tabs (`-` for no session). It is not data: nothing is merged or
/// reported from it, and a damaged line is dropped.
package enum GridSkips {
  /// The largest file read.
  static let limit = 1 << 20

  package static func path(_ store: DataStore) -> String {
    PathName.join(store.directory, "evaluate-skipped")
  }

  /// The skipped cells of `session` (nil: no session); none when there is no file.
  package static func load(_ store: DataStore, session: String?) throws(SystemError)
    -> Set<GridCell>
  {
    let tag = session ?? "-"
    return Set(try lines(store).filter { $0.session == tag }.map(\.cell))
  }

  /// Replaces the skipped cells of `session` with `cells` (durable replace); other
  /// sessions' lines are kept.
  package static func save(_ cells: Set<GridCell>, session: String?, store: DataStore)
    throws(SystemError)
  {
    let tag = session ?? "-"
    let kept = try lines(store).filter { $0.session != tag }
    let mine = cells.map { (session: tag, cell: $0) }.sorted {
      ($0.cell.participant, $0.cell.indicator) < ($1.cell.participant, $1.cell.indicator)
    }
    var text = ""
    for line in kept + mine {
      text += line.session + "\t" + line.cell.participant + "\t" + line.cell.indicator + "\n"
    }
    try store.fileSystem.writeFileDurably(path(store), Array(text.utf8))
  }

  private static func lines(_ store: DataStore) throws(SystemError)
    -> [(session: String, cell: GridCell)]
  {
    let bytes: [UInt8]
    do {
      bytes = try store.fileSystem.readFile(path(store), limit: limit)
    } catch  where error.isNotFound {
      return []
    }
    var result: [(session: String, cell: GridCell)] = []
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3, fields[0] == "-" || DataStore.isIdentifier(fields[0]),
        DataStore.isIdentifier(fields[1]), isIndicatorID(fields[2])
      else { continue }
      result.append((fields[0], GridCell(participant: fields[1], indicator: fields[2])))
    }
    return result
  }

  private static func isIndicatorID(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= 64
      && text.unicodeScalars.allSatisfy {
        $0.isASCII && $0.properties.isAlphabetic || $0 == "-" || $0 == "_"
          || ("0"..."9").contains($0)
      }
  }
}
