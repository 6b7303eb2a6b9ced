import Synchronization

/// Where new identifiers (events, participants, runs, sessions) come from.
///
/// Real runs use the system's cryptographic generator; tests use a seeded one so their
/// output is repeatable.
public protocol IdentifierSource: Sendable {
  /// 64 random bits.
  func next64() -> UInt64
}

extension IdentifierSource {
  /// `count` random bytes as lowercase hexadecimal (2 × `count` characters).
  public func hex(bytes count: Int) -> String {
    var text = ""
    text.reserveCapacity(count * 2)
    var remaining = count
    while remaining > 0 {
      var word = next64()
      for _ in 0..<min(8, remaining) {
        let byte = UInt8(truncatingIfNeeded: word)
        word >>= 8
        text.unicodeScalars.append(hexDigit(byte >> 4))
        text.unicodeScalars.append(hexDigit(byte & 0xF))
      }
      remaining -= 8
    }
    return text
  }
}

/// The lowercase hexadecimal digit for a value 0…15.
@inline(__always)
func hexDigit(_ value: UInt8) -> Unicode.Scalar {
  Unicode.Scalar(value < 10 ? 48 + value : 87 + value)
}

/// A deterministic source (SplitMix64) for tests, benchmarks and generated data.
public final class SeededIdentifierSource: IdentifierSource, @unchecked Sendable {
  private let state: Mutex<UInt64>

  public init(seed: UInt64) { state = Mutex(seed) }

  public func next64() -> UInt64 {
    state.withLock { value in
      value &+= 0x9E37_79B9_7F4A_7C15
      var z = value
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}

/// Identifiers from `SystemRandomNumberGenerator` (getrandom / arc4random).
public struct SystemIdentifierSource: IdentifierSource {
  public init() {}

  public func next64() -> UInt64 {
    var generator = SystemRandomNumberGenerator()
    return generator.next()
  }
}
