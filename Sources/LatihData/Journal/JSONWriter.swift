import LatihBase

/// Writes JSON objects with keys in the order given, into bytes: deterministic output
/// for journals, exports and `--format json`.
package struct JSONWriter {
  package private(set) var bytes: [UInt8] = []
  private var needsComma = CommaStack()

  package init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

  /// Starts an object (as a value, or at the top level).
  package mutating func beginObject() {
    separator()
    bytes.append(0x7B)
    needsComma.push()
  }

  package mutating func endObject() {
    bytes.append(0x7D)
    needsComma.pop()
  }

  /// Starts an array.
  package mutating func beginArray() {
    separator()
    bytes.append(0x5B)
    needsComma.push()
  }

  package mutating func endArray() {
    bytes.append(0x5D)
    needsComma.pop()
  }

  /// Writes `"key":` inside an object.
  package mutating func key(_ name: String) {
    separator()
    appendString(name)
    bytes.append(0x3A)
    needsComma.top = false
  }

  /// Writes a value another writer wrote whole (its ``bytes``): parts of one document
  /// written on several cores, then put together in order.
  package mutating func value(written bytes: [UInt8]) {
    separator()
    self.bytes.append(contentsOf: bytes)
  }

  package mutating func string(_ value: String) {
    separator()
    appendString(value)
  }

  package mutating func integer<T: BinaryInteger>(_ value: T) {
    separator()
    bytes.append(contentsOf: String(value).utf8)
  }

  /// A number with up to `decimals` decimal places, trailing zeros kept (e.g. `0.45`).
  package mutating func decimal(_ value: Double, decimals: Int) {
    separator()
    guard value.isFinite else {
      bytes.append(contentsOf: "null".utf8)
      return
    }
    bytes.append(contentsOf: DecimalText.format(value, decimals: decimals).utf8)
  }

  package mutating func bool(_ value: Bool) {
    separator()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  package mutating func null() {
    separator()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Appends already-encoded object fields (`,"key":value…`, starting with a comma)
  /// inside an open object; later fields get their comma as usual.
  package mutating func rawFields(_ encoded: [UInt8]) {
    bytes.append(contentsOf: encoded)
    if !encoded.isEmpty { needsComma.top = true }
  }

  /// `key: value` for an optional string, skipped when nil.
  package mutating func field(_ name: String, _ value: String?) {
    guard let value else { return }
    key(name)
    string(value)
  }

  package mutating func field(_ name: String, _ value: Int) {
    key(name)
    integer(value)
  }

  package mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  // MARK: Literal keys
  //
  // Journal lines are written a million at a time by a merge: their keys are literals
  // that need no escaping, copied as they are, and numbers and times are written as
  // digits straight into the bytes.

  /// `"name":` for a literal key with nothing to escape.
  mutating func key(literal name: StaticString) {
    separator()
    bytes.append(0x22)
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(0x22)
    bytes.append(0x3A)
    needsComma.top = false
  }

  /// `name: value` for an optional string, skipped when nil.
  mutating func field(literal name: StaticString, _ value: String?) {
    guard let value else { return }
    key(literal: name)
    string(value)
  }

  mutating func field(literal name: StaticString, _ value: Int) {
    key(literal: name)
    separator()
    if value < 0 { bytes.append(0x2D) }
    appendDigits(UInt64(value.magnitude))
  }

  mutating func field(literal name: StaticString, _ value: Bool) {
    key(literal: name)
    bool(value)
  }

  /// `name: "2026-11-23T09:02:47.123Z"` (``Timestamp/format(_:)``).
  mutating func field(literal name: StaticString, time milliseconds: Int64) {
    key(literal: name)
    separator()
    bytes.append(0x22)
    Timestamp.append(milliseconds, to: &bytes)
    bytes.append(0x22)
  }

  /// `name: "12345"`: a whole number written as a string (a shuffle seed).
  mutating func field(literal name: StaticString, digitString value: UInt64) {
    key(literal: name)
    separator()
    bytes.append(0x22)
    appendDigits(value)
    bytes.append(0x22)
  }

  private mutating func appendDigits(_ value: UInt64) {
    guard value >= 10 else {
      bytes.append(0x30 + UInt8(value))
      return
    }
    appendDigits(value / 10)
    bytes.append(0x30 + UInt8(value % 10))
  }

  private mutating func separator() {
    guard needsComma.depth > 0 else { return }
    if needsComma.top { bytes.append(0x2C) }
    needsComma.top = true
  }

  /// A string with `"`, `\` and every control escaped. Besides the C0 controls and DEL
  /// that JSON requires, the C1 controls, bidirectional controls and U+2028/U+2029 are
  /// written as `\uXXXX` too: the same text for any reader, and JSON printed on a terminal
  /// (`--format json`) or a journal shown with `cat` cannot move the cursor or reorder text.
  private mutating func appendString(_ value: String) {
    bytes.append(0x22)
    // Most strings are printable ASCII with nothing to escape: copied whole (every
    // journal line written goes here).
    let plain = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) else {
        return false
      }
      bytes.append(contentsOf: utf8)
      return true
    }
    if plain == true {
      bytes.append(0x22)
      return
    }
    if value.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in value.utf8 { appendASCII(byte) }
    } else {
      for scalar in value.unicodeScalars {
        if scalar.value < 0x80 {
          appendASCII(UInt8(scalar.value))
        } else if TerminalSanitizer.isUnsafe(scalar) || (0x2028...0x2029).contains(scalar.value) {
          appendEscaped(UInt16(scalar.value))
        } else {
          bytes.append(contentsOf: scalar.utf8)
        }
      }
    }
    bytes.append(0x22)
  }

  private mutating func appendASCII(_ byte: UInt8) {
    switch byte {
    case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
    case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
    case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
    case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
    case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
    case 0..<0x20, 0x7F: appendEscaped(UInt16(byte))
    default: bytes.append(byte)
    }
  }

  /// `\uXXXX` for a scalar of the Basic Multilingual Plane.
  private mutating func appendEscaped(_ value: UInt16) {
    bytes.append(contentsOf: [0x5C, 0x75])
    for shift in stride(from: 12, through: 0, by: -4) {
      bytes.append(UInt8(ascii: hexDigit(UInt8((value >> UInt16(shift)) & 0xF))))
    }
  }
}

extension JSONWriter {
  /// Per open object or array, whether the next value needs a comma before it: a bit per
  /// level, with no allocation for the first 64 levels (a journal line is written a
  /// million times by a merge; it nests two deep).
  struct CommaStack {
    private var bits: UInt64 = 0
    private var deeper: [Bool] = []
    private(set) var depth = 0

    /// The innermost level's flag (false with nothing open).
    var top: Bool {
      get {
        guard depth > 0 else { return false }
        return depth <= 64 ? bits & (1 << UInt64(depth - 1)) != 0 : deeper[depth - 65]
      }
      set {
        guard depth > 0 else { return }
        if depth > 64 {
          deeper[depth - 65] = newValue
        } else if newValue {
          bits |= 1 << UInt64(depth - 1)
        } else {
          bits &= ~(1 << UInt64(depth - 1))
        }
      }
    }

    /// Opens a level (its first value needs no comma).
    mutating func push() {
      depth += 1
      if depth > 64 { deeper.append(false) } else { top = false }
    }

    /// Closes the innermost level.
    mutating func pop() {
      precondition(depth > 0, "JSONWriter: closing more than was opened")
      if depth > 64 { deeper.removeLast() }
      depth -= 1
    }
  }
}
