extension CanonicalLineParser {
  /// A position in a line's bytes that reads only the plain forms Latih writes: no
  /// spaces, strings without escapes, integers of up to 18 digits.
  struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    var atEnd: Bool { index >= bytes.count }

    /// The next byte (0 at the end).
    var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    /// Consumes `text` if the bytes go on with it.
    mutating func literal(_ text: StaticString) -> Bool {
      guard bytes.holds(text, at: index) else { return false }
      index += text.utf8CodeUnitCount
      return true
    }

    /// A string without escapes or control characters: the range between its quotes.
    mutating func string() -> Range<Int>? {
      guard index < bytes.count, bytes[index] == 0x22 else { return nil }
      let start = index + 1
      let position = ByteSearch.firstStringStop(in: bytes, from: start)
      guard position < bytes.count, bytes[position] == 0x22 else { return nil }
      index = position + 1
      return start..<position
    }

    /// An integer (an optional minus, 1 to 18 digits) followed by a comma or the end.
    mutating func integer() -> Int? {
      var position = index
      let negative = position < bytes.count && bytes[position] == 0x2D
      if negative { position += 1 }
      let start = position
      var value = 0
      while position < bytes.count, bytes[position] &- 0x30 < 10, position - start < 18 {
        value = value * 10 + Int(bytes[position] &- 0x30)
        position += 1
      }
      guard position > start, position == bytes.count || bytes[position] == 0x2C else {
        return nil
      }
      index = position
      return negative ? -value : value
    }

    /// `true` or `false`.
    mutating func bool() -> Bool? {
      if literal("true") { return true }
      if literal("false") { return false }
      return nil
    }
  }
}
