/// An open file: its descriptor and the path it was opened with (for messages).
package struct FileDescriptor: Sendable, Hashable {
  /// The operating system's descriptor number.
  package let raw: Int32
  /// The path the file was opened with.
  package let path: String

  package init(raw: Int32, path: String) {
    self.raw = raw
    self.path = path
  }
}

/// How to open a file.
package struct OpenOptions: OptionSet, Sendable {
  package let rawValue: Int
  package init(rawValue: Int) { self.rawValue = rawValue }

  /// Open for writing as well as reading.
  package static let write = OpenOptions(rawValue: 1 << 0)
  /// Create the file if it does not exist.
  package static let create = OpenOptions(rawValue: 1 << 1)
  /// With `create`: fail with `EEXIST` if it exists.
  package static let exclusive = OpenOptions(rawValue: 1 << 2)
  /// Every write goes to the end of the file.
  package static let append = OpenOptions(rawValue: 1 << 3)
  /// Empty the file on open.
  package static let truncate = OpenOptions(rawValue: 1 << 4)
  /// Open a directory (to lock it); without it, anything but a regular file is refused.
  package static let directory = OpenOptions(rawValue: 1 << 5)
}

/// What `lstat` says about a path.
package struct FileInfo: Sendable, Equatable {
  /// What the path is.
  package enum Kind: String, Sendable, Equatable, CaseIterable {
    case file, directory, symbolicLink, fifo, characterDevice, blockDevice, socket, other
  }
  package var kind: Kind
  /// Size in bytes.
  package var size: Int
  /// Permission bits, such as `0o600`.
  package var permissions: UInt32

  package init(kind: Kind, size: Int, permissions: UInt32) {
    self.kind = kind
    self.size = size
    self.permissions = permissions
  }
}

/// The file-system calls Latih makes, so tests can run against a temporary directory and
/// inject faults (`ENOSPC`, `EIO`, …) at any call.
///
/// Every method throws ``SystemError``. Higher-level helpers (reading a whole file, a
/// durable replace, making a private directory) are built in an extension on these
/// primitives, so an injected fault reaches them too.
package protocol FileSystem: Sendable {
  /// Opens `path`; never follows a symbolic link in the last component, never blocks
  /// (a FIFO with no writer, a terminal) and refuses anything that is not a regular file
  /// (a directory only with ``OpenOptions/directory``) with ``SystemError/notRegular(_:_:path:)``.
  func open(_ path: String, _ options: OpenOptions, permissions: UInt32) throws(SystemError)
    -> FileDescriptor
  /// Reads from the current position to the end, at most `limit` bytes: one more byte
  /// throws `EFBIG` (``SystemError/isTooLarge``) whatever the file's stated size.
  func readToEnd(_ file: FileDescriptor, limit: Int) throws(SystemError) -> [UInt8]
  /// Reads up to `count` bytes at byte `offset` (not moving the position); fewer only at
  /// the end of the file (none past it).
  func read(_ file: FileDescriptor, at offset: Int, count: Int) throws(SystemError) -> [UInt8]
  /// Writes all of `bytes`.
  func write(_ file: FileDescriptor, _ bytes: [UInt8]) throws(SystemError)
  /// Flushes the file's data to stable storage.
  func sync(_ file: FileDescriptor) throws(SystemError)
  /// Cuts the file to `length` bytes.
  func truncate(_ file: FileDescriptor, to length: Int) throws(SystemError)
  /// The file's current size.
  func size(_ file: FileDescriptor) throws(SystemError) -> Int
  /// Takes an exclusive advisory lock; returns false if another process holds it.
  func lockExclusively(_ file: FileDescriptor) throws(SystemError) -> Bool
  /// Closes the file (releasing any lock).
  func close(_ file: FileDescriptor) throws(SystemError)
  /// Creates one directory.
  func createDirectory(_ path: String, permissions: UInt32) throws(SystemError)
  /// Flushes a directory's entries (a created or renamed file) to stable storage.
  func syncDirectory(_ path: String) throws(SystemError)
  /// Atomically replaces `destination` with `source`.
  func rename(_ source: String, to destination: String) throws(SystemError)
  /// Removes a file.
  func remove(_ path: String) throws(SystemError)
  /// Sets permission bits explicitly (independent of the umask).
  func setPermissions(_ path: String, _ permissions: UInt32) throws(SystemError)
  /// The names in a directory, sorted.
  func contentsOfDirectory(_ path: String) throws(SystemError) -> [String]
  /// What is at `path` (not following a symbolic link), or nil if nothing is.
  func info(_ path: String) throws(SystemError) -> FileInfo?
}
