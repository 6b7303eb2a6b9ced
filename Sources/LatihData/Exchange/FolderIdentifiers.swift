import LatihBase

/// Every event id in a data folder, read once for a whole `latih merge` (each journal's
/// ids only) and kept up to date as files are merged, so each file's new ids are checked
/// against every journal without reading them all again (reading them per file made a
/// merge of many files quadratic). Ids are kept as fixed-size values (``CompactID``).
package final class FolderIdentifiers: @unchecked Sendable {
  private var keys: Set<CompactID> = []
  private var others: Set<String> = []

  /// Reads the ids of every journal of `store` (on all cores).
  package init(_ store: DataStore) throws(SystemError) {
    let journals = [store.sessionsPath] + (try store.participantIDs()).map(store.journalPath)
    let found = ConcurrentMap.map(journals) { path -> Result<[String], SystemError> in
      let bytes: [UInt8]
      do throws(SystemError) {
        bytes = try store.fileSystem.readFile(path, limit: Journal.maximumBytes)
      } catch  where error.isNotFound {
        return .success([])
      } catch {
        return .failure(error)
      }
      return .success(
        bytes.withUnsafeBufferPointer {
          JournalReader.read($0, identifiersOnly: true).identifiers
        })
    }
    for outcome in found {
      for id in try outcome.get() { insert(id) }
    }
  }

  /// Whether some journal holds `id`.
  package func contains(_ id: String) -> Bool {
    if let key = CompactID(id) { return keys.contains(key) }
    return others.contains(id)
  }

  /// Whether some journal holds the generated id `key`.
  package func contains(_ key: CompactID) -> Bool { keys.contains(key) }

  /// Notes that a journal now holds the generated id `key`.
  package func insert(_ key: CompactID) { keys.insert(key) }

  /// Notes that a journal now holds `id`.
  package func insert(_ id: String) {
    if let key = CompactID(id) {
      keys.insert(key)
    } else {
      others.insert(id)
    }
  }
}
