/// A parsed JSON value, for the few places that read JSON generically (export headers,
/// tests of `--format json`).
package enum JSONValue: Hashable, Sendable {
  case string(String)
  case number(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Keys in document order.
  case object([(String, JSONValue)])

  package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.null, .null): return true
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  package func hash(into hasher: inout Hasher) {
    switch self {
    case .string(let value): hasher.combine(value)
    case .number(let value): hasher.combine(value)
    case .bool(let value): hasher.combine(value)
    case .null: hasher.combine(0)
    case .array(let values): hasher.combine(values)
    case .object(let pairs):
      for (key, value) in pairs {
        hasher.combine(key)
        hasher.combine(value)
      }
    }
  }

  /// Parses a whole document; nil if it is not exactly one valid JSON value (or an object
  /// repeats a key).
  package static func parse<C: Collection>(_ bytes: C) -> JSONValue? where C.Element == UInt8 {
    let array = Array(bytes)
    return array.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer)
      guard let value = parseValue(&scanner, depth: 0) else { return nil }
      scanner.skipSpace()
      return scanner.atEnd ? value : nil
    }
  }

  private static func parseValue(_ scanner: inout JSONScanner, depth: Int) -> JSONValue? {
    guard depth < JSONScanner.maximumDepth, let next = scanner.peek() else { return nil }
    switch next {
    case 0x22:
      return scanner.string().map(JSONValue.string)
    case 0x7B:
      scanner.index += 1
      var pairs: [(String, JSONValue)] = []
      var keys: Set<String> = []
      if scanner.consume(0x7D) { return .object(pairs) }
      while true {
        // A key repeated is refused, as the journal decoder refuses it: no reader may
        // take another value than the next.
        guard let key = scanner.string(), keys.insert(key).inserted, scanner.consume(0x3A),
          let value = parseValue(&scanner, depth: depth + 1)
        else { return nil }
        pairs.append((key, value))
        if scanner.consume(0x2C) { continue }
        return scanner.consume(0x7D) ? .object(pairs) : nil
      }
    case 0x5B:
      scanner.index += 1
      var values: [JSONValue] = []
      if scanner.consume(0x5D) { return .array(values) }
      while true {
        guard let value = parseValue(&scanner, depth: depth + 1) else { return nil }
        values.append(value)
        if scanner.consume(0x2C) { continue }
        return scanner.consume(0x5D) ? .array(values) : nil
      }
    case 0x74, 0x66:
      return scanner.bool().map(JSONValue.bool)
    case 0x6E:
      return scanner.null() ? .null : nil
    default:
      return scanner.number().map(JSONValue.number)
    }
  }

  /// The value for `key` in an object.
  package subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  /// The element at `index` in an array.
  package subscript(index: Int) -> JSONValue? {
    guard case .array(let values) = self, values.indices.contains(index) else { return nil }
    return values[index]
  }

  package var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  package var numberValue: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  package var intValue: Int? { numberValue.flatMap { Int(exactly: $0) } }

  package var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  package var arrayValue: [JSONValue]? {
    if case .array(let values) = self { return values }
    return nil
  }

  /// The keys of an object, in document order.
  package var keys: [String] {
    if case .object(let pairs) = self { return pairs.map(\.0) }
    return []
  }
}
