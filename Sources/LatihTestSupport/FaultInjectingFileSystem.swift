import LatihBase
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ``FileSystem`` over the real one (``SystemFileSystem``, used on a
/// ``TemporaryDirectory``) that makes chosen calls fail, for reliability tests.
///
/// Every call is counted per ``FileOperation`` and logged with its path. A ``Fault`` makes
/// the Nth matching call of an operation, counted from when the fault is added, fail with
/// an errno (`ENOSPC`, `EIO`, `EROFS`, `EACCES`, …), once or on that call and every later
/// one. Methods map to operations as the real implementation reports them:
///
/// | method | operation |
/// |---|---|
/// | `open` | `.open` |
/// | `readToEnd`, `read(at:)` | `.read` |
/// | `write` | `.write` |
/// | `sync` | `.fsync` |
/// | `syncDirectory` | `.syncDirectory` |
/// | `truncate` | `.truncate` |
/// | `size`, `info` | `.stat` |
/// | `lockExclusively` | `.lock` (a fault with `EWOULDBLOCK` returns false: "busy") |
/// | `close` | `.close` (the descriptor is released anyway, as on Linux) |
/// | `createDirectory` | `.mkdir` |
/// | `setPermissions` | `.chmod` |
/// | `rename` | `.rename` |
/// | `remove` | `.unlink` |
/// | `contentsOfDirectory` | `.list` |
///
/// Thread-safe: counts, log and faults sit behind one `Mutex`. Sweeps that run thousands
/// of workloads pass an ``UnsyncedFileSystem`` as `base`: every call is still counted and
/// can fail, only the real fsync (milliseconds each) is skipped.
package final class FaultInjectingFileSystem: FileSystem {
  /// Whether a fault fires on one call or keeps failing.
  package enum Repetition: Sendable, Hashable {
    /// Only the Nth matching call fails.
    case once
    /// The Nth matching call and every later one fail.
    case forever
  }

  /// What happens to the real call when a fault fires.
  package enum Effect: Sendable, Hashable {
    /// The call is not made: nothing reaches the disk (the usual `ENOSPC`).
    case notPerformed
    /// The call is made, then the error is reported anyway (an fsync that wrote the data
    /// but reports `EIO`, a write that landed although the caller hears otherwise).
    case performed
    /// Only for `.write`: the first `count` bytes are written, then the error (a short
    /// write cut by a full disk). Other operations treat it as `.notPerformed`.
    case partialWrite(count: Int)
  }

  /// One injected failure.
  package struct Fault: Sendable, Hashable, CustomStringConvertible {
    var operation: FileOperation
    /// The errno reported.
    package var code: Int32
    /// Which matching call (1-based, counted from when the fault is added) fails first.
    var call: Int = 1
    package var repetition: Repetition = .once
    var effect: Effect = .notPerformed
    /// When set, only calls whose path contains this text match.
    var pathContains: String? = nil

    package init(
      operation: FileOperation, code: Int32, call: Int = 1, repetition: Repetition = .once,
      effect: Effect = .notPerformed, pathContains: String? = nil
    ) {
      self.operation = operation
      self.code = code
      self.call = call
      self.repetition = repetition
      self.effect = effect
      self.pathContains = pathContains
    }

    package var description: String {
      "\(operation.rawValue) \(ErrorCode.name(code)) at call \(call) \(repetition)"
    }
  }

  /// One call as logged: the operation, its path and the errno injected (nil if none).
  package struct Call: Sendable, Hashable {
    package var operation: FileOperation
    package var path: String
    package var injected: Int32?
  }

  private struct Armed {
    var fault: Fault
    /// Matching calls seen since the fault was added.
    var seen = 0
  }

  private struct State {
    var counts: [FileOperation: Int] = [:]
    var log: [Call] = []
    var faults: [Armed] = []
  }

  private let base: any FileSystem
  private let state = Mutex(State())

  /// Faults over `base` (the real file system unless a test says otherwise).
  package init(base: any FileSystem = SystemFileSystem()) { self.base = base }

  // MARK: Controlling faults

  /// Adds `fault`; its call count starts now.
  package func inject(_ fault: Fault) {
    state.withLock { $0.faults.append(Armed(fault: fault)) }
  }

  /// Makes the `call`th `operation` from now fail with `code`.
  package func fail(
    _ operation: FileOperation, with code: Int32, onCall call: Int = 1,
    _ repetition: Repetition = .once, effect: Effect = .notPerformed
  ) {
    inject(
      Fault(
        operation: operation, code: code, call: call, repetition: repetition, effect: effect))
  }

  /// Removes every fault (counts and log are kept).
  package func removeFaults() {
    state.withLock { $0.faults.removeAll() }
  }

  /// Forgets counts and log (faults are kept).
  package func resetCounts() {
    state.withLock {
      $0.counts.removeAll()
      $0.log.removeAll()
    }
  }

  // MARK: Observing

  /// How many calls of `operation` were made (failed ones included).
  package func calls(_ operation: FileOperation) -> Int {
    state.withLock { $0.counts[operation, default: 0] }
  }

  /// Every call so far, in order.
  package var log: [Call] { state.withLock { $0.log } }

  /// Calls that failed because of an injected fault.
  package var injectedFailures: [Call] { log.filter { $0.injected != nil } }

  // MARK: The injection point

  /// Counts and logs a call; returns the fault that fires on it, if any.
  private func register(_ operation: FileOperation, _ path: String) -> Fault? {
    state.withLock { state in
      state.counts[operation, default: 0] += 1
      var firing: Fault?
      for index in state.faults.indices {
        let fault = state.faults[index].fault
        guard fault.operation == operation,
          fault.pathContains.map({ path.contains($0) }) ?? true
        else { continue }
        state.faults[index].seen += 1
        let seen = state.faults[index].seen
        let fires = fault.repetition == .once ? seen == fault.call : seen >= fault.call
        if fires && firing == nil { firing = fault }
      }
      state.log.append(Call(operation: operation, path: path, injected: firing?.code))
      return firing
    }
  }

  /// Runs `body` unless a fault fires; with a fault, performs it or not as the fault says
  /// and throws the injected error.
  private func perform<T>(
    _ operation: FileOperation, _ path: String, _ body: () throws(SystemError) -> T
  ) throws(SystemError) -> T {
    guard let fault = register(operation, path) else { return try body() }
    if fault.effect == .performed { _ = try body() }
    throw SystemError(code: fault.code, operation: operation, path: path)
  }

  // MARK: FileSystem

  package func open(_ path: String, _ options: OpenOptions, permissions: UInt32) throws(SystemError)
    -> FileDescriptor
  {
    guard let fault = register(.open, path) else {
      return try base.open(path, options, permissions: permissions)
    }
    if fault.effect == .performed {
      // The file is created or truncated, but the caller never gets the descriptor.
      try base.close(try base.open(path, options, permissions: permissions))
    }
    throw SystemError(code: fault.code, operation: .open, path: path)
  }

  package func readToEnd(_ file: FileDescriptor, limit: Int) throws(SystemError) -> [UInt8] {
    try perform(.read, file.path) { () throws(SystemError) in try base.readToEnd(file, limit: limit)
    }
  }

  package func read(_ file: FileDescriptor, at offset: Int, count: Int) throws(SystemError)
    -> [UInt8]
  {
    try perform(.read, file.path) { () throws(SystemError) in
      try base.read(file, at: offset, count: count)
    }
  }

  package func write(_ file: FileDescriptor, _ bytes: [UInt8]) throws(SystemError) {
    guard let fault = register(.write, file.path) else { return try base.write(file, bytes) }
    switch fault.effect {
    case .notPerformed: break
    case .performed: try base.write(file, bytes)
    case .partialWrite(let count): try base.write(file, Array(bytes.prefix(count)))
    }
    throw SystemError(code: fault.code, operation: .write, path: file.path)
  }

  package func sync(_ file: FileDescriptor) throws(SystemError) {
    try perform(.fsync, file.path) { () throws(SystemError) in try base.sync(file) }
  }

  package func truncate(_ file: FileDescriptor, to length: Int) throws(SystemError) {
    try perform(.truncate, file.path) { () throws(SystemError) in
      try base.truncate(file, to: length)
    }
  }

  package func size(_ file: FileDescriptor) throws(SystemError) -> Int {
    try perform(.stat, file.path) { () throws(SystemError) in try base.size(file) }
  }

  package func lockExclusively(_ file: FileDescriptor) throws(SystemError) -> Bool {
    do {
      return try perform(.lock, file.path) { () throws(SystemError) in
        try base.lockExclusively(file)
      }
    } catch  where error.code == EWOULDBLOCK {
      return false
    }
  }

  package func close(_ file: FileDescriptor) throws(SystemError) {
    guard let fault = register(.close, file.path) else { return try base.close(file) }
    try? base.close(file)
    throw SystemError(code: fault.code, operation: .close, path: file.path)
  }

  package func createDirectory(_ path: String, permissions: UInt32) throws(SystemError) {
    try perform(.mkdir, path) { () throws(SystemError) in
      try base.createDirectory(path, permissions: permissions)
    }
  }

  package func syncDirectory(_ path: String) throws(SystemError) {
    try perform(.syncDirectory, path) { () throws(SystemError) in try base.syncDirectory(path) }
  }

  package func rename(_ source: String, to destination: String) throws(SystemError) {
    try perform(.rename, destination) { () throws(SystemError) in
      try base.rename(source, to: destination)
    }
  }

  package func remove(_ path: String) throws(SystemError) {
    try perform(.unlink, path) { () throws(SystemError) in try base.remove(path) }
  }

  package func setPermissions(_ path: String, _ permissions: UInt32) throws(SystemError) {
    try perform(.chmod, path) { () throws(SystemError) in
      try base.setPermissions(path, permissions)
    }
  }

  package func contentsOfDirectory(_ path: String) throws(SystemError) -> [String] {
    try perform(.list, path) { () throws(SystemError) in try base.contentsOfDirectory(path) }
  }

  package func info(_ path: String) throws(SystemError) -> FileInfo? {
    try perform(.stat, path) { () throws(SystemError) in try base.info(path) }
  }
}

/// Names of the errno values tests inject, for readable test arguments.
package enum ErrorCode {
  /// The errno values a write path meets in the field: full disk, failing medium,
  /// read-only remount, permissions changed under us.
  package static let writePath: [Int32] = [ENOSPC, EIO, EROFS, EACCES]

  /// `ENOSPC` for `ENOSPC`, the number for others.
  package static func name(_ code: Int32) -> String {
    switch code {
    case ENOSPC: return "ENOSPC"
    case EIO: return "EIO"
    case EROFS: return "EROFS"
    case EACCES: return "EACCES"
    case EWOULDBLOCK: return "EWOULDBLOCK"
    default: return "errno \(code)"
    }
  }
}
