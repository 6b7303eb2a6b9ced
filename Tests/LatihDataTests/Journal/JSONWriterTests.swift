import Foundation
import Testing

@testable import LatihBase
@testable import LatihData

@Suite struct JSONWriterTests {
  /// `value` written as a JSON string by ``JSONWriter``.
  static func encoded(_ value: String) -> [UInt8] {
    var writer = JSONWriter()
    writer.string(value)
    return writer.bytes
  }

  @Test(arguments: [
    ("plain", #""plain""#),
    ("a\"b", #""a\"b""#),
    ("back\\slash", #""back\\slash""#),
    ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
    ("\u{0}\u{1}\u{8}\u{C}\u{1B}\u{1F}\u{7F}", #""\u0000\u0001\u0008\u000c\u001b\u001f\u007f""#),
    ("/ </script>", #""/ </script>""#),
    // C1, bidi controls and line separators (found by the hostile-text campaign: JSON
    // printed on a terminal carried them raw).
    ("\u{85}\u{9B}é\u{202E}\u{2066}\u{200F}\u{2028}", #""\u0085\u009bé\u202e\u2066\u200f\u2028""#),
    ("Nurhalizá 中文", "\"Nurhalizá 中文\""),
    ("😀👩‍👩‍👧", "\"😀👩‍👩‍👧\""),
  ])
  func escapesExactly(value: String, json: String) {
    #expect(Self.encoded(value) == Array(json.utf8))
  }

  static let tricky = [
    "", "\"", "\\", "\\\"", "\"\\", "\n\r\t", "\u{0}", "\u{1}\u{1F}\u{7F}", "\u{80}\u{9F}",
    "\u{85}", "\u{2028}\u{2029}", "\u{202E}abc", "é", "e\u{301}", "中文", "😀", "👩‍👩‍👧",
    "🇮🇩", "\u{FFFD}", "\u{10FFFF}", #","crc":"00000000"}"#, "\\u0041", "a\u{0}b",
  ]

  @Test(arguments: tricky)
  func parsesBackWithJSONValue(value: String) {
    #expect(JSONValue.parse(Self.encoded(value)) == .string(value))
  }

  @Test(arguments: tricky)
  func parsesBackWithFoundation(value: String) throws {
    let parsed = try JSONSerialization.jsonObject(
      with: Data(Self.encoded(value)), options: .fragmentsAllowed)
    #expect(parsed as? String == value)
    let array = Data(Array("[".utf8) + Self.encoded(value) + Array("]".utf8))
    let decoded = try JSONDecoder().decode([String].self, from: array)
    #expect(decoded == [value])
  }

  @Test func buildsNestedStructureWithCommas() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.field("a", 1)
    writer.key("b")
    writer.beginArray()
    writer.integer(-2)
    writer.string("x")
    writer.beginObject()
    writer.field("c", true)
    writer.endObject()
    writer.beginArray()
    writer.endArray()
    writer.endArray()
    writer.field("skipped", nil as String?)
    writer.key("d")
    writer.null()
    writer.key("e")
    writer.decimal(0.125, decimals: 2)
    writer.key("f")
    writer.decimal(.nan, decimals: 1)
    writer.endObject()
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(text == #"{"a":1,"b":[-2,"x",{"c":true},[]],"d":null,"e":0.13,"f":null}"#)
    let parsed = JSONValue.parse(writer.bytes)
    #expect(parsed?.keys == ["a", "b", "d", "e", "f"])
    #expect(parsed?["b"]?[2]?["c"] == .bool(true))
  }

  @Test(arguments: [
    (0.45, 2, "0.45"), (90, 1, "90.0"), (2.5, 0, "3"), (-2.5, 0, "-3"), (-0.004, 2, "0.00"),
    (45.25, 1, "45.3"), (100, 0, "100"),
  ])
  func decimalText(value: Double, decimals: Int, text: String) {
    #expect(DecimalText.format(value, decimals: decimals) == text)
  }

  /// Commas are placed right at every depth, past the 64 levels kept in one word.
  @Test(arguments: [1, 2, 63, 64, 65, 70, 130])
  func nestsToAnyDepth(depth: Int) throws {
    var writer = JSONWriter()
    for _ in 0..<depth {
      writer.beginArray()
      writer.integer(1)
    }
    for _ in 0..<depth {
      writer.integer(2)
      writer.endArray()
    }
    let json = String(decoding: writer.bytes, as: UTF8.self)
    #expect(
      json == String(repeating: "[1,", count: depth)
        + String(repeating: "2]", count: depth).replacingOccurrences(of: "]2", with: "],2"))
    #expect(throws: Never.self) {
      try JSONSerialization.jsonObject(with: Data(writer.bytes))
    }
  }

  /// Values written whole by other writers (on other cores) and put in with
  /// `value(written:)` give the document one writer gives.
  @Test func valuesWrittenElsewhereJoinAsOneWriterWritesThem() {
    let entries: [(String, Int?)] = [("Siti \"S\"", 3), ("é", nil), ("", 0)]
    func entry(_ value: (String, Int?), _ writer: inout JSONWriter) {
      writer.beginObject()
      writer.field("name", value.0)
      writer.key("score")
      if let score = value.1 { writer.integer(score) } else { writer.null() }
      writer.endObject()
    }
    for count in 0...entries.count {
      var direct = JSONWriter()
      var joined = JSONWriter()
      for writer in [0, 1] {
        var document = JSONWriter()
        document.beginObject()
        document.field("before", 1)
        document.key("list")
        document.beginArray()
        for value in entries.prefix(count) {
          if writer == 0 {
            entry(value, &document)
          } else {
            var part = JSONWriter()
            entry(value, &part)
            document.value(written: part.bytes)
          }
        }
        document.endArray()
        document.field("after", true)
        document.endObject()
        if writer == 0 { direct = document } else { joined = document }
      }
      #expect(joined.bytes == direct.bytes)
      #expect(
        String(decoding: joined.bytes, as: UTF8.self).hasPrefix(#"{"before":1,"list":["#))
    }
  }
}
