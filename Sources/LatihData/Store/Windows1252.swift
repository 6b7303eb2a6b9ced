/// The Windows-1252 code page (Excel's "CSV" on an Indonesian or English Windows PC),
/// written out so decoding is the same on every platform: 0x00-0x7F is ASCII, 0xA0-0xFF
/// is Latin-1, and 0x80-0x9F is the table below; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are
/// undefined.
package enum Windows1252 {
  /// 0x80-0x9F; 0 where the code page defines nothing.
  private static let high: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,  // 88-8F
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,  // 98-9F
  ]

  /// The character `byte` stands for, or nil when Windows-1252 leaves it undefined.
  package static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
    guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
    let value = high[Int(byte - 0x80)]
    return value == 0 ? nil : Unicode.Scalar(value)
  }
}
