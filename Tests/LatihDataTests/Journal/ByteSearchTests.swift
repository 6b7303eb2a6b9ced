import Testing

@testable import LatihData

/// ``ByteSearch``'s eight-at-a-time scans agree with a plain loop.
@Suite struct ByteSearchTests {
  /// The stop a byte-at-a-time loop finds.
  static func plainStop(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start
    while index < bytes.count,
      !(bytes[index] == 0x22 || bytes[index] == 0x5C || bytes[index] < 0x20)
    {
      index += 1
    }
    return index
  }

  /// Every start in buffers of every length up to 40, with a stop byte (or none) at
  /// every place among bytes that sit near the stops' values: 0x1F/0x20/0x21/0x23,
  /// 0x5B/0x5D, and 0x80 and over (high lanes that must not pass for controls).
  @Test func stringStopMatchesAPlainLoop() {
    let fillers: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x61, 0x7F, 0x80, 0x9F, 0xA0, 0xC3, 0xFF]
    let stops: [UInt8?] = [nil, 0x22, 0x5C, 0x00, 0x1F, 0x0A]
    var checked = 0
    for length in 0...40 {
      for filler in fillers {
        for stop in stops {
          for place in 0...max(0, length - 1) {
            var bytes = (0..<length).map { fillers[($0 * 7 + Int(filler)) % fillers.count] }
            if let stop, place < length { bytes[place] = stop }
            for start in 0...length {
              let found = bytes.withUnsafeBufferPointer {
                ByteSearch.firstStringStop(in: $0, from: start)
              }
              #expect(found == Self.plainStop(bytes, from: start))
              checked += 1
            }
          }
        }
      }
    }
    #expect(checked > 50_000)
  }

  /// The eight-at-a-time ASCII check against a plain loop: every length to 40, with one
  /// byte of 0x80 or more at each place or none.
  @Test func isASCIIAgreesWithAPlainLoopAtEveryLengthAndPlace() {
    for length in 0...40 {
      for place in -1..<length {
        for high: UInt8 in [0x80, 0xC3, 0xFF] {
          var bytes = (0..<length).map { UInt8(truncatingIfNeeded: 0x20 + $0 * 3) & 0x7F }
          if place >= 0 { bytes[place] = high }
          let plain = bytes.allSatisfy { $0 < 0x80 }
          #expect(bytes.withUnsafeBufferPointer { ByteSearch.isASCII($0) } == plain)
        }
      }
    }
  }
}
