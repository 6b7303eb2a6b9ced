import LatihBase
import LatihCourse
import Synchronization

/// The words of a course in one language, compared as short answers are (see
/// ``AnswerMatcher/words(_:in:)``): every accepted short answer and every word of the
/// pages, questions, options, explanations and hints.
///
/// A typed word found here is a real word of the course, so it is never taken for a typo
/// of another answer: "makro" for "mikro" is a wrong answer, not "almost".
///
/// The words are worked out on first use (a near miss to judge), not when a lesson
/// opens: folding every word of a course takes tens of milliseconds, which every lesson's
/// first page waited for.
package struct CourseTerms: Sendable, Hashable {
  private let storage: Storage

  /// No words: every close spelling is a near miss.
  package static let none = CourseTerms(words: [])

  init(words: Set<String>) { storage = Storage(words: words) }

  /// The terms of `course` in `language`.
  package init(course: Course, language: Language) {
    storage = Storage { Self.words(of: course, in: language) }
  }

  /// Whether `word` (already in comparable form) is one of the course's words.
  package func contains(_ word: String) -> Bool { storage.words.contains(word) }

  package static func == (lhs: CourseTerms, rhs: CourseTerms) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.words == rhs.storage.words
  }

  package func hash(into hasher: inout Hasher) { hasher.combine(storage.words) }

  /// The words, made once, when first asked for.
  private final class Storage: Sendable {
    private let make: @Sendable () -> Set<String>
    private let made = Mutex<Set<String>?>(nil)

    init(words: Set<String>) {
      make = { words }
      made.withLock { $0 = words }
    }

    init(_ make: @escaping @Sendable () -> Set<String>) { self.make = make }

    var words: Set<String> {
      made.withLock { made in
        if let made { return made }
        let words = make()
        made = words
        return words
      }
    }
  }

  /// Every word of `course`'s lessons in `language`.
  private static func words(of course: Course, in language: Language) -> Set<String> {
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
    return words
  }

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
