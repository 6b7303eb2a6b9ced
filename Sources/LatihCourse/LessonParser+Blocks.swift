extension LessonParser {
  /// Parses reading content: paragraphs, lists, notes, tables, subheadings,
  /// preformatted blocks and rules. With `checklist`, `- [ ]` items become checklist items.
  mutating func parseBlocks(_ lines: ArraySlice<SourceText.Line>, checklist: Bool)
    -> (blocks: [Block], items: [ChecklistItem])
  {
    var blocks: [Block] = []
    var items: [ChecklistItem] = []
    var paragraph: String?
    var index = lines.startIndex

    func flush(_ blocks: inout [Block]) {
      if let text = paragraph, !text.isEmpty { blocks.append(.paragraph(InlineParser.parse(text))) }
      paragraph = nil
    }

    while index < lines.endIndex {
      let line = lines[index]
      switch line.kind {
      case .blank:
        flush(&blocks)
        index += 1
      case .fence:
        flush(&blocks)
        var content: [String] = []
        var end = index + 1
        while end < lines.endIndex {
          if case .fence = lines[end].kind { break }
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
          blocks.append(
            .subheading(
              proseText(
                String(text), line: line.number, column: line.text.column(of: text.startIndex))))
        }
        index += 1
      case .tableRow:
        flush(&blocks)
        var end = index
        while end < lines.endIndex, case .tableRow = lines[end].kind { end += 1 }
        if let table = parseTable(lines[index..<end]) { blocks.append(.table(table)) }
        index = end
      case .quote:
        flush(&blocks)
        var text = ""
        while index < lines.endIndex,
          case .quote(_, let content) = lines[index].kind
        {
          text = text.joinedLine(String(content))
          index += 1
        }
        blocks.append(.note(InlineParser.parse(text)))
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
        paragraph = (paragraph ?? "").joinedLine(line.text.trimmingCharacters())
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
    // Item texts are collected raw and parsed once whole, so emphasis may span lines.
    var items: [(text: RichText, children: [String])] = []
    var index = start
    let baseIndent = lines[start].text.indentation
    func finished() -> ListBlock {
      ListBlock(
        ordered: ordered,
        items: items.map {
          ListBlock.Item(text: $0.text, children: $0.children.map(InlineParser.parse))
        })
    }
    var pendingText: String?
    var pendingLine: SourceText.Line?
    var pendingStart: String.Index?
    func settle(_ parser: inout LessonParser) {
      if let text = pendingText, let line = pendingLine {
        items[items.count - 1].text = parser.proseText(
          text, line: line.number, column: line.text.column(of: pendingStart!))
      }
      pendingText = nil
    }
    loop: while index < lines.endIndex {
      let line = lines[index]
      let kind = line.kind
      if checklist, index > start, case .listItem(_, false, let text) = kind,
        case .square? = Box.parse(text)?.0
      {
        break loop
      }
      switch kind {
      case .listItem(let indent, let itemOrdered, let text) where indent <= baseIndent + 1:
        guard itemOrdered == ordered else { break loop }
        settle(&self)
        items.append((RichText(plain: ""), []))
        pendingText = String(text)
        pendingLine = line
        pendingStart = text.startIndex
      case .listItem(_, _, let text) where !items.isEmpty:
        settle(&self)
        items[items.count - 1].children.append(String(text))
      case .text(let indent) where indent >= baseIndent + 2 && !items.isEmpty:
        let continuation = line.text.trimmingCharacters()
        if pendingText != nil {
          pendingText = pendingText!.joinedLine(continuation)
        } else if !items[items.count - 1].children.isEmpty {
          let last = items[items.count - 1].children.count - 1
          items[items.count - 1].children[last] = items[items.count - 1].children[last].joinedLine(
            continuation)
        }
      case .blank:
        // A blank line ends the list unless the next line carries it on.
        let next = index + 1
        if next < lines.endIndex,
          case .listItem(let indent, let nextOrdered, _) =
            lines[next].kind, nextOrdered == ordered || indent > baseIndent + 1
        {
          index += 1
          continue
        }
        break loop
      default:
        break loop
      }
      index += 1
    }
    settle(&self)
    return (finished(), index)
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
      } else if ["checklist", "quiz", "true", "false", "order", "short", "hint"].contains(
        marker.name)
      {
        sink.error(here, .markerNotAllowedHere(marker.name))
      } else {
        sink.error(here, .unknownMarker(marker.name, allowed: ["indicator: ID"]))
      }
    }
    var itemText = String(trailing.text)
    var index = start
    while index < lines.endIndex, case .text(let indent) = lines[index].kind,
      indent >= 2
    {
      itemText = itemText.joinedLine(lines[index].text.trimmingCharacters())
      index += 1
    }
    let item = ChecklistItem(
      id: explicitID(trailing, line: line.number), text: InlineParser.parse(itemText),
      indicator: indicator,
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
      sink.error(
        location(lines.count > 1 ? lines[separatorIndex].number : first.number),
        .tableSeparatorMissing)
      return nil
    }
    var rows: [[RichText]] = []
    for line in lines[lines.index(after: separatorIndex)...] {
      var row = cells(line.text).map { InlineParser.parse($0.trimmingCharacters()) }
      if row.count != header.count {
        sink.warning(
          location(line.number), .tableColumnCount(expected: header.count, found: row.count))
        while row.count < header.count { row.append(RichText(plain: "")) }
        if row.count > header.count { row.removeLast(row.count - header.count) }
      }
      rows.append(row)
    }
    return TableBlock(
      header: header.map { InlineParser.parse($0.trimmingCharacters()) }, rows: rows)
  }

  /// Text of a subheading or list item in reading content. Brackets at its end are
  /// ordinary text, except Latih's own markers and `{#id}`, which are reported as
  /// misplaced (they would otherwise be silently ignored).
  mutating func proseText(_ text: String, line: Int, column: Int) -> RichText {
    let trailing = TrailingMarkers.split(text[...], in: text)
    let known = ["checklist", "quiz", "true", "false", "order", "short", "indicator", "hint"]
    let misplaced = trailing.markers.filter { known.contains($0.name) }
    for marker in misplaced {
      sink.error(location(line, column + marker.column - 1), .markerNotAllowedHere(marker.name))
    }
    if trailing.id != nil {
      sink.error(location(line, column + trailing.idColumn - 1), .markerNotAllowedHere("{#…}"))
    }
    return InlineParser.parse(misplaced.isEmpty && trailing.id == nil ? text[...] : trailing.text)
  }
}

extension String {
  /// This text and the next source line joined with a space (lines of one paragraph).
  func joinedLine(_ next: String) -> String {
    if isEmpty { return next }
    if next.isEmpty { return self }
    return self + " " + next
  }
}
