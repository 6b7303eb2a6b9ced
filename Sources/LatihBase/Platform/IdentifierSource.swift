import Synchronization

/// Where new identifiers (events, participants, runs, sessions) come from.
///
/// Real runs use the system's cryptographic generator; tests use a seeded one so their
/// output is repeatable.
package protocol IdentifierSource: Sendable {
  /// 64 random bits.
  func next64() -> UInt64
}

extension IdentifierSource {
  /// `count` random bytes as lowercase hexadecimal (2 × `count` characters).
  package func hex(bytes count: Int) -> String {
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
package func hexDigit(_ value: UInt8) -> Unicode.Scalar {
  Unicode.Scalar(value < 10 ? 48 + value : 87 + value)
}

/// Identifiers from `SystemRandomNumberGenerator` (getrandom / arc4random).
package struct SystemIdentifierSource: IdentifierSource {
  package init() {}

  package func next64() -> UInt64 {
    var generator = SystemRandomNumberGenerator()
    return generator.next()
  }
}
