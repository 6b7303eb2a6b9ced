import LatihCourse

/// A question as shown to one participant: the display order of its options or items.
package struct QuestionView: Hashable, Sendable {
  package let question: Question
  /// Display position → index in the file (for options and order items).
  package let order: [Int]

  /// The view for a run: options shuffled unless `shuffled` is false; order questions are
  /// always shuffled (never shown already in order).
  package init(_ question: Question, seed: UInt64, shuffled: Bool) {
    self.question = question
    switch question.key {
    case .single(let options), .multiple(let options):
      order =
        shuffled
        ? Shuffle.permutation(count: options.count, seed: seed, key: question.id)
        : Array(options.indices)
    case .order(let items):
      order = Shuffle.derangedOrder(count: items.count, seed: seed, key: question.id)
    default:
      order = []
    }
  }

  /// The texts in display order, labelled a, b, c… by the renderer.
  package var choices: [RichText] {
    switch question.key {
    case .single(let options), .multiple(let options): return order.map { options[$0].text }
    case .order(let items): return order.map { items[$0] }
    default: return []
    }
  }

  /// The letter of display position `index`.
  package static func letter(_ index: Int) -> String {
    String(Character(Unicode.Scalar(UInt8(97 + index))))
  }

  /// The display letters of the correct answer (`b`, `a c`, or `c a b` for an order).
  package var correctLetters: String {
    switch question.key {
    case .single(let options), .multiple(let options):
      return order.indices.filter { options[order[$0]].isCorrect }.map(Self.letter)
        .joined(separator: " ")
    case .order(let items):
      return items.indices.compactMap { fileIndex in order.firstIndex(of: fileIndex) }
        .map(Self.letter).joined(separator: " ")
    default:
      return ""
    }
  }
}
