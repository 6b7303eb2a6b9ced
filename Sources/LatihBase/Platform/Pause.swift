#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sleeping the current thread briefly (waiting for a lock held by another process).
package enum Pause {
  package static func milliseconds(_ count: Int) {
    var request = timespec(tv_sec: count / 1000, tv_nsec: (count % 1000) * 1_000_000)
    var remaining = timespec()
    while nanosleep(&request, &remaining) == -1 && errno == EINTR {
      if InterruptSignal.pending != nil { return }
      request = remaining
    }
  }
}
