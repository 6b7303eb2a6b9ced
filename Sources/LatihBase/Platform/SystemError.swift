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

  package init(code: Int32, operation: FileOperation, path: String = "") {
    self.code = code
    self.operation = operation
    self.path = path
  }

  /// The kind of failure, grouped the way a user can act on it.
  package var kind: Kind {
    switch code {
    case ENOSPC, EDQUOT, EFBIG: return .diskFull
    case EROFS: return .readOnly
    case EACCES, EPERM: return .permissionDenied
    case ENOENT: return .notFound
    case EWOULDBLOCK: return .busy
    case EIO: return .ioError
    default: return .other
    }
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
    case diskFull, readOnly, permissionDenied, notFound, busy, ioError, other
  }

  /// The C library's text for the errno (English), for logs and the `other` case.
  package var systemText: String { String(cString: strerror(code)) }

  package var description: String { "\(operation.rawValue) \(path): \(systemText)" }
}
