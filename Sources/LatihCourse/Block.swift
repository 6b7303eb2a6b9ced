/// A block of content on a lesson page.
package enum Block: Hashable, Sendable {
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
package struct ListBlock: Hashable, Sendable {
  /// One item and its sub-items.
  package struct Item: Hashable, Sendable {
    package var text: RichText
    package var children: [RichText]

    package init(text: RichText, children: [RichText] = []) {
      self.text = text
      self.children = children
    }
  }

  package var ordered: Bool
  package var items: [Item]

  package init(ordered: Bool, items: [Item]) {
    self.ordered = ordered
    self.items = items
  }
}

/// A table: a header row and body rows of cells.
package struct TableBlock: Hashable, Sendable {
  package var header: [RichText]
  package var rows: [[RichText]]

  package init(header: [RichText], rows: [[RichText]]) {
    self.header = header
    self.rows = rows
  }
}
