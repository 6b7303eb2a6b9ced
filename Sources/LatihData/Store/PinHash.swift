import LatihBase

/// A participant's 4-digit PIN as stored: never the digits, only a random salt and a
/// salted, iterated SHA-256 of them (`sha256:SALT:HASH`, hexadecimal).
///
/// Four digits keep the next person at a shared laptop out of someone's run; they do not
/// stand up to a person who holds the data folder and tries all 10,000.
package struct PinHash: Hashable, Sendable {
  /// Rounds of SHA-256.
  static let rounds = 1_000
  /// 16 hexadecimal digits.
  package let salt: String
  /// 64 hexadecimal digits.
  package let hash: String

  /// The stored form of `pin` with `salt` (16 hexadecimal digits, random per PIN).
  package init(pin: String, salt: String) {
    self.salt = salt
    hash = Self.digest(pin, salt: salt)
  }

  /// Reads the stored form; nil when it is not one.
  package init?(stored: String) {
    let parts = stored.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == "sha256", parts[1].count == 16, parts[2].count == 64,
      (parts[1] + parts[2]).allSatisfy(\.isHexDigit)
    else { return nil }
    salt = String(parts[1]).lowercased()
    hash = String(parts[2]).lowercased()
  }

  /// As stored in a `pin-set` record.
  package var stored: String { "sha256:\(salt):\(hash)" }

  /// Whether `pin` is the PIN this was made from.
  package func matches(_ pin: String) -> Bool { Self.digest(pin, salt: salt) == hash }

  /// Whether `text` is a PIN: exactly 4 ASCII digits.
  package static func isValid(_ text: String) -> Bool {
    text.count == 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  private static func digest(_ pin: String, salt: String) -> String {
    let saltBytes = Array(salt.utf8)
    var value = SHA256.hash(saltBytes + Array(pin.utf8))
    for _ in 1..<rounds { value = SHA256.hash(value + saltBytes) }
    return value.map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }.joined()
  }
}
