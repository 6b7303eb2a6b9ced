import LatihBase

/// The exports a data folder has merged already, in `merged-exports`: one line per file,
/// its ``FileDigest`` (32 hex digits) and its size. A file merged again is recognised
/// after one read of its bytes and skipped: everything in it is here already (a merge is
/// a set union, so skipping it changes nothing). Written with a durable replace (0600,
/// the folder fsynced); a missing list, or a damaged line in it, only means files are
/// checked again.
package enum MergedExports {
  /// The list's name in the data folder.
  package static let fileName = "merged-exports"
  /// The largest list read (about 300,000 files).
  static let maximumBytes = 16 * 1024 * 1024

  /// The digests (`<digest> <size>`) listed in the data folder at `directory`; none when
  /// the list is missing. Lines that are not a digest are ignored; a list that cannot be
  /// read is an error (named, not silently taken as empty).
  package static func load(directory: String, fileSystem: any FileSystem) throws(SystemError)
    -> Set<String>
  {
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(PathName.join(directory, fileName), limit: maximumBytes)
    } catch  where error.isNotFound {
      return []
    }
    var found: Set<String> = []
    for line in bytes.split(separator: 0x0A) {
      let text = String(decoding: line, as: UTF8.self)
      if isEntry(text) { found.insert(text) }
    }
    return found
  }

  /// The entry of a file with digest `digest` and `size` bytes.
  package static func entry(digest: String, size: Int) -> String { "\(digest) \(size)" }

  /// Whether `text` is an entry (32 lowercase hex digits, a space, a size).
  static func isEntry(_ text: String) -> Bool {
    let parts = text.split(separator: " ", omittingEmptySubsequences: false)
    return parts.count == 2 && parts[0].utf8.count == 32
      && parts[0].utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
      && !parts[1].isEmpty && parts[1].utf8.count <= 12
      && parts[1].utf8.allSatisfy { (0x30...0x39).contains($0) }
  }

  /// Adds `entries` to the list of the data folder at `directory` (a durable replace).
  package static func record(
    _ entries: [String], directory: String, fileSystem: any FileSystem
  ) throws(SystemError) {
    let known = try load(directory: directory, fileSystem: fileSystem)
    let fresh = entries.filter { !known.contains($0) && isEntry($0) }
    guard !fresh.isEmpty else { return }
    let lines = known.sorted() + Array(Set(fresh)).sorted()
    try fileSystem.writeFileDurably(
      PathName.join(directory, fileName), Array((lines.joined(separator: "\n") + "\n").utf8))
  }
}
