import Testing

@testable import LatihBase

/// Values from data are safe inside HTML elements and quoted attributes.
@Suite struct HTMLTests {
  @Test(arguments: [
    ("Siti Aminah", "Siti Aminah"),
    ("Nurhalizá 中文 👩‍👩‍👧", "Nurhalizá 中文 👩‍👩‍👧"),
    ("a & b", "a &amp; b"),
    ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
    ("\"quoted\" é & <", "&quot;quoted&quot; é &amp; &lt;"),
    ("two\nlines\tand tab", "two lines and tab"),
    (
      "bidi \u{202E}tfel\u{202C} & zero\u{200B}width",
      "bidi \u{FFFD}tfel\u{FFFD} &amp; zero\u{FFFD}width"
    ),
    ("C1 \u{9B}31m é", "C1 \u{FFFD}31m é"),
    ("", ""),
  ])
  func valueIsEscaped(_ text: String, _ expected: String) {
    #expect(HTML.escape(text) == expected)
  }

  /// Over every pair of specials, tabs, newlines, controls and non-ASCII text: the
  /// result holds no raw `< > " '`, every `&` starts one of the five entities, reading
  /// the entities back gives the cleaned text (``TerminalSanitizer/cleanLine(_:)``), and
  /// cleaned text with nothing to escape comes back as it is (the fast paths).
  @Test func escapeReadsBackAsTheCleanedText() {
    let pieces = ["a", "é", "中", "&", "<", ">", "\"", "'", "\n", "\t", "\u{202E}", "\u{7F}", " "]
    let entities: [(String, Character)] = [
      ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
    ]
    var texts: [String] = [""]
    for first in pieces {
      for second in pieces { texts.append("x" + first + "y" + second) }
    }
    for text in texts {
      let escaped = HTML.escape(text)
      let cleaned = TerminalSanitizer.cleanLine(text)
      #expect(!escaped.contains { "<>\"'".contains($0) }, "\(text.debugDescription)")
      var readBack = ""
      var rest = Substring(escaped)
      while let first = rest.first {
        guard first == "&" else {
          readBack.append(first)
          rest = rest.dropFirst()
          continue
        }
        guard let (entity, character) = entities.first(where: { rest.hasPrefix($0.0) }) else {
          Issue.record("a bare & in \(escaped.debugDescription)")
          break
        }
        readBack.append(character)
        rest = rest.dropFirst(entity.count)
      }
      #expect(readBack == cleaned, "\(text.debugDescription)")
      if !cleaned.contains(where: { "&<>\"'".contains($0) }) {
        #expect(escaped == cleaned, "\(text.debugDescription)")
      }
    }
  }
}
