import LatihBase
import LatihCourse

/// The words of a course in one language, compared as short answers are (see
/// ``AnswerMatcher/words(_:in:)``): every accepted short answer and every word of the
/// pages, questions, options, explanations and hints.
///
/// A typed word found here is a real word of the course, so it is never taken for a typo
/// of another answer: "makro" for "mikro" is a wrong answer, not "almost".
package struct CourseTerms: Sendable, Hashable {
  private var words: Set<String>

  /// No words: every close spelling is a near miss.
  package static let none = CourseTerms(words: [])

  init(words: Set<String>) { self.words = words }

  /// The terms of `course` in `language`.
  package init(course: Course, language: Language) {
    var words: Set<String> = []
    func add(_ text: String) {
      for word in AnswerMatcher.words(text, in: language) { words.insert(word) }
    }
    func add(_ text: RichText?) { if let text { add(text.plainText) } }
    for lesson in course.orderedLessons(in: language) {
      for page in lesson.pages {
        add(page.title)
        for block in page.blocks { Self.texts(of: block).forEach(add) }
        for item in page.items { add(item.text) }
        for question in page.questions {
          add(question.prompt)
          question.details.forEach(add)
          add(question.explanation)
          add(question.hint)
          switch question.key {
          case .single(let options), .multiple(let options):
            for option in options {
              add(option.text)
              add(option.explanation)
            }
          case .order(let items): items.forEach(add)
          case .short(let accepted): accepted.forEach(add)
          case .trueFalse: break
          }
        }
      }
    }
    self.words = words
  }

  /// Whether `word` (already in comparable form) is one of the course's words.
  package func contains(_ word: String) -> Bool { words.contains(word) }

  private static func texts(of block: Block) -> [RichText] {
    switch block {
    case .paragraph(let text), .subheading(let text), .note(let text): return [text]
    case .list(let list): return list.items.flatMap { [$0.text] + $0.children }
    case .table(let table): return table.header + table.rows.flatMap { $0 }
    case .preformatted(let lines): return lines.map { RichText(plain: $0) }
    case .rule: return []
    }
  }
}
