import LatihData

/// Compares a typed short answer with the accepted ones: case, accents, extra spaces and a
/// final full stop (or other end punctuation) do not matter.
package enum AnswerMatcher {
  /// The comparable form of an answer.
  package static func normalize(_ text: String) -> String {
    var folded = NameKey.folded(text)
    while let last = folded.last, ".,!?;:".contains(last) { folded.removeLast() }
    return folded.trimmingCharacters()
  }

  /// Whether `typed` matches one of `accepted`.
  package static func matches(_ typed: String, accepted: [String]) -> Bool {
    let answer = normalize(typed)
    return !answer.isEmpty && accepted.contains { normalize($0) == answer }
  }
}
