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

    /// Whether the checksum trailer's `,"crc":"` comes next (one word compared; not
    /// consumed).
    var atTrailer: Bool {
      guard index + 8 <= bytes.count, let base = bytes.baseAddress else { return false }
      let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
      return UInt64(littleEndian: word) == JournalLine.trailerPrefixWord
    }

    /// The next byte (0 at the end).
    var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    /// Consumes `text` if the bytes go on with it (up to eight bytes compared as one
    /// word when the line has room).
    @inline(__always)
    mutating func literal(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      if count <= 8, index + 8 <= bytes.count, let base = bytes.baseAddress {
        var expected: UInt64 = 0
        for offset in 0..<count { expected |= UInt64(text.utf8Start[offset]) << (offset * 8) }
        let mask: UInt64 = count == 8 ? ~0 : (1 << UInt64(count * 8)) - 1
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
        )
        guard word & mask == expected else { return false }
      } else {
        guard bytes.holds(text, at: index) else { return false }
      }
      index += count
      return true
    }

    /// A body key with what goes around it, `,"key":`: the range of the key. The key is
    /// found by its closing quote alone (keys are short, and one holding an escape or a
    /// control byte names no key, so ``EventKey/name(_:)`` refuses it).
    mutating func key() -> Range<Int>? {
      let start = index + 2
      guard start < bytes.count, bytes[index] == 0x2C, bytes[index + 1] == 0x22 else {
        return nil
      }
      var position = start
      let limit = min(bytes.count - 1, start + EventKey.longestName + 1)
      while position < limit, bytes[position] != 0x22 { position += 1 }
      guard position < limit, bytes[position + 1] == 0x3A else { return nil }
      index = position + 2
      return start..<position
    }

    /// A body key with what goes around it, `,"key":`, as ``key()`` and
    /// ``EventKey/name(_:)`` read it: nil for a key that names no body field. A key of
    /// up to 8 bytes is found with one word loaded (its closing quote found in the word,
    /// its code masked from it); a longer one, or one near the end, goes the long way.
    mutating func bodyKey() -> EventKey? {
      let start = index + 2
      guard start + 9 <= bytes.count, let base = bytes.baseAddress,
        bytes[index] == 0x2C, bytes[index + 1] == 0x22
      else { return slowBodyKey() }
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: UInt64.self))
      let quote = ByteSearch.firstLane(of: 0x22, in: word)
      let count: Int
      let code: UInt64
      if quote < 8 {
        count = quote
        guard count > 0 else { return nil }
        code = word & ((1 << UInt64(count * 8)) - 1) | UInt64(count) << 56
      } else if bytes[start + 8] == 0x22 {
        (count, code) = (8, word)
      } else {
        return slowBodyKey()
      }
      guard start + count + 1 < bytes.count, bytes[start + count + 1] == 0x3A,
        case .body(let key) = EventKey.name(code: code)
      else { return nil }
      index = start + count + 2
      return key
    }

    /// ``bodyKey()`` the long way: ``key()`` and ``EventKey/name(_:)``.
    private mutating func slowBodyKey() -> EventKey? {
      guard let range = key(),
        case .body(let key) = EventKey.name(UnsafeBufferPointer(rebasing: bytes[range]))
      else { return nil }
      return key
    }

    /// A string of exactly `length` bytes: the range between its quotes, unchecked (the
    /// caller reads every byte of it as a form that holds no quote, escape or control).
    mutating func string(length: Int) -> Range<Int>? {
      let end = index + 1 + length
      guard end < bytes.count, bytes[index] == 0x22, bytes[end] == 0x22 else { return nil }
      let start = index + 1
      index = end + 1
      return start..<end
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
