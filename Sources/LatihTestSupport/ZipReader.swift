/// Reads a ZIP archive of stored entries back, checking its structure, for tests of the
/// xlsx writer: the end of central directory record, every central directory header,
/// the local header it points to (same name, sizes and CRC), the CRC-32 of the data
/// (computed here bit by bit, independently of the writer's table-driven CRC), and that
/// the entries, the directory and the end record cover the file exactly, in order.
package struct ZipReader {
  /// One entry: its name, data and the fields the checks compared.
  package struct Entry: Equatable {
    package var name: String
    package var data: [UInt8]
    package var crc: UInt32
    package var method: UInt16
    package var time: UInt16
    package var date: UInt16
    package var offset: Int
  }

  package enum Failure: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    package var description: String {
      switch self {
      case .malformed(let what): return "malformed ZIP: \(what)"
      }
    }
  }

  /// Entries in directory order.
  package let entries: [Entry]

  package init(_ bytes: [UInt8]) throws(Failure) {
    let end = bytes.count - 22
    guard end >= 0, Self.u32(bytes, end) == 0x0605_4B50 else {
      throw .malformed("no end of central directory record at the end (no comment)")
    }
    let count = Int(Self.u16(bytes, end + 10))
    guard Int(Self.u16(bytes, end + 8)) == count, Self.u16(bytes, end + 4) == 0,
      Self.u16(bytes, end + 20) == 0
    else { throw .malformed("end record: disks, counts or comment") }
    let size = Int(Self.u32(bytes, end + 12))
    let start = Int(Self.u32(bytes, end + 16))
    guard start + size == end else { throw .malformed("directory does not end at the end record") }
    var entries: [Entry] = []
    var position = start
    var expectedOffset = 0
    for _ in 0..<count {
      guard position + 46 <= end, Self.u32(bytes, position) == 0x0201_4B50,
        position + 46 + Int(Self.u16(bytes, position + 28)) <= end
      else {
        throw .malformed("central directory header \(entries.count + 1)")
      }
      let nameLength = Int(Self.u16(bytes, position + 28))
      let extra = Int(Self.u16(bytes, position + 30))
      let comment = Int(Self.u16(bytes, position + 32))
      let entry = Entry(
        name: String(
          decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
        data: [], crc: Self.u32(bytes, position + 16), method: Self.u16(bytes, position + 10),
        time: Self.u16(bytes, position + 12), date: Self.u16(bytes, position + 14),
        offset: Int(Self.u32(bytes, position + 42)))
      let compressed = Int(Self.u32(bytes, position + 20))
      let uncompressed = Int(Self.u32(bytes, position + 24))
      guard entry.method == 0, compressed == uncompressed else {
        throw .malformed("\(entry.name): not stored")
      }
      guard entry.offset == expectedOffset else {
        throw .malformed("\(entry.name): at \(entry.offset), expected \(expectedOffset)")
      }
      entries.append(try Self.local(bytes, entry, size: compressed, limit: start))
      expectedOffset = entry.offset + 30 + nameLength + compressed
      position += 46 + nameLength + extra + comment
    }
    guard position == end, expectedOffset == start else {
      throw .malformed("entries or directory leave bytes unaccounted for")
    }
    self.entries = entries
  }

  /// The data of the entry `name`, if any.
  package func data(_ name: String) -> [UInt8]? { entries.first { $0.name == name }?.data }

  /// The local header of `entry` checked against its directory header, and its data.
  private static func local(_ bytes: [UInt8], _ entry: Entry, size: Int, limit: Int)
    throws(Failure) -> Entry
  {
    let at = entry.offset
    guard at + 30 <= limit, u32(bytes, at) == 0x0403_4B50 else {
      throw .malformed("\(entry.name): no local header")
    }
    let nameLength = Int(u16(bytes, at + 26))
    let extra = Int(u16(bytes, at + 28))
    let dataStart = at + 30 + nameLength + extra
    guard dataStart + size <= limit, extra == 0,
      String(decoding: bytes[(at + 30)..<(at + 30 + nameLength)], as: UTF8.self) == entry.name,
      u16(bytes, at + 8) == entry.method, u16(bytes, at + 10) == entry.time,
      u16(bytes, at + 12) == entry.date, u32(bytes, at + 14) == entry.crc,
      Int(u32(bytes, at + 18)) == size, Int(u32(bytes, at + 22)) == size,
      u16(bytes, at + 6) & 0x8 == 0
    else { throw .malformed("\(entry.name): local header differs from the directory") }
    var found = entry
    found.data = Array(bytes[dataStart..<(dataStart + size)])
    guard crc32(found.data) == entry.crc else { throw .malformed("\(entry.name): CRC mismatch") }
    return found
  }

  /// CRC-32 (IEEE), one bit at a time.
  package static func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
  }
}
