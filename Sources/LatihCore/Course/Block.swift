/// A block of content on a lesson page.
public enum Block: Hashable, Sendable {
  case paragraph(RichText)
  case subheading(RichText)
  /// A highlighted note (`> text` on a reading page).
  case note(RichText)
  case list(ListBlock)
  case table(TableBlock)
  /// Lines shown as they are, unwrapped.
  case preformatted([String])
  /// A dividing line.
  case rule
}

/// A bulleted or numbered list, with one level of sub-items.
public struct ListBlock: Hashable, Sendable {
  /// One item and its sub-items.
  public struct Item: Hashable, Sendable {
    public var text: RichText
    public var children: [RichText]

    public init(text: RichText, children: [RichText] = []) {
      self.text = text
      self.children = children
    }
  }

  public var ordered: Bool
  public var items: [Item]

  public init(ordered: Bool, items: [Item]) {
    self.ordered = ordered
    self.items = items
  }
}

/// A table: a header row and body rows of cells.
public struct TableBlock: Hashable, Sendable {
  public var header: [RichText]
  public var rows: [[RichText]]

  public init(header: [RichText], rows: [[RichText]]) {
    self.header = header
    self.rows = rows
  }
}
