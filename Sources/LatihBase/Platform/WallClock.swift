#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The source of the current time, so tests can fix it.
///
/// Latih reads it through ``now()``, which keeps the time inside ``Timestamp/window``:
/// a laptop whose clock reads 1970 or 2200 never stamps a time the reader or a merge
/// would refuse.
package protocol WallClock: Sendable {
  /// Milliseconds since 1970-01-01T00:00:00Z, as the clock says (unchecked).
  func currentTime() -> Int64
}

extension WallClock {
  /// The current time in milliseconds since 1970, clamped to ``Timestamp/window``.
  package func now() -> Int64 { Timestamp.clamped(currentTime()) }
}

/// The system's real-time clock.
package struct SystemClock: WallClock {
  package init() {}

  package func currentTime() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
  }
}

/// A monotonic clock in nanoseconds, for measuring durations (benchmarks, timeouts).
package enum MonotonicClock {
  /// Nanoseconds since an arbitrary fixed point.
  package static func nanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }
}
