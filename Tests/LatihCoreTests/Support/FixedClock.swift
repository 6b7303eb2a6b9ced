import Synchronization

@testable import LatihCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ``Clock`` that says what the test tells it: fixed, or moved on with ``advance(by:)``.
final class FixedClock: Clock {
  private let current: Mutex<Int64>

  init(_ milliseconds: Int64 = SampleEvents.baseTime) { current = Mutex(milliseconds) }

  func currentTime() -> Int64 { current.withLock { $0 } }

  /// Moves the clock forward.
  func advance(by milliseconds: Int64) { current.withLock { $0 += milliseconds } }
}

/// Runs code under a chosen file-creation mask.
///
/// The umask belongs to the whole process and tests run in parallel, so every test that
/// changes it goes through here: one at a time, and the old mask is always restored.
/// (Latih sets modes explicitly, so other tests do not depend on the mask.)
enum FileCreationMask {
  private static let lock = Mutex(())

  /// Runs `body` with the umask set to `mask`.
  static func with<Result>(_ mask: mode_t, _ body: () throws -> Result) rethrows -> Result {
    try lock.withLock { _ in
      let old = umask(mask)
      defer { umask(old) }
      return try body()
    }
  }
}
