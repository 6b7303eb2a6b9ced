import Dispatch

/// Maps independent work over all cores (Dispatch's `concurrentPerform`), keeping the
/// results in input order: reading and summarising thousands of journals is the bulk of
/// a report, and each journal is independent of the others.
package enum ConcurrentMap {
  /// `transform` applied to every element of `items`, in order. `transform` runs on
  /// several threads at once, in contiguous slices of `items`.
  package static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let slices = min(items.count, 32)
    return [Result](unsafeUninitializedCapacity: items.count) { buffer, count in
      let output = Output(base: buffer.baseAddress!)
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        let range = (slice * items.count / slices)..<((slice + 1) * items.count / slices)
        for index in range { output.initialize(index, to: transform(items[index])) }
      }
      count = items.count
    }
  }

  /// `transform` applied to every index in `0..<count`, in order, on several threads;
  /// each thread makes its own `State` (a decoder, say) for the indices it handles.
  package static func map<State, Result: Sendable>(
    count: Int, state makeState: @Sendable () -> State,
    _ transform: @Sendable (inout State, Int) -> Result
  ) -> [Result] {
    guard count > 0 else { return [] }
    let slices = min(count, 32)
    return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      let output = Output(base: buffer.baseAddress!)
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        var state = makeState()
        for index in (slice * count / slices)..<((slice + 1) * count / slices) {
          output.initialize(index, to: transform(&state, index))
        }
      }
      initialized = count
    }
  }

  /// The results buffer, written by the worker threads at distinct indices only.
  private struct Output<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>

    func initialize(_ index: Int, to value: Result) { (base + index).initialize(to: value) }
  }
}
