import LatihBase

/// CRC-32 (IEEE 802.3, the zlib polynomial), for journal line checksums.
///
/// Contiguous bytes are processed 32 at a time ("slicing-by-32", thirty-two 256-entry
/// tables, 32 KB), then 16, 8 and 4 at a time, several times faster than a byte at a
/// time: every journal line is checked on every read, so this is on the hot path of
/// reports and merges. Each step waits for the one before it, so fewer, wider steps are
/// faster; against slicing-by-16 with a byte-at-a-time rest, the compact reader read
/// 3 % more lines a second on this VM (`latih-bench decode`).
package enum CRC32 {
  /// Table `k` (entries `256 * k ..< 256 * (k + 1)`) advances the CRC over a byte
  /// followed by `k` zero bytes; table 0 is the classic byte-at-a-time table.
  private static let tables: [UInt32] = {
    var tables = [UInt32](repeating: 0, count: 256 * 32)
    for index in 0..<256 {
      var value = UInt32(index)
      for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
      tables[index] = value
    }
    for index in 0..<256 {
      var value = tables[index]
      for slice in 1..<32 {
        value = tables[Int(value & 0xFF)] ^ (value >> 8)
        tables[256 * slice + index] = value
      }
    }
    return tables
  }()

  /// The checksum of `bytes`.
  package static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
    if let crc = bytes.withContiguousStorageIfAvailable({ checksum(UnsafeRawBufferPointer($0)) }) {
      return crc
    }
    var crc: UInt32 = 0xFFFF_FFFF
    tables.withUnsafeBufferPointer { table in
      for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
    return crc ^ 0xFFFF_FFFF
  }

  /// The checksum of raw memory.
  package static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    tables.withUnsafeBufferPointer { table in
      update(0xFFFF_FFFF, bytes, table) ^ 0xFFFF_FFFF
    }
  }

  /// The checksum of the bytes `checksum` was computed over followed by `bytes` (a
  /// checksum computed piece by piece: `extend(checksum(a), b) == checksum(a + b)`).
  package static func extend(_ checksum: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
    tables.withUnsafeBufferPointer { table in
      update(checksum ^ 0xFFFF_FFFF, bytes, table) ^ 0xFFFF_FFFF
    }
  }

  /// Advances `crc` (not inverted) over `bytes`.
  @inline(__always)
  private static func update(
    _ start: UInt32, _ bytes: UnsafeRawBufferPointer, _ table: UnsafeBufferPointer<UInt32>
  ) -> UInt32 {
    var crc = start
    var offset = 0
    let count = bytes.count
    func word(_ at: Int) -> UInt64 {
      UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
    // Byte `i` of the 32 is looked up in table `31 - i`.
    while offset + 32 <= count {
      crc =
        (fold(word(offset) ^ UInt64(crc), top: 31, table) ^ fold(word(offset + 8), top: 23, table))
        ^ (fold(word(offset + 16), top: 15, table) ^ fold(word(offset + 24), top: 7, table))
      offset += 32
    }
    if offset + 16 <= count {
      crc = fold(word(offset) ^ UInt64(crc), top: 15, table) ^ fold(word(offset + 8), top: 7, table)
      offset += 16
    }
    // The rest (up to 15 bytes: a line's length is anything) eight and four at a time.
    if offset + 8 <= count {
      crc = fold(word(offset) ^ UInt64(crc), top: 7, table)
      offset += 8
    }
    if offset + 4 <= count {
      let four =
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) ^ crc
      crc =
        (table[256 * 3 + Int(four & 0xFF)] ^ table[256 * 2 + Int((four >> 8) & 0xFF)])
        ^ (table[256 + Int((four >> 16) & 0xFF)] ^ table[Int(four >> 24)])
      offset += 4
    }
    while offset < count {
      crc = table[Int((crc ^ UInt32(bytes[offset])) & 0xFF)] ^ (crc >> 8)
      offset += 1
    }
    return crc
  }

  /// The table lookups for eight bytes of `word` (little-endian), byte `i` in table
  /// `top - i`.
  @inline(__always)
  private static func fold(_ word: UInt64, top: Int, _ table: UnsafeBufferPointer<UInt32>)
    -> UInt32
  {
    // Combined as a tree, not a chain: the lookups of the CRC's own bytes come first in
    // the line's dependency and should not wait on seven XORs.
    ((table[256 * top + Int(word & 0xFF)] ^ table[256 * (top - 1) + Int((word >> 8) & 0xFF)])
      ^ (table[256 * (top - 2) + Int((word >> 16) & 0xFF)]
        ^ table[256 * (top - 3) + Int((word >> 24) & 0xFF)]))
      ^ ((table[256 * (top - 4) + Int((word >> 32) & 0xFF)]
        ^ table[256 * (top - 5) + Int((word >> 40) & 0xFF)])
        ^ (table[256 * (top - 6) + Int((word >> 48) & 0xFF)]
          ^ table[256 * (top - 7) + Int(word >> 56)]))
  }

  /// `value` as 8 lowercase hexadecimal digits.
  package static func hex(_ value: UInt32) -> String {
    var text = ""
    text.reserveCapacity(8)
    for shift in stride(from: 28, through: 0, by: -4) {
      text.unicodeScalars.append(hexDigit(UInt8((value >> UInt32(shift)) & 0xF)))
    }
    return text
  }
}
