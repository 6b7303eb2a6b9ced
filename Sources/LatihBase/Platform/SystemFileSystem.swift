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
    flags |= O_NOFOLLOW
    let fd = try Syscall.openFile(path, flags, mode_t(permissions))
    return FileDescriptor(raw: fd, path: path)
  }

  package func readToEnd(_ file: FileDescriptor) throws(SystemError) -> [UInt8] {
    let info = try Syscall.descriptorStatus(file.raw, file.path)
    return try Syscall.readToEnd(file.raw, file.path, sizeHint: Int(info.st_size))
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
    try Syscall.listDirectory(path).sorted()
  }

  package func info(_ path: String) throws(SystemError) -> FileInfo? {
    let status: stat
    do {
      status = try Syscall.linkStatus(path)
    } catch  where error.code == ENOENT || error.code == ENOTDIR {
      return nil
    }
    let kind: FileInfo.Kind
    switch status.st_mode & S_IFMT {
    case S_IFREG: kind = .file
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    default: kind = .other
    }
    return FileInfo(
      kind: kind, size: Int(status.st_size), permissions: UInt32(status.st_mode & 0o7777))
  }
}
