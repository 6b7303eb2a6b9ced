/// SplitMix64: a small deterministic generator, so a failing mutant can be reproduced
/// from the seed printed in the failure message.
package struct SplitMix64 {
  private(set) var state: UInt64

  package init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0), by multiply-shift (stable across toolchains).
  package mutating func below(_ bound: Int) -> Int {
    Int(truncatingIfNeeded: ((next() >> 32) &* UInt64(bound)) >> 32)
  }
}

/// Seeded damage to a file's bytes: truncation, duplicated, shuffled or deleted lines and
/// inserted bytes (including NUL, ESC, CR and invalid UTF-8).
package struct Mutator {
  /// One kind of damage.
  package enum Mutation: String, CaseIterable {
    case truncate, duplicateLine, shuffleLines, shuffleWindow, insertBytes, deleteLines
    case replaceByte
  }

  /// Bytes that stress the parser: controls, invalid UTF-8, line endings and the
  /// characters the format gives meaning to.
  package static let interestingBytes: [UInt8] =
    [0x00, 0x1B, 0xFF, 0xFE, 0xC3, 0xE2, 0x80, 0x0A, 0x0D, 0x09, 0x7F, 0x20]
    + Array("[]{}#-*>|`()x:!\\_<".utf8)

  package var random: SplitMix64

  package init(random: SplitMix64) {
    self.random = random
  }

  /// Applies one to three random mutations to `bytes`; returns the result and their names.
  package mutating func mutate(_ bytes: [UInt8]) -> (bytes: [UInt8], applied: [Mutation]) {
    var result = bytes
    var applied: [Mutation] = []
    for _ in 0...random.below(3) {
      let mutation = Mutation.allCases[random.below(Mutation.allCases.count)]
      result = apply(mutation, to: result)
      applied.append(mutation)
    }
    return (result, applied)
  }

  /// Applies `mutation` once.
  package mutating func apply(_ mutation: Mutation, to bytes: [UInt8]) -> [UInt8] {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    switch mutation {
    case .truncate:
      return Array(bytes.prefix(random.below(bytes.count + 1)))
    case .duplicateLine:
      let index = random.below(lines.count)
      lines.insert(lines[index], at: random.below(lines.count + 1))
    case .shuffleLines:
      shuffle(&lines[...])
    case .shuffleWindow:
      let start = random.below(lines.count)
      let end = min(lines.count, start + 2 + random.below(6))
      shuffle(&lines[start..<end])
    case .insertBytes:
      var result = bytes
      let insertion = (0...random.below(8)).map { _ in
        random.below(4) == 0
          ? UInt8(truncatingIfNeeded: random.next())
          : Self.interestingBytes[random.below(Self.interestingBytes.count)]
      }
      result.insert(contentsOf: insertion, at: random.below(bytes.count + 1))
      return result
    case .deleteLines:
      let start = random.below(lines.count)
      lines.removeSubrange(start..<min(lines.count, start + 1 + random.below(3)))
    case .replaceByte:
      guard !bytes.isEmpty else { return bytes }
      var result = bytes
      result[random.below(bytes.count)] =
        Self.interestingBytes[random.below(Self.interestingBytes.count)]
      return result
    }
    return Array(lines.joined(separator: [0x0A]))
  }

  /// Fisher–Yates shuffle of a slice, with ``random``.
  private mutating func shuffle(_ slice: inout ArraySlice<[UInt8]>) {
    guard slice.count > 1 else { return }
    for offset in stride(from: slice.count - 1, to: 0, by: -1) {
      let other = random.below(offset + 1)
      slice.swapAt(slice.startIndex + offset, slice.startIndex + other)
    }
  }
}
