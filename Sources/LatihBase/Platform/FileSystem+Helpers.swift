#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Permission bits Latih uses for everything it creates: only the owner can read.
package enum PrivatePermissions {
  /// Directories: `rwx------`.
  package static let directory: UInt32 = 0o700
  /// Files: `rw-------`.
  package static let file: UInt32 = 0o600
}

extension FileSystem {
  /// Whether anything exists at `path`.
  package func exists(_ path: String) -> Bool {
    (try? info(path)) != nil
  }

  /// Reads a whole regular file of at most `limit` bytes.
  ///
  /// Opened without blocking and checked to be a regular file (``FileSystem/open(_:_:permissions:)``);
  /// a stated size over `limit` is refused before reading, and reading stops after
  /// `limit + 1` bytes whatever the size said. Throws ``SystemError`` with `EFBIG` for a
  /// file over the limit and ``SystemError/notRegular(_:_:path:)`` for a FIFO, a device, a
  /// socket, a directory or a symbolic link.
  package func readFile(_ path: String, limit: Int) throws(SystemError) -> [UInt8] {
    let file = try open(path, [], permissions: 0)
    defer { try? close(file) }
    let length = try size(file)
    if length > limit { throw SystemError(code: EFBIG, operation: .read, path: path) }
    return try readToEnd(file, limit: limit)
  }

  /// Replaces `path` with `bytes` so that after a crash either the old or the new content
  /// is there, whole: write a temporary file, fsync it, set its mode, rename it over the
  /// old one and fsync the directory.
  package func writeFileDurably(
    _ path: String, _ bytes: [UInt8], permissions: UInt32 = PrivatePermissions.file
  ) throws(SystemError) {
    let directory = PathName.parent(of: path)
    let temporary = PathName.join(
      directory, ".\(PathName.lastComponent(of: path)).tmp-\(getpid())")
    let file: FileDescriptor
    do {
      file = try open(temporary, [.write, .create, .truncate], permissions: permissions)
    } catch {
      // The temporary file is Latih's own name: the folder is what the user can act on.
      var failure = error
      failure.path = directory
      throw failure
    }
    var isOpen = true
    do {
      try write(file, bytes)
      try sync(file)
      // Closed once only: the descriptor is released even when close reports an error.
      isOpen = false
      try close(file)
      try setPermissions(temporary, permissions)
      try rename(temporary, to: path)
    } catch {
      if isOpen { try? close(file) }
      try? remove(temporary)
      throw error
    }
    try syncDirectory(directory)
  }

  /// Makes `path` and any missing parents as private directories (0700, whatever the
  /// umask), fsyncing each parent that gained an entry. Existing directories are kept.
  package func makePrivateDirectory(_ path: String) throws(SystemError) {
    if let existing = try info(path) {
      if existing.kind == .directory { return }
      throw SystemError(code: ENOTDIR, operation: .mkdir, path: path)
    }
    let parent = PathName.parent(of: path)
    if parent != path { try makePrivateDirectory(parent) }
    do {
      try createDirectory(path, permissions: PrivatePermissions.directory)
    } catch  where error.code == EEXIST {
      return
    }
    try setPermissions(path, PrivatePermissions.directory)
    try syncDirectory(parent)
  }
}
