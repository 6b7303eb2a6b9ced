import Dispatch

/// Lets go of a large value on another thread. A report of a province's people holds
/// hundreds of thousands of small records when it is done with them; freeing them one
/// by one took about half a second on the thread that writes the report and exits.
package enum BackgroundRelease {
  /// Releases `value` (the caller's last reference to it) on a background thread. The
  /// process may exit before that thread gets to it: the memory goes back either way.
  package static func release<Value: Sendable>(_ value: consuming Value) {
    let held = Held(value: value)
    DispatchQueue.global(qos: .utility).async { held.drop() }
  }

  /// The value, until ``drop()``.
  private final class Held<Value: Sendable>: @unchecked Sendable {
    private var value: Value?

    init(value: consuming Value) { self.value = value }

    /// Lets the value go (called once, on the background thread).
    func drop() { value = nil }
  }
}
