import LatihBase
import Synchronization

/// A clock the generator sets by hand, so every event gets the time a simulated
/// participant would have produced it at (and the same seed gives the same times).
package final class SyntheticClock: WallClock, Sendable {
  private let time: Mutex<Int64>

  /// A clock showing `start` (milliseconds since 1970).
  package init(start: Int64) { time = Mutex(start) }

  package func currentTime() -> Int64 { time.withLock { $0 } }

  /// Moves the clock forward by `milliseconds`.
  package func advance(_ milliseconds: Int64) { time.withLock { $0 += max(0, milliseconds) } }

  /// Moves the clock forward by a random pause between `seconds` bounds.
  package func pause(_ seconds: ClosedRange<Int>, using random: inout BenchRandom) {
    advance(Int64(random.int(seconds)) * 1000 + Int64(random.int(0...999)))
  }

  /// Sets the clock to `milliseconds`.
  package func set(_ milliseconds: Int64) { time.withLock { $0 = milliseconds } }
}
