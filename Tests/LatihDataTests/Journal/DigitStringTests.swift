import LatihTestSupport
import Testing

@testable import LatihData

/// ``DigitString`` reads a digit string as `UInt64(String)` does, without a `String`.
@Suite struct DigitStringTests {
  /// The value of `text` read from its bytes.
  static func value(_ text: String) -> UInt64? {
    Array(text.utf8).withUnsafeBufferPointer { DigitString.value($0) }
  }

  @Test func edgesOfTheRange() {
    #expect(Self.value("0") == 0)
    #expect(Self.value("18446744073709551615") == UInt64.max)
    #expect(Self.value("018446744073709551615") == UInt64.max)
    #expect(Self.value("18446744073709551616") == nil)
    #expect(Self.value("18446744073709551620") == nil)
    #expect(Self.value("184467440737095516150") == nil)
    #expect(Self.value("") == nil)
    #expect(Self.value("+1") == nil)
    #expect(Self.value("1a") == nil)
    #expect(Self.value("/") == nil)
    #expect(Self.value(":") == nil)
  }

  /// Random digit strings of 1 to 22 digits agree with `UInt64(String)`.
  @Test func agreesWithTheStandardLibrary() {
    var generator = SeededRandom(seed: 20)
    var fits = 0
    for _ in 0..<5000 {
      let count = Int.random(in: 1...22, using: &generator)
      let text = String((0..<count).map { _ in "0123456789".randomElement(using: &generator)! })
      #expect(Self.value(text) == UInt64(text), "\(text)")
      if UInt64(text) != nil { fits += 1 }
    }
    #expect(fits > 100)
    for value in [UInt64.max, UInt64.max - 1, 1 << 63, 9_999_999_999_999_999_999] {
      #expect(Self.value(String(value)) == value)
    }
  }
}
