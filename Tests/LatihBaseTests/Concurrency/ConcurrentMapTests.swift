import Synchronization
import Testing

@testable import LatihBase

/// ``ConcurrentMap``: every item transformed once, results in input order.
@Suite struct ConcurrentMapTests {
  @Test(arguments: [0, 1, 2, 7, 511, 512, 513, 5_000])
  func mapKeepsOrder(count: Int) {
    let items = Array(0..<count)
    #expect(ConcurrentMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
    let indexed = ConcurrentMap.map(
      count: count, state: { 10 }, { state, index in index + state })
    #expect(indexed == items.map { $0 + 10 })
  }

  /// Results reach the caller in order, each once, on the calling thread, with slices
  /// of uneven cost (a long one first), and all items are transformed exactly once.
  @Test(arguments: [0, 1, 2, 3, 600, 20_000])
  func forEachHandsResultsInOrder(count: Int) {
    let items = Array(0..<count)
    let calls = Atomic<Int>(0)
    var seen: [Int] = []
    var results: [String] = []
    ConcurrentMap.forEach(
      items,
      { item in
        calls.add(1, ordering: .relaxed)
        // The first items cost more, so later slices finish before earlier ones.
        if item < 40 { for _ in 0..<20_000 { _ = calls.load(ordering: .relaxed) } }
        return "item \(item)"
      },
      inOrder: { index, result in
        seen.append(index)
        results.append(result)
      })
    #expect(seen == items)
    #expect(results == items.map { "item \($0)" })
    #expect(calls.load(ordering: .relaxed) == count)
  }

  /// Both halves of a pair run once each, and each result comes back in its place, even
  /// when they are classes freed after the call (results are moved out, not leaked).
  @Test func pairRunsBothAndKeepsTheirPlaces() {
    final class Box: Sendable {
      let value: Int
      init(_ value: Int) { self.value = value }
    }
    let calls = Atomic<Int>(0)
    for round in 0..<200 {
      let (first, second) = ConcurrentMap.pair(
        {
          calls.add(1, ordering: .relaxed)
          return (0..<round).map { "a\($0)" }
        },
        {
          calls.add(1, ordering: .relaxed)
          return Box(round)
        })
      #expect(first == (0..<round).map { "a\($0)" })
      #expect(second.value == round)
    }
    #expect(calls.load(ordering: .relaxed) == 400)
  }
}
