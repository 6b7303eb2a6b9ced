import LatihBase
import LatihCourse
import LatihData

/// Short verification codes for certificates: a keyed hash (HMAC-SHA-256) of the
/// participant id, the session id and the kind, under a secret kept in the data folder
/// (`certificate-key`, made on first use), written as 10 characters without look-alikes
/// (`XXXXX-XXXXX`, no 0, 1, I or O). `latih certificate verify CODE` recomputes the codes
/// of the people and sessions in this data folder to find the one it names.
package struct CertificateCode: Sendable {
  /// The characters of a code: digits and capitals without 0, 1, I and O.
  static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
  /// Characters in a code (5 bits each).
  static let length = 10

  let key: [UInt8]

  /// The code for `participant`'s certificate of `kind` for `session`.
  package func code(participant: String, session: String, kind: CertificateKind) -> String {
    let message = Array(
      "latih-certificate\u{0}\(participant)\u{0}\(session)\u{0}\(kind.rawValue)".utf8)
    let digest = SHA256.hmac(key: key, message: message)
    var bits: UInt64 = 0
    for byte in digest.prefix(8) { bits = bits << 8 | UInt64(byte) }
    var characters: [Character] = []
    for index in 0..<Self.length {
      characters.append(Self.alphabet[Int((bits >> UInt64(59 - 5 * index)) & 31)])
    }
    return String(characters[..<5]) + "-" + String(characters[5...])
  }

  /// A typed code in the stored form: capitals, without spaces and dashes; nil when it
  /// cannot be a code.
  package static func normalized(_ typed: String) -> String? {
    let characters = typed.uppercased().filter { $0 != "-" && $0 != " " }
    guard characters.count == length, characters.allSatisfy(alphabet.contains) else { return nil }
    return String(characters.prefix(5)) + "-" + String(characters.dropFirst(5))
  }

  /// The path of the data folder's certificate key.
  static func keyPath(_ store: DataStore) -> String {
    PathName.join(store.directory, "certificate-key")
  }

  /// The data folder's codes; nil when no certificate was ever made here.
  package static func existing(_ store: DataStore) throws(SystemError) -> CertificateCode? {
    let bytes: [UInt8]
    do {
      bytes = try store.fileSystem.readFile(keyPath(store), limit: 256)
    } catch  where error.isNotFound {
      return nil
    }
    let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
    guard text.count >= 32, DataStore.isIdentifier(String(text.prefix(32))) else { return nil }
    return CertificateCode(key: Array(text.prefix(32).utf8))
  }

  /// The data folder's codes, making its key (32 random hex digits, durable) if missing.
  package static func make(_ store: DataStore) throws(SystemError) -> CertificateCode {
    if let found = try existing(store) { return found }
    // Two Latih processes making the first certificate at once must agree on one key:
    // the first to hold the lock writes it, the other reads it after the lock.
    let lock: FolderLock
    switch try FolderLock.take("certificate.lock", in: store, seconds: 10, waiting: {}) {
    case .taken(let taken): lock = taken
    case .busy: throw SystemError.busy(.lock, path: keyPath(store))
    case .interrupted: throw SystemError(code: 4, operation: .lock, path: keyPath(store))  // EINTR
    }
    defer { lock.release() }
    if let found = try existing(store) { return found }
    let secret = store.identifiers.hex(bytes: 16)
    try store.fileSystem.writeFileDurably(keyPath(store), Array((secret + "\n").utf8))
    return CertificateCode(key: Array(secret.utf8))
  }
}
