/// Validates course ids (lessons, questions, checklist items, indicators, reasons): the
/// lesson parser's rule and the rule a merge checks them by: 1–64 of `a-z`, `0-9`, `-`,
/// starting with a letter.
package enum CourseIdentifier {
  /// Whether `text` is a valid id.
  package static func isValid<S: StringProtocol>(_ text: S) -> Bool {
    // Checked for several fields of every event merged: over the bytes in place where
    // possible (the generic walk costs more than decoding the line).
    text.utf8.withContiguousStorageIfAvailable(isValid(bytes:))
      ?? Array(text.utf8.prefix(65)).withUnsafeBufferPointer(isValid(bytes:))
  }

  /// Whether the UTF-8 `bytes` are a valid id.
  package static func isValid(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, first &- 0x61 < 26, bytes.count <= 64 else { return false }
    for byte in bytes where !(byte &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x2D) {
      return false
    }
    return true
  }
}
