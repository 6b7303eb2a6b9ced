/// Deterministic shuffles: the same seed and question always give the same order, so a
/// resumed lesson shows options where they were.
package enum Shuffle {
  /// A permutation of `0..<count` for `key` under `seed` (Fisher–Yates over SplitMix64).
  package static func permutation(count: Int, seed: UInt64, key: String) -> [Int] {
    var state = seed ^ fnv1a(key)
    var order = Array(0..<count)
    guard count > 1 else { return order }
    for index in stride(from: count - 1, to: 0, by: -1) {
      let pick = Int(next(&state) % UInt64(index + 1))
      order.swapAt(index, pick)
    }
    return order
  }

  /// A permutation that is never the identity (for put-in-order questions).
  package static func derangedOrder(count: Int, seed: UInt64, key: String) -> [Int] {
    var order = permutation(count: count, seed: seed, key: key)
    if count > 1 && order == Array(0..<count) { order.swapAt(0, 1) }
    return order
  }

  /// 64-bit FNV-1a of a string's UTF-8.
  package static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  private static func next(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
