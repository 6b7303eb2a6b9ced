import Dispatch
import Foundation
import Synchronization

/// Runs work that mostly waits for the disk (fsync) on more threads than there are
/// cores: Dispatch keeps about one thread per core busy and does not add threads while
/// they block, but a disk serves several flushes at once much faster than one by one.
enum BlockingWork {
  /// Calls `body` with every index in `0..<count` on up to `width` threads, and returns
  /// when all calls have returned.
  static func forEach(count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void) {
    guard count > 0 else { return }
    let threads = max(1, min(width, count))
    if threads == 1 {
      for index in 0..<count { body(index) }
      return
    }
    let next = Counter()
    let done = DispatchGroup()
    for _ in 0..<threads {
      done.enter()
      let thread = Thread {
        while let index = next.take(below: count) { body(index) }
        done.leave()
      }
      thread.start()
    }
    done.wait()
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
