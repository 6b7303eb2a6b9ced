#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over libc calls: each retries `EINTR` while no shutdown was requested
/// and throws a typed ``SystemError``.
///
/// This is the only place in Latih that calls the C library for files; everything else
/// goes through ``FileSystem``. Wrapper names differ from the libc names on purpose, so a
/// call inside a wrapper always means the C function.
enum Syscall {
  /// Runs `body` until it returns something other than -1 with `EINTR`. A call ended by
  /// SIGINT, SIGTERM or SIGHUP (``InterruptSignal/pending``) is not retried: it throws
  /// `EINTR`, so a blocking wait always ends when the user asks Latih to stop.
  @inline(__always)
  static func retrying<T: BinaryInteger>(
    _ operation: FileOperation, _ path: String, _ body: () -> T
  ) throws(SystemError) -> T {
    while true {
      let result = body()
      if result != -1 { return result }
      let code = errno
      if code == EINTR && InterruptSignal.pending == nil { continue }
      throw SystemError(code: code, operation: operation, path: path)
    }
  }

  static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) throws(SystemError) -> Int32
  {
    try retrying(.open, path) { open(path, flags | O_CLOEXEC, mode) }
  }

  static func closeFile(_ fd: Int32, _ path: String) throws(SystemError) {
    // close() is never retried: on Linux the descriptor is released even on EINTR.
    if close(fd) == -1, errno != EINTR {
      throw SystemError(code: errno, operation: .close, path: path)
    }
  }

  /// Writes every byte, continuing after short writes.
  static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, _ path: String)
    throws(SystemError)
  {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let n = try retrying(.write, path) { write(fd, base + offset, bytes.count - offset) }
      if n == 0 { throw SystemError(code: EIO, operation: .write, path: path) }
      offset += n
    }
  }

  /// Reads up to `buffer.count` bytes; 0 means end of file.
  static func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ path: String)
    throws(SystemError) -> Int
  {
    try retrying(.read, path) { read(fd, buffer.baseAddress, buffer.count) }
  }

  /// Reads up to `buffer.count` bytes at byte `offset` (`pread`); 0 at the end.
  static func readSome(
    _ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, at offset: Int, _ path: String
  ) throws(SystemError) -> Int {
    try retrying(.read, path) { pread(fd, buffer.baseAddress, buffer.count, off_t(offset)) }
  }

  /// Reads from the current position to the end of the file, at most `limit` bytes:
  /// straight into the array when the file is no longer than `sizeHint` (the usual case:
  /// one copy, not two), then in chunks if it has grown since. Byte `limit + 1` throws
  /// `EFBIG`: the stated size is never trusted (a device or a growing file has none).
  static func readToEnd(_ fd: Int32, _ path: String, sizeHint: Int, limit: Int)
    throws(SystemError) -> [UInt8]
  {
    var failure: SystemError?
    var reachedEnd = false
    let first = min(max(sizeHint, 0), max(limit, 0)) + 1
    var result = [UInt8](unsafeUninitializedCapacity: first) { buffer, count in
      count = 0
      while count < buffer.count {
        let rest = UnsafeMutableRawBufferPointer(
          UnsafeMutableBufferPointer(rebasing: buffer[count...]))
        switch Result(catching: { () throws(SystemError) in try readSome(fd, rest, path) }) {
        case .success(0):
          reachedEnd = true
          return
        case .success(let n):
          count += n
        case .failure(let error):
          failure = error
          return
        }
      }
    }
    if let failure { throw failure }
    let tooLarge = SystemError(code: EFBIG, operation: .read, path: path)
    if result.count > limit { throw tooLarge }
    if reachedEnd { return result }
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = try chunk.withUnsafeMutableBytes { buffer in
        Result { () throws(SystemError) in try readSome(fd, buffer, path) }
      }.get()
      if n == 0 { return result }
      if result.count + n > limit { throw tooLarge }
      result.append(contentsOf: chunk[0..<n])
    }
  }

  /// Flushes a file (or directory) to stable storage.
  ///
  /// On Linux a file is flushed with `fdatasync`: its data and the metadata needed to
  /// read it back (the size of an append) reach the disk as with `fsync`, only timestamps
  /// may lag. It is the difference between ~1 ms and ~8 ms at p99 for an answer on an
  /// ext4 laptop disk. Directories still get `fsync`.
  static func syncFile(_ fd: Int32, _ path: String, _ operation: FileOperation = .fsync)
    throws(SystemError)
  {
    #if canImport(Darwin)
      // fsync on macOS does not flush the drive's cache; F_FULLFSYNC does.
      if fcntl(fd, F_FULLFSYNC) != -1 { return }
    #elseif os(Linux)
      if operation == .fsync {
        _ = try retrying(operation, path) { fdatasync(fd) }
        return
      }
    #endif
    _ = try retrying(operation, path) { fsync(fd) }
  }

  static func truncateFile(_ fd: Int32, _ length: Int, _ path: String) throws(SystemError) {
    _ = try retrying(.truncate, path) { ftruncate(fd, off_t(length)) }
  }

  static func seekToEnd(_ fd: Int32, _ path: String) throws(SystemError) -> Int {
    Int(try retrying(.seek, path) { lseek(fd, 0, SEEK_END) })
  }

  static func lockFile(_ fd: Int32, _ operation: Int32, _ path: String) throws(SystemError) {
    _ = try retrying(.lock, path) { flock(fd, operation) }
  }

  static func makeDirectory(_ path: String, _ mode: mode_t) throws(SystemError) {
    _ = try retrying(.mkdir, path) { mkdir(path, mode) }
  }

  static func changeMode(_ path: String, _ mode: mode_t) throws(SystemError) {
    _ = try retrying(.chmod, path) { chmod(path, mode) }
  }

  static func changeMode(_ fd: Int32, _ mode: mode_t, _ path: String) throws(SystemError) {
    _ = try retrying(.chmod, path) { fchmod(fd, mode) }
  }

  static func renameItem(_ from: String, _ to: String) throws(SystemError) {
    _ = try retrying(.rename, to) { rename(from, to) }
  }

  static func removeFile(_ path: String) throws(SystemError) {
    _ = try retrying(.unlink, path) { unlink(path) }
  }

  /// `realpath`: `path` with every symbolic link, `.` and `..` resolved; nil if it does
  /// not exist (or cannot be resolved).
  static func resolvedPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `lstat`: information about the path itself, not a symbolic link's target.
  static func linkStatus(_ path: String) throws(SystemError) -> stat {
    var info = stat()
    _ = try retrying(.stat, path) { lstat(path, &info) }
    return info
  }

  static func descriptorStatus(_ fd: Int32, _ path: String) throws(SystemError) -> stat {
    var info = stat()
    _ = try retrying(.stat, path) { fstat(fd, &info) }
    return info
  }

  /// The names in a directory, without `.` and `..`, unsorted.
  static func listDirectory(_ path: String) throws(SystemError) -> [String] {
    guard let dir = opendir(path) else {
      throw SystemError(code: errno, operation: .list, path: path)
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(
          to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)
        ) {
          String(cString: $0)
        }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
