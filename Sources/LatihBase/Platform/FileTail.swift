#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading what was appended to a file since a known offset.
package enum FileTail {
  /// The bytes of `path` from `offset` to its end (at most `limit` of them).
  package static func read(_ path: String, from offset: Int, limit: Int = 64 << 20)
    throws(SystemError) -> [UInt8]
  {
    let fd = try Syscall.openFile(path, O_RDONLY | O_CLOEXEC, 0)
    defer { try? Syscall.closeFile(fd, path) }
    if offset > 0 && lseek(fd, off_t(offset), SEEK_SET) < 0 {
      throw SystemError(code: errno, operation: .read, path: path)
    }
    return try Syscall.readToEnd(fd, path, sizeHint: 4096, limit: limit)
  }
}
