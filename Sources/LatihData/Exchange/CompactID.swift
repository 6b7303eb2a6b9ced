/// A generated id (1–32 lowercase hexadecimal digits) as a fixed-size value: its 128 bits
/// and its length (so `00ab` and `ab` differ). A merge keeps a million of them: as
/// values they need no heap string each.
package struct CompactID: Hashable, Sendable {
  /// The digits' bits above the low 64.
  private(set) var high: UInt64 = 0
  /// The low 64 bits of the digits.
  private(set) var low: UInt64 = 0
  /// How many digits were written (1–32).
  private(set) var count: UInt8 = 0

  /// The key made of its parts (as read from ``high``, ``low`` and ``count``).
  init(high: UInt64, low: UInt64, count: UInt8) {
    (self.high, self.low, self.count) = (high, low, count)
  }

  /// 64 bits hashed from all of the id, for tables that keep 8 bytes per id and compare
  /// the whole key only when two of these are equal. Keyed per process (Swift's
  /// `Hasher`): a hostile file cannot be made of many ids with one fingerprint, which
  /// would make those comparisons quadratic.
  var fingerprint: UInt64 {
    var hasher = Hasher()
    hasher.combine(high)
    hasher.combine(low)
    hasher.combine(count)
    return UInt64(bitPattern: Int64(hasher.finalize()))
  }

  /// The key of `text`; nil when it is not 1–32 lowercase hexadecimal digits.
  package init?(_ text: String) {
    guard (1...32).contains(text.utf8.count) else { return nil }
    for byte in text.utf8 {
      let value: UInt64
      switch byte {
      case 0x30...0x39: value = UInt64(byte - 0x30)
      case 0x61...0x66: value = UInt64(byte - 0x61 + 10)
      default: return nil
      }
      high = high << 4 | low >> 60
      low = low << 4 | value
      count += 1
    }
  }

  /// The id as written.
  package var text: String {
    let digits = Array("0123456789abcdef".utf8)
    let length = Int(count)
    return String(unsafeUninitializedCapacity: length) { buffer in
      for position in 0..<length {
        let word = position < 16 ? low : high
        let nibble = Int((word >> UInt64(4 * (position % 16))) & 0xF)
        buffer[length - 1 - position] = digits[nibble]
      }
      return length
    }
  }
}
