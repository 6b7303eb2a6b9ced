import Dispatch
import Foundation
import Synchronization

/// Runs work that mostly waits for the disk (fsync) on more threads than there are
/// cores: Dispatch keeps about one thread per core busy and does not add threads while
/// they block, but a disk serves several flushes at once much faster than one by one.
package enum BlockingWork {
  /// Calls `body` with every index in `0..<count` on up to `width` threads, and returns
  /// when all calls have returned.
  static func forEach(count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void) {
    start(count: count, width: width, body).wait()
  }

  /// Work started by ``start(count:width:_:)``.
  package struct Running {
    fileprivate let done: DispatchGroup

    /// Returns when every call has returned.
    package func wait() { done.wait() }
  }

  /// Starts calling `body` with every index in `0..<count` on up to `width` threads and
  /// returns at once (so the caller can compute while the disk works).
  package static func start(count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void)
    -> Running
  {
    let done = DispatchGroup()
    let next = Counter()
    for _ in 0..<max(0, min(width, count)) {
      done.enter()
      let thread = Thread {
        while let index = next.take(below: count) { body(index) }
        done.leave()
      }
      thread.start()
    }
    return Running(done: done)
  }

  /// Hands out indices 0, 1, 2… to the threads.
  private final class Counter: Sendable {
    private let value = Mutex(0)

    func take(below limit: Int) -> Int? {
      value.withLock { next in
        guard next < limit else { return nil }
        next += 1
        return next - 1
      }
    }
  }
}
