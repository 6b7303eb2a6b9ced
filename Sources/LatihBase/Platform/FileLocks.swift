#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which files some process holds a lock on, read from `/proc/locks` (Linux) without
/// taking or testing a lock, so a watcher never gets in a kiosk's way.
package enum FileLocks {
  /// The inode numbers of every locked file, or nil where `/proc/locks` cannot be read.
  package static func lockedInodes() -> Set<UInt64>? {
    guard let bytes = try? FileTail.read("/proc/locks", from: 0, limit: 4 << 20) else { return nil }
    var inodes = Set<UInt64>()
    for line in bytes.split(separator: 0x0A) {
      // "1: FLOCK  ADVISORY  WRITE 311 fe:00:16223386 0 EOF": the 6th field ends in the inode.
      let fields = line.split(separator: 0x20)
      guard fields.count >= 6, let colon = fields[5].lastIndex(of: 0x3A) else { continue }
      let digits = fields[5][(colon + 1)...]
      if let inode = UInt64(String(decoding: digits, as: UTF8.self)) { inodes.insert(inode) }
    }
    return inodes
  }

  /// A file's inode number and size, or nil if it cannot be looked at.
  package static func identity(_ path: String) -> (inode: UInt64, size: Int)? {
    guard let info = try? Syscall.linkStatus(path) else { return nil }
    return (UInt64(info.st_ino), Int(info.st_size))
  }
}
