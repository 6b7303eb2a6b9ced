#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The source of the current time, so tests can fix it.
public protocol Clock: Sendable {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  func now() -> Int64
}

/// The system's real-time clock.
public struct SystemClock: Clock {
  public init() {}

  public func now() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
  }
}

/// A monotonic clock in nanoseconds, for measuring durations (benchmarks, timeouts).
public enum MonotonicClock {
  /// Nanoseconds since an arbitrary fixed point.
  public static func nanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }
}
