extension UnsafeBufferPointer<UInt8> {
  /// Whether these bytes hold `literal` at `index` (the byte readers' check for a key
  /// or keyword, with no `String` made).
  @inline(__always)
  func holds(_ literal: StaticString, at index: Int) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index >= 0, index + count <= self.count else { return false }
    let pointer = literal.utf8Start
    for offset in 0..<count where self[index + offset] != pointer[offset] { return false }
    return true
  }
}
