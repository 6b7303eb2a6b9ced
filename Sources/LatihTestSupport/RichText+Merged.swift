import LatihCourse

extension RichText {
  /// Shorthand for one plain span.
  package static func plain(_ text: String) -> RichText { RichText(plain: text) }

  /// The same text with neighbouring spans of the same style merged, so lines joined by
  /// the parser compare equal to one written span.
  package var merged: RichText {
    var result: [Span] = []
    for span in spans where !span.text.isEmpty {
      if let last = result.last, last.style == span.style, span.style == .plain {
        result[result.count - 1].text += span.text
      } else {
        result.append(span)
      }
    }
    return RichText(spans: result)
  }
}

extension Block {
  /// The block with every text ``RichText/merged``.
  package var merged: Block {
    switch self {
    case .paragraph(let text): return .paragraph(text.merged)
    case .subheading(let text): return .subheading(text.merged)
    case .note(let text): return .note(text.merged)
    case .list(var list):
      for index in list.items.indices {
        list.items[index].text = list.items[index].text.merged
        list.items[index].children = list.items[index].children.map(\.merged)
      }
      return .list(list)
    case .table(let table):
      return .table(
        TableBlock(header: table.header.map(\.merged), rows: table.rows.map { $0.map(\.merged) }))
    case .preformatted, .rule: return self
    }
  }
}

extension AnswerKey {
  /// The key with option texts and explanations ``RichText/merged``.
  package var merged: AnswerKey {
    func merge(_ options: [AnswerOption]) -> [AnswerOption] {
      options.map { option in
        var copy = option
        copy.text = option.text.merged
        copy.explanation = option.explanation?.merged
        return copy
      }
    }
    switch self {
    case .single(let options): return .single(merge(options))
    case .multiple(let options): return .multiple(merge(options))
    case .order(let items): return .order(items.map(\.merged))
    case .trueFalse, .short: return self
    }
  }
}
