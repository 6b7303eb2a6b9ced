import LatihBase

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A 128-bit digest of a file's bytes, fast enough to take of every export before
/// checking it (four 64-bit lanes of multiply-rotate rounds, as xxHash does, at several
/// GB/s). It tells two files apart for ``MergedExports``; it is not a cryptographic hash,
/// and nothing trusts it for more than "this exact file was merged here already" (a file
/// forged to collide with one merged before is only skipped: nothing of it is written).
package struct FileDigest: Sendable {
  private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
    0x9E37_79B1_85EB_CA87, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63
  )
  private var length = 0
  private var tail: [UInt8] = []

  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

  init() {}

  /// The digest of the file at `path` and its size (read in chunks; over `limit` bytes
  /// throws `EFBIG`).
  package static func of(_ path: String, fileSystem: any FileSystem, limit: Int)
    throws(SystemError) -> (digest: String, size: Int)
  {
    let file = try fileSystem.open(path, [], permissions: 0)
    defer { try? fileSystem.close(file) }
    let tooLarge = SystemError(code: EFBIG, operation: .read, path: path)
    if try fileSystem.size(file) > limit { throw tooLarge }
    var digest = FileDigest()
    var offset = 0
    while true {
      let chunk = try fileSystem.read(file, at: offset, count: 1 << 20)
      if chunk.isEmpty { break }
      offset += chunk.count
      if offset > limit { throw tooLarge }
      digest.update(chunk)
    }
    return (digest.hex, offset)
  }

  /// The digest of `bytes`.
  package static func of(_ bytes: [UInt8]) -> String {
    var digest = FileDigest()
    digest.update(bytes)
    return digest.hex
  }

  @inline(__always)
  private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    ((lane &+ word &* prime2) << 31 | (lane &+ word &* prime2) >> 33) &* prime1
  }

  /// Takes the next bytes.
  mutating func update(_ bytes: [UInt8]) {
    var input = tail + bytes
    tail = []
    let stripes = input.count / 32
    input.withUnsafeBytes { raw in
      var (a, b, c, d) = lanes
      for stripe in 0..<stripes {
        let base = stripe * 32
        a = Self.round(
          a, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base, as: UInt64.self)))
        b = Self.round(
          b, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self)))
        c = Self.round(
          c, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self)))
        d = Self.round(
          d, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 24, as: UInt64.self)))
      }
      lanes = (a, b, c, d)
    }
    length += stripes * 32
    if stripes * 32 < input.count {
      input.removeFirst(stripes * 32)
      tail = input
    }
  }

  /// Mixes every bit of `value` into every other.
  private static func avalanche(_ value: UInt64) -> UInt64 {
    var value = value
    value ^= value >> 33
    value = value &* prime2
    value ^= value >> 29
    value = value &* 0x1656_67B1_9E37_79F9
    value ^= value >> 32
    return value
  }

  /// 32 hexadecimal digits.
  var hex: String {
    var (a, b, c, d) = lanes
    // The last bytes (fewer than 32), one lane each, then the length.
    for (index, byte) in tail.enumerated() {
      switch index % 4 {
      case 0: a = Self.round(a, UInt64(byte) | 0x100)
      case 1: b = Self.round(b, UInt64(byte) | 0x100)
      case 2: c = Self.round(c, UInt64(byte) | 0x100)
      default: d = Self.round(d, UInt64(byte) | 0x100)
      }
    }
    let total = UInt64(length + tail.count)
    let high = Self.avalanche(a ^ (b << 17 | b >> 47) ^ total)
    let low = Self.avalanche(c ^ (d << 23 | d >> 41) ^ (total &* Self.prime1) ^ high)
    return Self.hex(high) + Self.hex(low)
  }

  private static func hex(_ value: UInt64) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: 16 - text.count) + text
  }
}
