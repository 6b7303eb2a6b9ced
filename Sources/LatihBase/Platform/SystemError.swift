#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The operating-system call that failed, named for messages and fault injection.
package enum FileOperation: String, Sendable, CaseIterable, Hashable {
  case open, read, write, fsync, close, rename, mkdir, chmod, stat, list
  case truncate, lock, unlink, seek
  /// The fsync of a directory after a file in it was created or replaced.
  case syncDirectory = "fsync-directory"
}

/// A failed system call: the operation, the path it was about and the errno it returned.
package struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The errno value, such as `ENOSPC`.
  package var code: Int32
  /// What was being done.
  package var operation: FileOperation
  /// The file or directory concerned, if any.
  package var path: String
  /// With ``Kind/notRegularFile``: what the path is instead of a regular file.
  package var found: FileInfo.Kind?

  package init(code: Int32, operation: FileOperation, path: String = "") {
    self.code = code
    self.operation = operation
    self.path = path
  }

  /// "Not a regular file": `path` is a FIFO, a device, a socket, a directory or a
  /// symbolic link (`found`), which Latih never reads (it could block or never end).
  package static func notRegular(_ found: FileInfo.Kind, _ operation: FileOperation, path: String)
    -> SystemError
  {
    var error = SystemError(code: EINVAL, operation: operation, path: path)
    error.found = found
    return error
  }

  /// The kind of failure, grouped the way a user can act on it.
  package var kind: Kind {
    if found != nil { return .notRegularFile }
    // A read refused for its size is Latih's own cap, not a full disk.
    if code == EFBIG && operation == .read { return .tooLarge }
    switch code {
    case ENOSPC, EDQUOT, EFBIG: return .diskFull
    case EROFS: return .readOnly
    case EACCES, EPERM: return .permissionDenied
    case ENOENT: return .notFound
    case EWOULDBLOCK: return .busy
    case EIO: return .ioError
    case EINTR: return .interrupted
    default: return .other
    }
  }

  /// The same error without its path (for a message that names the file already).
  package var withoutPath: SystemError {
    var copy = self
    copy.path = ""
    return copy
  }

  /// No such file or directory (`ENOENT`).
  package var isNotFound: Bool { code == ENOENT }
  /// The file exists already (`EEXIST`), as when another process created it first.
  package var alreadyExists: Bool { code == EEXIST }
  /// Too large (`EFBIG`): over the file-size limit, or a read refused for its size.
  package var isTooLarge: Bool { code == EFBIG }

  /// "No such file" for `path`, as the system would report it.
  package static func notFound(_ operation: FileOperation, path: String) -> SystemError {
    SystemError(code: ENOENT, operation: operation, path: path)
  }

  /// "In use by another process" (`EWOULDBLOCK`) for `path`.
  package static func busy(_ operation: FileOperation, path: String) -> SystemError {
    SystemError(code: EWOULDBLOCK, operation: operation, path: path)
  }

  /// A grouping of errno values by what the user can do about them.
  package enum Kind: String, Sendable {
    case diskFull, readOnly, permissionDenied, notFound, busy, ioError, notRegularFile
    /// A file over the size Latih reads.
    case tooLarge
    /// A signal (Ctrl-C, `kill`) ended a wait.
    case interrupted
    case other
  }

  /// The C library's text for the errno (English), for logs and the `other` case.
  package var systemText: String { String(cString: strerror(code)) }

  package var description: String { "\(operation.rawValue) \(path): \(systemText)" }
}
