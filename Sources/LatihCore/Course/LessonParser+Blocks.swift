extension LessonParser {
  /// Parses reading content: paragraphs, lists, notes, tables, subheadings,
  /// preformatted blocks and rules. With `checklist`, `- [ ]` items become checklist items.
  mutating func parseBlocks(_ lines: ArraySlice<SourceText.Line>, checklist: Bool)
    -> (blocks: [Block], items: [ChecklistItem])
  {
    var blocks: [Block] = []
    var items: [ChecklistItem] = []
    var paragraph: RichText?
    var index = lines.startIndex

    func flush(_ blocks: inout [Block]) {
      if let text = paragraph, !text.isEmpty { blocks.append(.paragraph(text)) }
      paragraph = nil
    }

    while index < lines.endIndex {
      let line = lines[index]
      switch LineKind.classify(line.text) {
      case .blank:
        flush(&blocks)
        index += 1
      case .fence:
        flush(&blocks)
        var content: [String] = []
        var end = index + 1
        while end < lines.endIndex {
          if case .fence = LineKind.classify(lines[end].text) { break }
          content.append(lines[end].text)
          end += 1
        }
        if end == lines.endIndex { sink.error(location(line.number), .unclosedCodeBlock) }
        blocks.append(.preformatted(content))
        index = min(end + 1, lines.endIndex)
      case .rule:
        flush(&blocks)
        blocks.append(.rule)
        index += 1
      case .heading(let level, let text):
        flush(&blocks)
        if level == 1 {
          sink.error(location(line.number), .titleInsidePage)
        } else {
          blocks.append(.subheading(proseText(text, line: line)))
        }
        index += 1
      case .tableRow:
        flush(&blocks)
        var end = index
        while end < lines.endIndex, case .tableRow = LineKind.classify(lines[end].text) { end += 1 }
        if let table = parseTable(lines[index..<end]) { blocks.append(.table(table)) }
        index = end
      case .quote:
        flush(&blocks)
        var text = RichText(plain: "")
        while index < lines.endIndex, case .quote(_, let content) = LineKind.classify(lines[index].text) {
          text = text.joined(with: InlineParser.parse(content))
          index += 1
        }
        blocks.append(.note(text))
      case .listItem(_, let ordered, let text):
        flush(&blocks)
        if checklist, !ordered, let (box, rest) = Box.parse(text), case .square(let checked) = box {
          if checked { sink.warning(location(line.number), .checklistItemTicked) }
          let (item, next) = checklistItem(rest, line: line, following: lines, from: index + 1)
          items.append(item)
          index = next
        } else {
          let (list, next) = parseList(lines, from: index, ordered: ordered, checklist: checklist)
          blocks.append(.list(list))
          index = next
        }
      case .text:
        let text = InlineParser.parse(line.text.trimmingCharacters())
        paragraph = (paragraph ?? RichText(plain: "")).joined(with: text)
        index += 1
      }
    }
    flush(&blocks)
    return (blocks, items)
  }

  /// A list starting at `start`: items of the same kind, indented sub-items and
  /// continuation lines. Returns the list and the index after it. With `checklist`, a
  /// `- [ ]` line ends the list: it is a checklist item.
  mutating func parseList(
    _ lines: ArraySlice<SourceText.Line>, from start: Int, ordered: Bool, checklist: Bool = false
  ) -> (ListBlock, Int) {
    var items: [ListBlock.Item] = []
    var index = start
    let baseIndent = lines[start].text.indentation
    while index < lines.endIndex {
      let line = lines[index]
      let kind = LineKind.classify(line.text)
      if checklist, index > start, case .listItem(_, false, let text) = kind,
        case .square? = Box.parse(text)?.0
      {
        return (ListBlock(ordered: ordered, items: items), index)
      }
      switch kind {
      case .listItem(let indent, let itemOrdered, let text) where indent <= baseIndent + 1:
        guard itemOrdered == ordered else { return (ListBlock(ordered: ordered, items: items), index) }
        items.append(ListBlock.Item(text: proseText(text, line: line)))
      case .listItem(_, _, let text) where !items.isEmpty:
        items[items.count - 1].children.append(InlineParser.parse(text))
      case .text(let indent) where indent >= baseIndent + 2 && !items.isEmpty:
        let continuation = InlineParser.parse(line.text.trimmingCharacters())
        if items[items.count - 1].children.isEmpty {
          items[items.count - 1].text = items[items.count - 1].text.joined(with: continuation)
        } else {
          let last = items[items.count - 1].children.count - 1
          items[items.count - 1].children[last] = items[items.count - 1].children[last].joined(
            with: continuation)
        }
      case .blank:
        // A blank line ends the list unless the next line carries it on.
        let next = index + 1
        if next < lines.endIndex, case .listItem(let indent, let nextOrdered, _) =
          LineKind.classify(lines[next].text), nextOrdered == ordered || indent > baseIndent + 1
        {
          index += 1
          continue
        }
        return (ListBlock(ordered: ordered, items: items), index)
      default:
        return (ListBlock(ordered: ordered, items: items), index)
      }
      index += 1
    }
    return (ListBlock(ordered: ordered, items: items), index)
  }

  /// A checklist item, with its continuation lines, and the index after it.
  mutating func checklistItem(
    _ text: Substring, line: SourceText.Line, following lines: ArraySlice<SourceText.Line>,
    from start: Int
  ) -> (ChecklistItem, Int) {
    let trailing = TrailingMarkers.split(text, in: line.text)
    var indicator: String?
    for marker in trailing.markers {
      let here = location(line.number, marker.column)
      if marker.name == "indicator", let argument = marker.argument, !argument.isEmpty {
        if indicator != nil {
          sink.error(here, .conflictingMarkers("indicator", "indicator"))
        } else if let known = indicators, !known.contains(argument) {
          sink.error(here, .unknownIndicator(argument, known: known))
          indicator = argument
        } else {
          indicator = argument
        }
      } else if ["checklist", "quiz", "true", "false", "order", "short", "hint"].contains(marker.name) {
        sink.error(here, .markerNotAllowedHere(marker.name))
      } else {
        sink.error(here, .unknownMarker(marker.name, allowed: ["indicator: ID"]))
      }
    }
    var itemText = InlineParser.parse(trailing.text)
    var index = start
    while index < lines.endIndex, case .text(let indent) = LineKind.classify(lines[index].text),
      indent >= 2
    {
      itemText = itemText.joined(with: InlineParser.parse(lines[index].text.trimmingCharacters()))
      index += 1
    }
    let item = ChecklistItem(
      id: explicitID(trailing, line: line.number), text: itemText, indicator: indicator,
      location: location(line.number))
    return (item, index)
  }

  /// A Markdown table; reports a missing separator row and ragged rows.
  mutating func parseTable(_ lines: ArraySlice<SourceText.Line>) -> TableBlock? {
    func cells(_ text: String) -> [Substring] {
      var body = Substring(text.trimmingCharacters())
      if body.hasPrefix("|") { body = body.dropFirst() }
      if body.hasSuffix("|") && !body.hasSuffix("\\|") { body = body.dropLast() }
      var result: [Substring] = []
      var current = body.startIndex
      var position = body.startIndex
      while position < body.endIndex {
        if body[position] == "\\" {
          position = body.index(position, offsetBy: 2, limitedBy: body.endIndex) ?? body.endIndex
          continue
        }
        if body[position] == "|" {
          result.append(body[current..<position])
          current = body.index(after: position)
        }
        position = body.index(after: position)
      }
      result.append(body[current...])
      return result
    }
    guard let first = lines.first else { return nil }
    let header = cells(first.text)
    let separatorIndex = lines.index(after: lines.startIndex)
    guard separatorIndex < lines.endIndex,
      cells(lines[separatorIndex].text).allSatisfy({ cell in
        let trimmed = cell.trimmingCharacters()
        return !trimmed.isEmpty && trimmed.allSatisfy { $0 == "-" || $0 == ":" }
      })
    else {
      sink.error(location(lines.count > 1 ? lines[separatorIndex].number : first.number), .tableSeparatorMissing)
      return nil
    }
    var rows: [[RichText]] = []
    for line in lines[lines.index(after: separatorIndex)...] {
      var row = cells(line.text).map { InlineParser.parse($0.trimmingCharacters()) }
      if row.count != header.count {
        sink.warning(location(line.number), .tableColumnCount(expected: header.count, found: row.count))
        while row.count < header.count { row.append(RichText(plain: "")) }
        if row.count > header.count { row.removeLast(row.count - header.count) }
      }
      rows.append(row)
    }
    return TableBlock(header: header.map { InlineParser.parse($0.trimmingCharacters()) }, rows: rows)
  }

  /// Text of a subheading or list item in reading content. Brackets at its end are
  /// ordinary text, except Latih's own markers and `{#id}`, which are reported as
  /// misplaced (they would otherwise be silently ignored).
  mutating func proseText(_ text: Substring, line: SourceText.Line) -> RichText {
    let trailing = TrailingMarkers.split(text, in: line.text)
    let known = ["checklist", "quiz", "true", "false", "order", "short", "indicator", "hint"]
    let misplaced = trailing.markers.filter { known.contains($0.name) }
    for marker in misplaced {
      sink.error(location(line.number, marker.column), .markerNotAllowedHere(marker.name))
    }
    if trailing.id != nil {
      sink.error(location(line.number, trailing.idColumn), .markerNotAllowedHere("{#…}"))
    }
    return InlineParser.parse(misplaced.isEmpty && trailing.id == nil ? text : trailing.text)
  }
}
