@testable import LatihCourse

/// Every piece of text a parsed lesson holds, for checks that apply to all of it.
enum LessonTexts {
  /// Ids, titles, blocks, items, questions, options, explanations and hints.
  static func all(_ lesson: Lesson) -> [String] {
    var result = [lesson.id, lesson.title]
    for page in lesson.pages {
      result.append(page.title.plainText)
      result += page.blocks.flatMap(texts)
      for item in page.items {
        result += [item.id, item.text.plainText, item.indicator ?? ""]
      }
      for question in page.questions {
        result += [question.id, question.prompt.plainText]
        result += [question.explanation?.plainText ?? "", question.hint?.plainText ?? ""]
        result += question.details.map(\.plainText)
        switch question.key {
        case .single(let options), .multiple(let options):
          result += options.flatMap { [$0.text.plainText, $0.explanation?.plainText ?? ""] }
        case .order(let items): result += items.map(\.plainText)
        case .short(let answers): result += answers
        case .trueFalse: break
        }
      }
    }
    return result
  }

  /// The texts of one block.
  static func texts(_ block: Block) -> [String] {
    switch block {
    case .paragraph(let text), .subheading(let text), .note(let text): return [text.plainText]
    case .list(let list):
      return list.items.flatMap { [$0.text.plainText] + $0.children.map(\.plainText) }
    case .table(let table):
      return (table.header + table.rows.flatMap { $0 }).map(\.plainText)
    case .preformatted(let lines): return lines
    case .rule: return []
    }
  }
}
