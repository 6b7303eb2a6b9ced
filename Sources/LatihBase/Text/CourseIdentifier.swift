/// Validates course ids (lessons, questions, checklist items, indicators, reasons): the
/// lesson parser's rule and the rule a merge checks them by: 1–64 of `a-z`, `0-9`, `-`,
/// starting with a letter.
package enum CourseIdentifier {
  /// Whether `text` is a valid id.
  package static func isValid<S: StringProtocol>(_ text: S) -> Bool {
    guard let first = text.utf8.first, (0x61...0x7A).contains(first), text.utf8.count <= 64 else {
      return false
    }
    return text.utf8.allSatisfy {
      (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D
    }
  }
}
