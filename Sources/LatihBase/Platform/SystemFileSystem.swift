#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system, through ``Syscall``.
package struct SystemFileSystem: FileSystem {
  package init() {}

  package func open(_ path: String, _ options: OpenOptions, permissions: UInt32)
    throws(SystemError) -> FileDescriptor
  {
    var flags: Int32 = options.contains(.write) ? O_RDWR : O_RDONLY
    if options.contains(.create) { flags |= O_CREAT }
    if options.contains(.exclusive) { flags |= O_EXCL }
    if options.contains(.append) { flags |= O_APPEND }
    if options.contains(.truncate) { flags |= O_TRUNC }
    // Never block in open (a FIFO with no writer waits for ever) and never take a
    // terminal as the controlling one; on a regular file O_NONBLOCK changes nothing.
    flags |= O_NOFOLLOW | O_NONBLOCK | O_NOCTTY
    let fd: Int32
    do {
      fd = try Syscall.openFile(path, flags, mode_t(permissions))
    } catch  where [ELOOP, ENXIO, EISDIR, ENODEV, EOPNOTSUPP].contains(error.code) {
      // A symbolic link (O_NOFOLLOW), a socket or a FIFO without reader, a directory
      // opened for writing: say what it is rather than the errno.
      if let found = try? info(path)?.kind, found != .file {
        throw SystemError.notRegular(found, .open, path: path)
      }
      throw error
    }
    let wanted: FileInfo.Kind = options.contains(.directory) ? .directory : .file
    let found: FileInfo.Kind
    do {
      found = Self.kind(of: try Syscall.descriptorStatus(fd, path).st_mode)
    } catch {
      try? Syscall.closeFile(fd, path)
      throw error
    }
    guard found == wanted else {
      try? Syscall.closeFile(fd, path)
      throw SystemError.notRegular(found, .open, path: path)
    }
    return FileDescriptor(raw: fd, path: path)
  }

  package func readToEnd(_ file: FileDescriptor, limit: Int) throws(SystemError) -> [UInt8] {
    let info = try Syscall.descriptorStatus(file.raw, file.path)
    return try Syscall.readToEnd(
      file.raw, file.path, sizeHint: Int(info.st_size), limit: limit)
  }

  package func read(_ file: FileDescriptor, at offset: Int, count: Int) throws(SystemError)
    -> [UInt8]
  {
    var failure: SystemError?
    let bytes = [UInt8](unsafeUninitializedCapacity: max(count, 0)) { buffer, filled in
      filled = 0
      while filled < buffer.count {
        let rest = UnsafeMutableRawBufferPointer(
          UnsafeMutableBufferPointer(rebasing: buffer[filled...]))
        let read = Result { () throws(SystemError) in
          try Syscall.readSome(file.raw, rest, at: offset + filled, file.path)
        }
        switch read {
        case .success(0): return
        case .success(let n): filled += n
        case .failure(let error):
          failure = error
          return
        }
      }
    }
    if let failure { throw failure }
    return bytes
  }

  /// What an `st_mode` says the file is.
  static func kind(of mode: mode_t) -> FileInfo.Kind {
    switch mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    case S_IFLNK: return .symbolicLink
    case S_IFIFO: return .fifo
    case S_IFCHR: return .characterDevice
    case S_IFBLK: return .blockDevice
    case S_IFSOCK: return .socket
    default: return .other
    }
  }

  package func write(_ file: FileDescriptor, _ bytes: [UInt8]) throws(SystemError) {
    try bytes.withUnsafeBytes { buffer in
      Result { () throws(SystemError) in try Syscall.writeAll(file.raw, buffer, file.path) }
    }.get()
  }

  package func sync(_ file: FileDescriptor) throws(SystemError) {
    try Syscall.syncFile(file.raw, file.path)
  }

  package func truncate(_ file: FileDescriptor, to length: Int) throws(SystemError) {
    try Syscall.truncateFile(file.raw, length, file.path)
  }

  package func size(_ file: FileDescriptor) throws(SystemError) -> Int {
    Int(try Syscall.descriptorStatus(file.raw, file.path).st_size)
  }

  package func lockExclusively(_ file: FileDescriptor) throws(SystemError) -> Bool {
    do {
      try Syscall.lockFile(file.raw, LOCK_EX | LOCK_NB, file.path)
      return true
    } catch  where error.code == EWOULDBLOCK {
      return false
    }
  }

  package func close(_ file: FileDescriptor) throws(SystemError) {
    try Syscall.closeFile(file.raw, file.path)
  }

  package func createDirectory(_ path: String, permissions: UInt32) throws(SystemError) {
    try Syscall.makeDirectory(path, mode_t(permissions))
  }

  package func syncDirectory(_ path: String) throws(SystemError) {
    let fd = try Syscall.openFile(path, O_RDONLY | O_DIRECTORY, 0)
    defer { try? Syscall.closeFile(fd, path) }
    try Syscall.syncFile(fd, path, .syncDirectory)
  }

  package func rename(_ source: String, to destination: String) throws(SystemError) {
    try Syscall.renameItem(source, destination)
  }

  package func remove(_ path: String) throws(SystemError) {
    try Syscall.removeFile(path)
  }

  package func setPermissions(_ path: String, _ permissions: UInt32) throws(SystemError) {
    try Syscall.changeMode(path, mode_t(permissions))
  }

  package func contentsOfDirectory(_ path: String) throws(SystemError) -> [String] {
    NameSort.sorted(try Syscall.listDirectory(path))
  }

  package func info(_ path: String) throws(SystemError) -> FileInfo? {
    let status: stat
    do {
      status = try Syscall.linkStatus(path)
    } catch  where error.code == ENOENT || error.code == ENOTDIR {
      return nil
    }
    return FileInfo(
      kind: Self.kind(of: status.st_mode), size: Int(status.st_size),
      permissions: UInt32(status.st_mode & 0o7777))
  }
}
