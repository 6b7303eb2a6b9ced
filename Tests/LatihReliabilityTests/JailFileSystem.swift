import Synchronization

@testable import LatihBase

#if canImport(Glibc)
  import Glibc
#endif

/// The real file system (fsync skipped) confined to one directory: any call on a path
/// that, with `.` and `..` resolved, lies outside it is recorded and refused with `EACCES`
/// before it reaches the disk. Path-traversal tests run Latih on it, so a bug could never
/// write outside the test's directory, and every attempt is counted.
final class JailFileSystem: FileSystem {
  let root: String
  private let base = UnsyncedFileSystem()
  private let escapes = Mutex<[String]>([])

  init(root: String) { self.root = root }

  /// Every refused call, as `operation path`.
  var attempts: [String] { escapes.withLock { $0 } }

  /// `path` with `.`, `..` and repeated slashes resolved (relative paths are not used).
  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        _ = parts.popLast()
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  private func guarded(_ operation: FileOperation, _ path: String) throws(SystemError) {
    let resolved = Self.normalized(path)
    guard !path.contains("\u{0}"), resolved == root || resolved.hasPrefix(root + "/") else {
      escapes.withLock { $0.append("\(operation.rawValue) \(path.debugDescription)") }
      throw SystemError(code: EACCES, operation: operation, path: path)
    }
  }

  func open(_ path: String, _ options: OpenOptions, permissions: UInt32) throws(SystemError)
    -> FileDescriptor
  {
    try guarded(.open, path)
    return try base.open(path, options, permissions: permissions)
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
    try guarded(.mkdir, path)
    try base.createDirectory(path, permissions: permissions)
  }

  func syncDirectory(_ path: String) throws(SystemError) { try guarded(.syncDirectory, path) }

  func rename(_ source: String, to destination: String) throws(SystemError) {
    try guarded(.rename, source)
    try guarded(.rename, destination)
    try base.rename(source, to: destination)
  }

  func remove(_ path: String) throws(SystemError) {
    try guarded(.unlink, path)
    try base.remove(path)
  }

  func setPermissions(_ path: String, _ permissions: UInt32) throws(SystemError) {
    try guarded(.chmod, path)
    try base.setPermissions(path, permissions)
  }

  func contentsOfDirectory(_ path: String) throws(SystemError) -> [String] {
    try guarded(.list, path)
    return try base.contentsOfDirectory(path)
  }

  func info(_ path: String) throws(SystemError) -> FileInfo? {
    try guarded(.stat, path)
    return try base.info(path)
  }
}
