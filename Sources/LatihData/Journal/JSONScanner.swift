/// A forward-only JSON reader over UTF-8 bytes: the fast path for journal lines and the
/// basis of ``JSONValue``. Every method returns nil on malformed input and never traps.
package struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The next byte to read.
  package var index: Int
  /// Nesting limit for ``skipValue()``, against hostile input.
  static let maximumDepth = 64

  package init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
    self.bytes = bytes
    index = start
  }

  package var atEnd: Bool { index >= bytes.count }

  package mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  /// Consumes `byte` (after white space) if it is next.
  package mutating func consume(_ byte: UInt8) -> Bool {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// The next byte after white space, without consuming it.
  package mutating func peek() -> UInt8? {
    skipSpace()
    return index < bytes.count ? bytes[index] : nil
  }

  /// Reads a string's raw byte range when it has no escapes (the common case for keys).
  package mutating func rawString() -> Range<Int>? {
    guard consume(0x22) else { return nil }
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x22 {
        index += 1
        return start..<(index - 1)
      }
      if byte == 0x5C || byte < 0x20 { return nil }
      index += 1
    }
    return nil
  }

  /// Reads a string, decoding escapes; invalid UTF-8 becomes U+FFFD.
  package mutating func string() -> String? {
    let save = index
    if let range = rawString() {
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    index = save
    guard consume(0x22) else { return nil }
    var result: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x22:
        return String(decoding: result, as: UTF8.self)
      case 0x5C:
        guard index < bytes.count else { return nil }
        let escape = bytes[index]
        index += 1
        switch escape {
        case 0x22, 0x5C, 0x2F: result.append(escape)
        case 0x62: result.append(0x08)
        case 0x66: result.append(0x0C)
        case 0x6E: result.append(0x0A)
        case 0x72: result.append(0x0D)
        case 0x74: result.append(0x09)
        case 0x75:
          guard var code = hex4() else { return nil }
          if (0xD800..<0xDC00).contains(code) {
            // A surrogate pair: \uD83D\uDE00.
            if index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
              index += 2
              guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else {
              code = 0xFFFD
            }
          } else if (0xDC00..<0xE000).contains(code) {
            code = 0xFFFD
          }
          let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
          result.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
          return nil
        }
      case 0..<0x20:
        return nil
      default:
        result.append(byte)
      }
    }
    return nil
  }

  /// Checks the string that comes next exactly as ``string()`` would, without building
  /// it: the range between its quotes and whether it has escapes (then ``string()`` from
  /// the opening quote decodes it). Nil where ``string()`` would fail.
  package mutating func stringRange() -> (range: Range<Int>, escaped: Bool)? {
    guard consume(0x22) else { return nil }
    let start = index
    var escaped = false
    while index < bytes.count {
      // The plain run up to the next quote, backslash or control byte, eight at a time.
      index = ByteSearch.firstStringStop(in: bytes, from: index)
      guard index < bytes.count else { return nil }
      let byte = bytes[index]
      index += 1
      if byte == 0x22 { return (start..<(index - 1), escaped) }
      if byte < 0x20 { return nil }
      guard byte == 0x5C else { continue }
      escaped = true
      guard index < bytes.count else { return nil }
      let escape = bytes[index]
      index += 1
      switch escape {
      case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: continue
      case 0x75:
        guard let code = hex4() else { return nil }
        if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == 0x5C,
          bytes[index + 1] == 0x75
        {
          index += 2
          guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
        }
      default:
        return nil
      }
    }
    return nil
  }

  private mutating func hex4() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      index += 1
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x61...0x66: digit = byte - 0x57
      case 0x41...0x46: digit = byte - 0x37
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// Reads an integer (no fraction or exponent) that fits in Int64.
  package mutating func integer() -> Int64? {
    skipSpace()
    var negative = false
    if index < bytes.count, bytes[index] == 0x2D {
      negative = true
      index += 1
    }
    let start = index
    var value: Int64 = 0
    while index < bytes.count, bytes[index] &- 0x30 < 10 {
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(Int64(bytes[index] - 0x30))
      guard !overflow1, !overflow2 else { return nil }
      value = sum
      index += 1
    }
    guard index > start, index - start <= 19 else { return nil }
    if index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x65 || bytes[index] == 0x45 {
      return nil
    }
    return negative ? -value : value
  }

  /// Reads any number as a Double.
  package mutating func number() -> Double? {
    skipSpace()
    let start = index
    while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
    guard index > start else { return nil }
    return Double(
      String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
  }

  /// Reads `true` or `false`.
  package mutating func bool() -> Bool? {
    skipSpace()
    if matches("true") { return true }
    if matches("false") { return false }
    return nil
  }

  /// Consumes the literal `null` if it is next.
  package mutating func null() -> Bool {
    skipSpace()
    return matches("null")
  }

  private mutating func matches(_ literal: StaticString) -> Bool {
    guard bytes.holds(literal, at: index) else { return false }
    index += literal.utf8CodeUnitCount
    return true
  }

  /// Reads an array of strings.
  package mutating func stringArray() -> [String]? {
    guard consume(0x5B) else { return nil }
    var result: [String] = []
    if consume(0x5D) { return result }
    while true {
      guard let value = string() else { return nil }
      result.append(value)
      if consume(0x2C) { continue }
      return consume(0x5D) ? result : nil
    }
  }

  /// Skips one value of any kind.
  package mutating func skipValue(depth: Int = 0) -> Bool {
    guard depth < Self.maximumDepth, let next = peek() else { return false }
    switch next {
    case 0x22: return string() != nil
    case 0x7B:
      index += 1
      if consume(0x7D) { return true }
      while true {
        guard string() != nil, consume(0x3A), skipValue(depth: depth + 1) else { return false }
        if consume(0x2C) { continue }
        return consume(0x7D)
      }
    case 0x5B:
      index += 1
      if consume(0x5D) { return true }
      while true {
        guard skipValue(depth: depth + 1) else { return false }
        if consume(0x2C) { continue }
        return consume(0x5D)
      }
    case 0x74, 0x66: return bool() != nil
    case 0x6E: return null()
    default: return number() != nil
    }
  }

  /// Whether the bytes in `range` equal `literal`.
  package func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard range.count == count else { return false }
    let pointer = literal.utf8Start
    for offset in 0..<count where bytes[range.lowerBound + offset] != pointer[offset] {
      return false
    }
    return true
  }
}
