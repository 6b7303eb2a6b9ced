import LatihBase

/// Follows every journal of a data folder, reading only what was appended since the last
/// look: one offset per journal, new journals picked up as they appear.
package struct JournalTail: Sendable {
  private struct Position: Sendable {
    var inode: UInt64
    var offset: Int
  }

  private let store: DataStore
  private var positions: [String: Position] = [:]
  /// Journals that shrank or were replaced since the last look (their readers start over).
  package private(set) var restarted: Set<String> = []
  /// Bytes read in the last look (to show the watcher's cost).
  package private(set) var bytesRead = 0

  package init(store: DataStore) { self.store = store }

  /// Complete new lines of every journal since the last call, decoded, per participant id.
  /// A half-written last line is left for the next look; a damaged line is skipped.
  package mutating func poll() -> [String: [Event]] {
    restarted = []
    bytesRead = 0
    guard let ids = try? store.participantIDs() else { return [:] }
    var result: [String: [Event]] = [:]
    for id in ids {
      let path = store.journalPath(id)
      guard let identity = FileLocks.identity(path) else { continue }
      var position = positions[id] ?? Position(inode: identity.inode, offset: 0)
      if position.inode != identity.inode || identity.size < position.offset {
        position = Position(inode: identity.inode, offset: 0)
        restarted.insert(id)
      }
      guard identity.size > position.offset,
        let bytes = try? FileTail.read(path, from: position.offset)
      else {
        positions[id] = position
        continue
      }
      bytesRead += bytes.count
      guard let lastNewline = bytes.lastIndex(of: 0x0A) else {
        positions[id] = position
        continue
      }
      var events: [Event] = []
      for line in bytes[...lastNewline].split(separator: 0x0A) {
        if case .success(let (_, event)) = JournalLine.decode(line) { events.append(event) }
      }
      position.offset += lastNewline + 1
      positions[id] = position
      if !events.isEmpty { result[id] = events }
    }
    return result
  }

  /// The inode of each journal followed, to match against the locks held.
  package var inodes: [String: UInt64] { positions.mapValues(\.inode) }
}
