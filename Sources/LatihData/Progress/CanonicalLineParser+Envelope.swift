extension CanonicalLineParser {
  /// The bytes of the last line's envelope from its device to its type's opening quote
  /// (`,"dev":"…","p":"…","type":`), kept to skip checking them again: every line of a
  /// journal but those a merge brought from another device holds the same device and
  /// participant, and bytes equal to ones already checked read the same way.
  ///
  /// Kept in the parser itself (eight words, no array), so it never points into a
  /// buffer that may be gone by the next line.
  struct EnvelopeTail {
    /// The bytes, little-endian, eight to a word; beyond ``count`` zero.
    private var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
      (0, 0, 0, 0, 0, 0, 0, 0)
    /// How many bytes are kept (0: none).
    private var count = 0

    /// The most bytes kept.
    static let capacity = 64

    init() {}

    /// How many bytes at `index` of `bytes` are the tail kept (0: they are not, or
    /// there is none). Eight bytes are compared at a time, so the line must have
    /// ``capacity`` bytes left (a line holds its trailer after these: lines that short
    /// go the long way).
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
      guard count > 0, index + Self.capacity <= bytes.count, let base = bytes.baseAddress else {
        return 0
      }
      let raw = UnsafeRawPointer(base + index)
      return withUnsafeBytes(of: words) { stored in
        var offset = 0
        while offset < count {
          let left = count - offset
          let mask: UInt64 = left >= 8 ? ~0 : (1 << UInt64(left * 8)) - 1
          let line = UInt64(
            littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          let kept = UInt64(
            littleEndian: stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          guard line & mask == kept else { return 0 }
          offset += 8
        }
        return count
      }
    }

    /// Keeps `range` of `bytes` (checked as an envelope's tail); a range longer than
    /// ``capacity`` keeps none.
    mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
      words = (0, 0, 0, 0, 0, 0, 0, 0)
      guard range.count <= Self.capacity else {
        count = 0
        return
      }
      withUnsafeMutableBytes(of: &words) { stored in
        for (offset, index) in range.enumerated() { stored[offset] = bytes[index] }
      }
      count = range.count
    }
  }
}
