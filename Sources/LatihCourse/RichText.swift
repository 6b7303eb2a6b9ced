/// Inline text from a lesson: runs of plain, bold, emphasised, code and linked text.
package struct RichText: Hashable, Sendable {
  /// How a span is shown.
  package enum Style: Hashable, Sendable {
    case plain
    case strong
    case emphasis
    case code
    /// Shown as `text (url)`.
    case link(url: String)
  }

  /// One run of text with one style.
  package struct Span: Hashable, Sendable {
    package var text: String
    package var style: Style

    package init(_ text: String, _ style: Style = .plain) {
      self.text = text
      self.style = style
    }
  }

  package var spans: [Span]

  package init(spans: [Span]) { self.spans = spans }

  /// Plain text without styling.
  package init(plain text: String) { self.spans = text.isEmpty ? [] : [Span(text)] }

  /// The text as a reader would see it without styling (links as `text (url)`).
  package var plainText: String {
    var result = ""
    for span in spans {
      result += span.text
      if case .link(let url) = span.style, url != span.text { result += " (\(url))" }
    }
    return result
  }

  package var isEmpty: Bool { spans.allSatisfy { $0.text.isEmpty } }

  /// Two texts joined with a space between.
  package func joined(with other: RichText) -> RichText {
    if isEmpty { return other }
    if other.isEmpty { return self }
    return RichText(spans: spans + [Span(" ")] + other.spans)
  }
}
