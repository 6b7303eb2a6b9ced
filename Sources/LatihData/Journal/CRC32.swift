import LatihBase

/// CRC-32 (IEEE 802.3, the zlib polynomial), for journal line checksums.
///
/// Contiguous bytes are processed sixteen at a time ("slicing-by-16", sixteen 256-entry
/// tables), several times faster than a byte at a time: every journal line is checked on
/// every read, so this is on the hot path of reports and merges.
package enum CRC32 {
  /// Table `k` (entries `256 * k ..< 256 * (k + 1)`) advances the CRC over a byte
  /// followed by `k` zero bytes; table 0 is the classic byte-at-a-time table.
  private static let tables: [UInt32] = {
    var tables = [UInt32](repeating: 0, count: 256 * 16)
    for index in 0..<256 {
      var value = UInt32(index)
      for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
      tables[index] = value
    }
    for index in 0..<256 {
      var value = tables[index]
      for slice in 1..<16 {
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
    while offset + 16 <= count {
      let first = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      let second = UInt64(
        littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
      // Byte `i` of the 16 is looked up in table `15 - i`.
      crc = fold(first ^ UInt64(crc), top: 15, table) ^ fold(second, top: 7, table)
      offset += 16
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
    table[256 * top + Int(word & 0xFF)]
      ^ table[256 * (top - 1) + Int((word >> 8) & 0xFF)]
      ^ table[256 * (top - 2) + Int((word >> 16) & 0xFF)]
      ^ table[256 * (top - 3) + Int((word >> 24) & 0xFF)]
      ^ table[256 * (top - 4) + Int((word >> 32) & 0xFF)]
      ^ table[256 * (top - 5) + Int((word >> 40) & 0xFF)]
      ^ table[256 * (top - 6) + Int((word >> 48) & 0xFF)]
      ^ table[256 * (top - 7) + Int(word >> 56)]
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
