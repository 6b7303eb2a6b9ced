import LatihBase
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ``WallClock`` that says what the test tells it: fixed, or moved on with ``advance(by:)``.
package final class FixedClock: WallClock {
  private let current: Mutex<Int64>

  package init(_ milliseconds: Int64 = SampleEvents.baseTime) { current = Mutex(milliseconds) }

  package func currentTime() -> Int64 { current.withLock { $0 } }

  /// Moves the clock forward.
  package func advance(by milliseconds: Int64) { current.withLock { $0 += milliseconds } }
}
