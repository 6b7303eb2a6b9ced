import LatihBase

/// The fingerprints of every event id in a data folder, read once for a whole
/// `latih merge` (each journal's ids only), so each file's new ids are checked against
/// every journal without reading them all (reading them per file made a merge of many
/// files quadratic). 8 bytes per id in one sorted array (a folder of 1.67 M events:
/// 13 MB); an id whose fingerprint is here is then looked for exactly, in every journal.
///
/// Ids merged by the same command need not be added: a copy of one id in two files that
/// disagree is refused by ``FileConflicts``, and copies that agree are the same person's,
/// found in her own journal.
package struct FolderIdentifiers: Sendable {
  private var fingerprints: [UInt64] = []
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
      for id in try outcome.get() {
        if let key = CompactID(id) {
          fingerprints.append(key.fingerprint)
        } else {
          others.insert(id)
        }
      }
    }
    fingerprints.sort()
  }

  /// Whether some journal may hold the generated id `key` (false: none does).
  package func mayContain(_ key: CompactID) -> Bool {
    let wanted = key.fingerprint
    var low = 0
    var high = fingerprints.count
    while low < high {
      let middle = (low + high) / 2
      if fingerprints[middle] < wanted { low = middle + 1 } else { high = middle }
    }
    return low < fingerprints.count && fingerprints[low] == wanted
  }

  /// Whether some journal may hold `id` (false: none does).
  package func mayContain(_ id: String) -> Bool {
    if let key = CompactID(id) { return mayContain(key) }
    return others.contains(id)
  }
}
