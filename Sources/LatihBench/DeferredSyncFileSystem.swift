import LatihBase

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system with per-call flushing turned off, for writing large generated
/// data sets quickly: every byte still goes through ``SystemFileSystem`` and the journal
/// code, but `fsync` is skipped and the caller flushes everything once at the end
/// (``flushAll()``). Never used by Latih itself.
package struct DeferredSyncFileSystem: FileSystem {
  private let base = SystemFileSystem()

  package init() {}

  /// Flushes every file system's dirty data (`sync(2)`), once the data set is written.
  package func flushAll() {
    #if canImport(Glibc)
      Glibc.sync()
    #elseif canImport(Darwin)
      Darwin.sync()
    #endif
  }

  package func open(_ path: String, _ options: OpenOptions, permissions: UInt32)
    throws(SystemError) -> FileDescriptor
  {
    try base.open(path, options, permissions: permissions)
  }

  package func readToEnd(_ file: FileDescriptor, limit: Int) throws(SystemError) -> [UInt8] {
    try base.readToEnd(file, limit: limit)
  }

  package func read(_ file: FileDescriptor, at offset: Int, count: Int) throws(SystemError)
    -> [UInt8]
  {
    try base.read(file, at: offset, count: count)
  }

  package func write(_ file: FileDescriptor, _ bytes: [UInt8]) throws(SystemError) {
    try base.write(file, bytes)
  }

  package func sync(_ file: FileDescriptor) throws(SystemError) {}

  package func truncate(_ file: FileDescriptor, to length: Int) throws(SystemError) {
    try base.truncate(file, to: length)
  }

  package func size(_ file: FileDescriptor) throws(SystemError) -> Int { try base.size(file) }

  package func lockExclusively(_ file: FileDescriptor) throws(SystemError) -> Bool {
    try base.lockExclusively(file)
  }

  package func close(_ file: FileDescriptor) throws(SystemError) { try base.close(file) }

  package func createDirectory(_ path: String, permissions: UInt32) throws(SystemError) {
    try base.createDirectory(path, permissions: permissions)
  }

  package func syncDirectory(_ path: String) throws(SystemError) {}

  package func rename(_ source: String, to destination: String) throws(SystemError) {
    try base.rename(source, to: destination)
  }

  package func remove(_ path: String) throws(SystemError) { try base.remove(path) }

  package func setPermissions(_ path: String, _ permissions: UInt32) throws(SystemError) {
    try base.setPermissions(path, permissions)
  }

  package func contentsOfDirectory(_ path: String) throws(SystemError) -> [String] {
    try base.contentsOfDirectory(path)
  }

  package func info(_ path: String) throws(SystemError) -> FileInfo? { try base.info(path) }
}
