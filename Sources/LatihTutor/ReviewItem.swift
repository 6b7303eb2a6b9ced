import LatihCourse

/// One question in a summary's review: the question as shown in the run, what the
/// participant answered (in file terms, as recorded) and whether it was right.
package struct ReviewItem: Hashable, Sendable {
  package var view: QuestionView
  /// The final answer as recorded (`2`, `1,3`, `3,1,2`, `true`, the typed text, or `""`
  /// for "don't know"); nil when the question was not answered in this run.
  package var response: String?
  package var correct: Bool

  package init(view: QuestionView, response: String?, correct: Bool) {
    self.view = view
    self.response = response
    self.correct = correct
  }

  /// The options a choice or order response names, as file indices (0-based), in the
  /// order recorded; nil when the response is not a list of option numbers.
  var chosenIndices: [Int]? {
    guard let response, !response.isEmpty else { return nil }
    let numbers = response.split(separator: ",").map { Int($0).map { $0 - 1 } }
    guard numbers.allSatisfy({ $0 != nil }) else { return nil }
    let indices = numbers.map { $0! }
    let count: Int
    switch view.question.key {
    case .single(let options), .multiple(let options): count = options.count
    case .order(let items): count = items.count
    default: return nil
    }
    return indices.allSatisfy { (0..<count).contains($0) } ? indices : nil
  }
}
