/// Fast searches in byte buffers, eight bytes at a time ("SWAR": a 64-bit word treated
/// as eight lanes). Finding line ends and marker strings in journals is a large part of
/// reading a million events, and a byte-at-a-time loop was the bottleneck.
enum ByteSearch {
  /// A word with each of its eight lanes (bytes) 0x01, and one with each 0x80.
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether every byte of `bytes` is ASCII (below 0x80), eight at a time.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var all: UInt64 = 0
    var offset = 0
    while offset + 8 <= bytes.count {
      all |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      offset += 8
    }
    while offset < bytes.count {
      all |= UInt64(bytes[offset])
      offset += 1
    }
    return all & highs == 0
  }

  /// The lane (0–7) of the first `byte` in `word` (little-endian), 8 when there is none.
  @inline(__always)
  static func firstLane(of byte: UInt8, in word: UInt64) -> Int {
    let lanes = word ^ (ones &* UInt64(byte))
    // A lane is zero exactly where the byte matched; this sets its high bit (and can
    // only set spurious bits above a true match, never below the first one).
    let found = (lanes &- ones) & ~lanes & highs
    return found.trailingZeroBitCount >> 3
  }

  /// The first index of `byte` in `buffer[start..<end]`, or `end` when there is none.
  @inline(__always)
  static func firstIndex(
    of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int {
    var index = start
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= end {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let lane = firstLane(of: byte, in: word)
        if lane < 8 { return index + lane }
        index += 8
      }
    }
    while index < end, buffer[index] != byte { index += 1 }
    return index
  }

  /// The first index from `start` of a byte that ends or interrupts a JSON string's
  /// plain run: a quote, a backslash or a control byte (below 0x20); `buffer.count` when
  /// there is none. Every string of every journal line is scanned this way.
  @inline(__always)
  static func firstStringStop(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let end = buffer.count
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      let quotes = ones &* 0x22
      let backslashes = ones &* 0x5C
      let spaces = ones &* 0x20
      while index + 8 <= end {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let quote = word ^ quotes
        let backslash = word ^ backslashes
        // As in ``firstIndex(of:in:from:to:)``, each mask's lowest bit is exact: a zero
        // lane (quote, backslash), or a lane below 0x20 (a byte of 0x80 and over has its
        // high bit set, so it is never taken for one).
        let found =
          ((quote &- ones) & ~quote & highs) | ((backslash &- ones) & ~backslash & highs)
          | ((word &- spaces) & ~word & highs)
        if found != 0 { return index + found.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < end {
      let byte = buffer[index]
      if byte == 0x22 || byte == 0x5C || byte < 0x20 { return index }
      index += 1
    }
    return index
  }

  /// Whether `a` and `b` hold the same bytes (compared eight at a time).
  @inline(__always)
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let left = a.baseAddress, let right = b.baseAddress else { return true }
    let first = UnsafeRawPointer(left)
    let second = UnsafeRawPointer(right)
    var index = 0
    while index + 8 <= a.count {
      if first.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        != second.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      {
        return false
      }
      index += 8
    }
    while index < a.count, left[index] == right[index] { index += 1 }
    return index == a.count
  }

  /// Byte strings to look for together, prepared once for many searches.
  struct Needles {
    let needles: [[UInt8]]
    /// The prefix all needles share (such as `"type":"`), searched for first.
    let common: [UInt8]
    /// The index in `common` of the byte searched for first (see ``anchor(of:)``).
    let anchor: Int

    init(_ needles: [[UInt8]]) {
      self.needles = needles
      var prefix = needles.first?.count ?? 0
      for needle in needles.dropFirst() {
        prefix = min(prefix, zip(needles[0], needle).prefix { $0 == $1 }.count)
      }
      common = needles.first.map { Array($0[..<prefix]) } ?? []
      anchor = ByteSearch.anchor(of: common)
    }

    /// Whether one of the needles occurs in `buffer[start..<end]`: each place the common
    /// prefix occurs, the rest of every needle is compared.
    func occur(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
      guard !common.isEmpty else {
        return needles.contains { needle in
          let anchor = ByteSearch.anchor(of: needle)
          return ByteSearch.firstIndex(of: needle, anchor: anchor, in: buffer, from: start, to: end)
            != nil
        }
      }
      var from = start
      while let found = ByteSearch.firstIndex(
        of: common, anchor: anchor, in: buffer, from: from, to: end)
      {
        for needle in needles where found + needle.count <= end {
          var offset = common.count
          while offset < needle.count, buffer[found + offset] == needle[offset] { offset += 1 }
          if offset == needle.count { return true }
        }
        from = found + 1
      }
      return false
    }
  }

  /// The first index where `needle` starts in `buffer[start..<end]`, if it occurs,
  /// searching first for its byte at `anchor`, then comparing the whole needle there.
  static func firstIndex(
    of needle: [UInt8], anchor: Int, in buffer: UnsafeBufferPointer<UInt8>, from start: Int,
    to end: Int
  ) -> Int? {
    guard !needle.isEmpty, end - start >= needle.count else { return nil }
    let anchorByte = needle[anchor]
    var candidate = start + anchor
    let lastCandidate = end - needle.count + anchor
    return needle.withUnsafeBufferPointer { needle in
      while candidate <= lastCandidate {
        candidate = firstIndex(of: anchorByte, in: buffer, from: candidate, to: lastCandidate + 1)
        guard candidate <= lastCandidate else { return nil }
        let origin = candidate - anchor
        var offset = 0
        while offset < needle.count, buffer[origin + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return origin }
        candidate += 1
      }
      return nil
    }
  }

  /// Letters rarely seen in journal lines outside the key `type` (ids are hexadecimal,
  /// keys and values mostly lowercase Indonesian and English words), in order of
  /// preference.
  private static let rareLetters = Array("yqjxzvwk".utf8)

  /// The index of the byte to search for first: a rare letter if the needle has one,
  /// else its last byte that is not a quote, colon or comma (which fill JSON).
  static func anchor(of needle: [UInt8]) -> Int {
    for letter in rareLetters {
      if let index = needle.firstIndex(of: letter) { return index }
    }
    return needle.lastIndex { $0 != 0x22 && $0 != 0x3A && $0 != 0x2C } ?? 0
  }
}
