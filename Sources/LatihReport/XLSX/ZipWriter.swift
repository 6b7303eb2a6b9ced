import LatihData

/// A ZIP archive of stored (uncompressed) entries, the container of an xlsx workbook.
///
/// Each entry is a local file header and its bytes; the central directory and the end of
/// central directory record follow (PKWARE APPNOTE 6.3, no ZIP64: an archive and each
/// entry stay under 4 GiB, far beyond any report). Every entry carries the same fixed DOS
/// date and time (1980-01-01 00:00), so the same report gives the same bytes.
package struct ZipWriter: Sendable {
  /// An entry already written: what the central directory repeats about it.
  private struct Entry: Sendable {
    var name: [UInt8]
    var crc: UInt32
    var size: UInt32
    var offset: UInt32
  }

  /// 1980-01-01 in MS-DOS date format (day 1, month 1, year 1980 + 0).
  package static let dosDate: UInt16 = 0x0021
  /// 00:00:00 in MS-DOS time format.
  package static let dosTime: UInt16 = 0
  /// Version 2.0 (needed to extract: stored entries in folders).
  private static let version: UInt16 = 20

  private var bytes: [UInt8] = []
  private var entries: [Entry] = []

  package init() {}

  /// Adds `data` as the stored entry `name` (a relative path with `/` separators).
  package mutating func add(_ name: String, _ data: [UInt8]) {
    precondition(data.count < Int(UInt32.max) && bytes.count < Int(UInt32.max), "ZIP64 needed")
    let entry = Entry(
      name: Array(name.utf8), crc: CRC32.checksum(data), size: UInt32(data.count),
      offset: UInt32(bytes.count))
    append32(0x0403_4B50)
    appendCommon(entry)
    bytes += entry.name
    bytes += data
    entries.append(entry)
  }

  /// The archive: entries, central directory, end of central directory record.
  package func finish() -> [UInt8] {
    var archive = self
    let directoryStart = UInt32(archive.bytes.count)
    for entry in entries {
      archive.append32(0x0201_4B50)
      archive.append16(Self.version)  // made by: MS-DOS attributes, version 2.0
      archive.appendCommon(entry)
      archive.append16(0)  // file comment length
      archive.append16(0)  // disk number start
      archive.append16(0)  // internal attributes
      archive.append32(0)  // external attributes
      archive.append32(entry.offset)
      archive.bytes += entry.name
    }
    let directorySize = UInt32(archive.bytes.count) - directoryStart
    archive.append32(0x0605_4B50)
    archive.append16(0)  // this disk
    archive.append16(0)  // disk with the central directory
    archive.append16(UInt16(entries.count))
    archive.append16(UInt16(entries.count))
    archive.append32(directorySize)
    archive.append32(directoryStart)
    archive.append16(0)  // comment length
    return archive.bytes
  }

  /// The fields a local header and a central directory header share, from "version
  /// needed" to "extra field length".
  private mutating func appendCommon(_ entry: Entry) {
    append16(Self.version)
    append16(0)  // flags: no encryption, no data descriptor, ASCII names
    append16(0)  // method: stored
    append16(Self.dosTime)
    append16(Self.dosDate)
    append32(entry.crc)
    append32(entry.size)  // compressed size
    append32(entry.size)  // uncompressed size
    append16(UInt16(entry.name.count))
    append16(0)  // extra field length
  }

  private mutating func append16(_ value: UInt16) {
    bytes.append(UInt8(value & 0xFF))
    bytes.append(UInt8(value >> 8))
  }

  private mutating func append32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      bytes.append(UInt8((value >> UInt32(shift)) & 0xFF))
    }
  }
}
