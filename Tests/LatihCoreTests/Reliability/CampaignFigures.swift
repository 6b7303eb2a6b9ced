import Synchronization

/// The figures a reliability test measured (states swept, faults injected, inputs
/// fuzzed, …), printed as `[figure] name: value` lines so that
/// `swift test --filter Reliability 2>&1 | grep '\[figure\]'` collects them for
/// RELIABILITY.md.
enum CampaignFigures {
  /// Prints one figure.
  static func report(_ name: String, _ value: Int) {
    print("[figure] \(name): \(value)")
  }

  /// Prints several figures under a common prefix, sorted by name.
  static func report(_ prefix: String, _ values: [String: Int]) {
    for (name, value) in values.sorted(by: { $0.key < $1.key }) {
      report("\(prefix) \(name)", value)
    }
  }
}

/// A thread-safe counter for tests whose arguments run in parallel.
final class SharedCounter: Sendable {
  private let value = Mutex(0)

  /// Adds `amount` and returns the new total.
  @discardableResult
  func add(_ amount: Int) -> Int {
    value.withLock {
      $0 += amount
      return $0
    }
  }

  var total: Int { value.withLock { $0 } }
}
