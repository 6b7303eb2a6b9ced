import Testing

@testable import LatihData

@Suite struct JSONScannerTests {
  /// The string the scanner reads from `json` (a string literal in JSON), or nil.
  static func string(_ json: String) -> String? {
    Array(json.utf8).withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer)
      let value = scanner.string()
      return value
    }
  }

  @Test(arguments: [
    (#""abc""#, "abc"),
    (#""""#, ""),
    (#""\u0041\u00e9\u00E9""#, "Aéé"),
    (#""\u4e2d\u6587""#, "中文"),
    (#""\ud83d\ude00""#, "😀"),
    (#""\uD83D\uDE00!""#, "😀!"),
    (#""\ud83c\uddee\ud83c\udde9""#, "🇮🇩"),
    (#""\udbff\udfff""#, "\u{10FFFF}"),
    (#""\u0000x""#, "\u{0}x"),
    (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
    (#""\ud83d""#, "\u{FFFD}"),
    (#""\ud83dx""#, "\u{FFFD}x"),
    (#""\ude00""#, "\u{FFFD}"),
    (#""a\ude00\ud83d""#, "a\u{FFFD}\u{FFFD}"),
    ("\"e\u{301}\"", "e\u{301}"),
  ])
  func decodesEscapes(json: String, expected: String) {
    let decoded = Self.string(json)
    #expect(decoded == expected)
    #expect(decoded.map { Array($0.unicodeScalars) } == Array(expected.unicodeScalars))
  }

  @Test(arguments: [
    #""abc"#, #""\"#, #""\u12""#, #""\u12g4""#, #""\x41""#, #""\ud83d\u0041""#, "\"a\u{1}b\"",
    "\"tab\tin\"", "abc", "",
  ])
  func rejectsMalformedStrings(json: String) {
    #expect(Self.string(json) == nil)
  }

  @Test func invalidUTF8BecomesReplacementCharacter() {
    let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0xC3, 0x22]
    let value = bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer)
      return scanner.string()
    }
    #expect(value == "a\u{FFFD}\u{FFFD}")
  }

  @Test(arguments: [
    ("0", Int64(0)), ("-0", 0), ("42", 42), ("-17", -17),
    ("9223372036854775807", Int64.max), ("-9223372036854775807", -Int64.max),
  ])
  func readsIntegers(text: String, value: Int64) {
    let read = Array(text.utf8).withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer)
      return scanner.integer()
    }
    #expect(read == value)
  }

  @Test(arguments: ["", "-", "1.5", "1e3", "9223372036854775808", "99999999999999999999", "x"])
  func rejectsNonIntegers(text: String) {
    let read = Array(text.utf8).withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer)
      return scanner.integer()
    }
    #expect(read == nil)
  }

  @Test func skipsNestedValuesAndStopsAtDepthLimit() {
    let nested = #"{"a":[1,2.5e3,{"b":null,"c":"\u00e9"}],"d":true} ,"#
    let skipped = Array(nested.utf8).withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer)
      return (scanner.skipValue(), scanner.consume(0x2C), scanner.atEnd)
    }
    #expect(skipped == (true, true, true))
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(JSONValue.parse(Array(deep.utf8)) == nil)
    let shallow = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
    #expect(JSONValue.parse(Array(shallow.utf8)) != nil)
  }

  @Test func jsonValueReadsDocumentsAndRejectsTrailingText() {
    let document = #" {"n": -1.5, "s": "\ud83d\ude00", "l": [true, null]} "#
    let value = JSONValue.parse(Array(document.utf8))
    #expect(value?["n"]?.numberValue == -1.5)
    #expect(value?["s"]?.stringValue == "😀")
    #expect(value?["l"] == .array([.bool(true), .null]))
    #expect(JSONValue.parse(Array(#"{"a":1} x"#.utf8)) == nil)
    #expect(JSONValue.parse(Array(#"{"a":1,}"#.utf8)) == nil)
    #expect(JSONValue.parse(Array(#"["a" "b"]"#.utf8)) == nil)
  }
}
