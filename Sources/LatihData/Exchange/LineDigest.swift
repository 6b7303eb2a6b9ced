import LatihBase

/// A quick digest of a journal or export line's content: its bytes after the sequence
/// number and before the checksum (`"id":…,"crc"` excluded). Two lines Latih wrote for
/// one event have the same digest, so a merge that finds it equal needs to decode neither
/// (merging a file again compares a million events); a different digest only means the
/// lines must be decoded and compared (an older Latih's encoding, a lean copy).
enum LineDigest {
  /// The digest of `line` (without its newline); nil for a line too short to hold one.
  static func of(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
    let end = line.count - JournalLine.trailerLength
    guard end > 1, let comma = line[..<end].firstIndex(of: 0x2C) else { return nil }
    var hasher = Hasher()
    hasher.combine(
      bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[(comma + 1)..<end])))
    return hasher.finalize()
  }

  /// The id near the start of a line Latih wrote (`{"seq":N,"id":"…"`), if there is one.
  static func leadingID(_ line: UnsafeBufferPointer<UInt8>) -> String? {
    let key: [UInt8] = Array("\"id\":\"".utf8)
    let window = min(line.count, 40)
    guard window > key.count else { return nil }
    for start in 0...(window - key.count)
    where line[start] == 0x22 && line[start..<(start + key.count)].elementsEqual(key) {
      let from = start + key.count
      guard let close = line[from..<min(line.count, from + 33)].firstIndex(of: 0x22) else {
        return nil
      }
      return String(decoding: UnsafeBufferPointer(rebasing: line[from..<close]), as: UTF8.self)
    }
    return nil
  }

  /// Id → digest of every line of a journal's bytes that shows an id (checked or not:
  /// a caller compares only ids the reader accepted).
  static func digests(of bytes: [UInt8]) -> [String: Int] {
    bytes.withUnsafeBufferPointer { buffer in
      var found: [String: Int] = [:]
      var start = 0
      while start < buffer.count {
        let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start, to: buffer.count)
        let line = UnsafeBufferPointer(rebasing: buffer[start..<newline])
        if let id = leadingID(line), let digest = of(line) { found[id] = digest }
        start = newline + 1
      }
      return found
    }
  }
}
