extension StringProtocol {
  /// Without trailing spaces and tabs.
  package func trimmingTrailingSpaces() -> SubSequence {
    var end = endIndex
    while end > startIndex {
      let previous = index(before: end)
      guard self[previous] == " " || self[previous] == "\t" else { break }
      end = previous
    }
    return self[startIndex..<end]
  }

  /// Without leading and trailing white space (any Unicode white space or line break).
  package func trimmingCharacters() -> String {
    var start = startIndex
    while start < endIndex && self[start].isWhitespace { start = index(after: start) }
    var end = endIndex
    while end > start && self[index(before: end)].isWhitespace { end = index(before: end) }
    return String(self[start..<end])
  }

  /// The number of leading spaces (a tab counts as 4).
  package var indentation: Int {
    var count = 0
    for character in self {
      if character == " " {
        count += 1
      } else if character == "\t" {
        count += 4
      } else {
        break
      }
    }
    return count
  }
}
