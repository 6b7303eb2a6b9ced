extension String {
  /// The string padded with spaces on the left to `width` display columns.
  package func leftPadded(to width: Int) -> String {
    let missing = width - DisplayWidth.of(self)
    return missing > 0 ? String(repeating: " ", count: missing) + self : self
  }

  /// The string padded with spaces on the right to `width` display columns.
  package func rightPadded(to width: Int) -> String {
    let missing = width - DisplayWidth.of(self)
    return missing > 0 ? self + String(repeating: " ", count: missing) : self
  }
}
