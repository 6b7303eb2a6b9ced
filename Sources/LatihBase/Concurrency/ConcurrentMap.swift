import Dispatch

/// Maps independent work over all cores (Dispatch's `concurrentPerform`), keeping the
/// results in input order: reading and summarising thousands of journals is the bulk of
/// a report, and each journal is independent of the others.
package enum ConcurrentMap {
  /// Slices the work is cut into: many more than cores, so that when one thread takes
  /// its last slice the others are not left idle for long (with 32 slices, a report of
  /// 100,000 people ran on one core for its last second and a half).
  static let slices = 512

  /// `transform` applied to every element of `items`, in order. `transform` runs on
  /// several threads at once, in contiguous slices of `items` that each thread takes in
  /// turn as it becomes free.
  package static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let slices = min(items.count, Self.slices)
    return [Result](unsafeUninitializedCapacity: items.count) { buffer, count in
      let output = Output(base: buffer.baseAddress!)
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        for index in part(slice, of: items.count, in: slices) {
          output.initialize(index, to: transform(items[index]))
        }
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
    let slices = min(count, Self.slices)
    return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      let output = Output(base: buffer.baseAddress!)
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        var state = makeState()
        for index in part(slice, of: count, in: slices) {
          output.initialize(index, to: transform(&state, index))
        }
      }
      initialized = count
    }
  }

  /// `transform` applied to every element of `items` on other threads, each result
  /// handed to `consume` on the calling thread, in order, as soon as its slice is done:
  /// the caller works through results while the next are being made (a report tallies
  /// people while the next people's journals are worked out).
  package static func forEach<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @escaping @Sendable (Item) -> Result,
    inOrder consume: (Int, Result) -> Void
  ) {
    guard items.count > 1 else {
      for (index, item) in items.enumerated() { consume(index, transform(item)) }
      return
    }
    let slices = min(items.count, Self.slices)
    let count = items.count
    let results = UnsafeMutablePointer<Result>.allocate(capacity: count)
    defer { results.deallocate() }
    let output = Output(base: results)
    let done = (0..<slices).map { _ in DispatchSemaphore(value: 0) }
    let workers = DispatchGroup()
    DispatchQueue.global().async(group: workers) {
      // Slices are taken in increasing order, so the first ones are ready first.
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        for index in part(slice, of: count, in: slices) {
          output.initialize(index, to: transform(items[index]))
        }
        done[slice].signal()
      }
    }
    for slice in 0..<slices {
      done[slice].wait()
      for index in part(slice, of: count, in: slices) { consume(index, (results + index).move()) }
    }
    workers.wait()
  }

  /// `first()` and `second()`, worked out at the same time on two threads (two
  /// independent steps that would each leave a core idle).
  package static func pair<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    let one = Output(base: UnsafeMutablePointer<First>.allocate(capacity: 1))
    let two = Output(base: UnsafeMutablePointer<Second>.allocate(capacity: 1))
    defer {
      one.base.deallocate()
      two.base.deallocate()
    }
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 { one.initialize(0, to: first()) } else { two.initialize(0, to: second()) }
    }
    return (one.base.move(), two.base.move())
  }

  /// The indices of slice `slice` when `count` items are cut into `slices`.
  private static func part(_ slice: Int, of count: Int, in slices: Int) -> Range<Int> {
    (slice * count / slices)..<((slice + 1) * count / slices)
  }

  /// The results buffer, written by the worker threads at distinct indices only.
  private struct Output<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>

    func initialize(_ index: Int, to value: Result) { (base + index).initialize(to: value) }
  }
}
