/// A string of decimal digits read as a 64-bit number, as `UInt64(String)` reads one
/// that holds nothing but digits: any number of them, leading zeros allowed, nil when
/// the value does not fit. A shuffle seed is written this way (up to 20 digits), so a
/// journal reader takes every seed Latih writes without making a `String`.
enum DigitString {
  /// The value of `digits`; nil when it is empty, holds anything but `0`–`9`, or is
  /// over `UInt64.max`.
  static func value(_ digits: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard !digits.isEmpty else { return nil }
    var value: UInt64 = 0
    for byte in digits {
      let digit = byte &- 0x30
      guard digit < 10 else { return nil }
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times.addingReportingOverflow(UInt64(digit))
      guard !overflowTimes, !overflowSum else { return nil }
      value = sum
    }
    return value
  }
}
