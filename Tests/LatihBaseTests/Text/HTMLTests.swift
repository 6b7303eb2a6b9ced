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

  /// Text that needs nothing escaped or replaced comes back as it was, whether ASCII or
  /// not (the fast paths), and anything else as the scalar-by-scalar rule gives it.
  @Test func escapeAgreesWithTheScalarRule() {
    let pieces = ["a", "é", "中", "&", "<", ">", "\"", "'", "\n", "\t", "\u{202E}", "\u{7F}", " "]
    var texts: [String] = [""]
    for first in pieces {
      for second in pieces { texts.append("x" + first + "y" + second) }
    }
    for text in texts {
      var expected = ""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "&": expected += "&amp;"
        case "<": expected += "&lt;"
        case ">": expected += "&gt;"
        case "\"": expected += "&quot;"
        case "'": expected += "&#39;"
        case "\n", "\t": expected += " "
        default:
          expected.unicodeScalars.append(
            TerminalSanitizer.isUnsafe(scalar) ? TerminalSanitizer.replacement : scalar)
        }
      }
      #expect(HTML.escape(text) == expected, "\(text.debugDescription)")
    }
  }
}
