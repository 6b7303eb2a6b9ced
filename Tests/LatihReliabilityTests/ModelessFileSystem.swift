import LatihTestSupport

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData

/// The real file system, except that files under `stick` report mode 0755 whatever was
/// asked, as on a FAT or exFAT USB stick (which keeps no permissions).
struct ModelessFileSystem: FileSystem {
  let stick: String
  private let base = SystemFileSystem()

  init(stick: String) { self.stick = stick }

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

  func sync(_ file: FileDescriptor) throws(SystemError) { try base.sync(file) }

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

  func syncDirectory(_ path: String) throws(SystemError) { try base.syncDirectory(path) }

  func rename(_ source: String, to destination: String) throws(SystemError) {
    try base.rename(source, to: destination)
  }

  func remove(_ path: String) throws(SystemError) { try base.remove(path) }

  /// Accepted and ignored under the stick, as FAT does.
  func setPermissions(_ path: String, _ permissions: UInt32) throws(SystemError) {
    guard !path.hasPrefix(stick) else { return }
    try base.setPermissions(path, permissions)
  }

  func contentsOfDirectory(_ path: String) throws(SystemError) -> [String] {
    try base.contentsOfDirectory(path)
  }

  func info(_ path: String) throws(SystemError) -> FileInfo? {
    guard var info = try base.info(path) else { return nil }
    if path.hasPrefix(stick) { info.permissions = 0o755 }
    return info
  }
}
