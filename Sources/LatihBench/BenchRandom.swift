/// A small, fast, repeatable random number generator (SplitMix64) for generated data:
/// the same seed always gives the same numbers, on every machine.
package struct BenchRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  /// A generator for item `index` of a run seeded with `seed`, independent of the
  /// order items are made in (so work can be split across threads).
  package init(seed: UInt64, index: Int) {
    let spread = UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03
    var mixer = BenchRandom(seed: seed ^ spread)
    state = mixer.next()
  }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// True with probability `probability` (0…1).
  package mutating func chance(_ probability: Double) -> Bool {
    Double(next() >> 11) / Double(1 << 53) < probability
  }

  /// A whole number in `range`.
  package mutating func int(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }

  /// An element of a non-empty array.
  package mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  /// An index chosen with the given relative weights.
  package mutating func weighted(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    var point = Double(next() >> 11) / Double(1 << 53) * total
    for (index, weight) in weights.enumerated() {
      if point < weight { return index }
      point -= weight
    }
    return weights.count - 1
  }
}
