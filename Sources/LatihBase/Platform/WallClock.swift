#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The source of the current time, so tests can fix it.
package protocol WallClock: Sendable {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  func now() -> Int64
}

/// The system's real-time clock.
package struct SystemClock: WallClock {
  package init() {}

  package func now() -> Int64 {
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
