@testable import LatihBase

/// The real file system with fsync made a no-op: for sweeps that run thousands of
/// workloads and check what Latih *does* (which calls, in which order, what it reports),
/// not whether the disk keeps it. Every other call, locks and `O_EXCL` included, is real.
struct UnsyncedFileSystem: FileSystem {
  private let base = SystemFileSystem()

  func open(_ path: String, _ options: OpenOptions, permissions: UInt32) throws(SystemError)
    -> FileDescriptor
  {
    try base.open(path, options, permissions: permissions)
  }

  func readToEnd(_ file: FileDescriptor, limit: Int) throws(SystemError) -> [UInt8] {
    try base.readToEnd(file, limit: limit)
  }

  func read(_ file: FileDescriptor, at offset: Int, count: Int) throws(SystemError)
    -> [UInt8]
  {
    try base.read(file, at: offset, count: count)
  }

  func write(_ file: FileDescriptor, _ bytes: [UInt8]) throws(SystemError) {
    try base.write(file, bytes)
  }

  /// Skipped: the data stays in the page cache, which is all a test reads.
  func sync(_ file: FileDescriptor) throws(SystemError) {}

  func truncate(_ file: FileDescriptor, to length: Int) throws(SystemError) {
    try base.truncate(file, to: length)
  }

  func size(_ file: FileDescriptor) throws(SystemError) -> Int { try base.size(file) }

  func lockExclusively(_ file: FileDescriptor) throws(SystemError) -> Bool {
    try base.lockExclusively(file)
  }

  func close(_ file: FileDescriptor) throws(SystemError) { try base.close(file) }

  func createDirectory(_ path: String, permissions: UInt32) throws(SystemError) {
    try base.createDirectory(path, permissions: permissions)
  }

  /// Skipped, as ``sync(_:)``.
  func syncDirectory(_ path: String) throws(SystemError) {}

  func rename(_ source: String, to destination: String) throws(SystemError) {
    try base.rename(source, to: destination)
  }

  func remove(_ path: String) throws(SystemError) { try base.remove(path) }

  func setPermissions(_ path: String, _ permissions: UInt32) throws(SystemError) {
    try base.setPermissions(path, permissions)
  }

  func contentsOfDirectory(_ path: String) throws(SystemError) -> [String] {
    try base.contentsOfDirectory(path)
  }

  func info(_ path: String) throws(SystemError) -> FileInfo? { try base.info(path) }
}
