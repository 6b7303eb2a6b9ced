import Foundation
import LatihBase

/// A fresh directory under `/tmp` for one test, written through ``SystemFileSystem`` and
/// removed afterwards, with everything in it. Never the user's data or lessons: tests pass
/// this path (or a folder inside it) explicitly wherever Latih takes a data directory.
///
/// ```swift
/// try TemporaryDirectory.with { directory in
///   let store = try DataStore.open(directory.path("data"), …)
/// }
/// ```
package struct TemporaryDirectory: Sendable {
  /// Every temporary directory's path starts with this, so ``remove()`` can refuse others.
  package static let prefix = "/tmp/latih-tests-"

  package let fileSystem = SystemFileSystem()
  /// The directory's absolute path.
  package let path: String

  /// Creates `/tmp/latih-tests-<pid>-<random>` (0700).
  package init() throws {
    path = Self.prefix + "\(getpid())-\(SystemIdentifierSource().hex(bytes: 8))"
    try fileSystem.makePrivateDirectory(path)
  }

  /// Runs `body` with a new temporary directory and removes it afterwards, also when
  /// `body` throws.
  package static func with<Result>(_ body: (TemporaryDirectory) throws -> Result) throws -> Result {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    return try body(directory)
  }

  /// The absolute path of `relative` inside the directory.
  package func path(_ relative: String) -> String { PathName.join(path, relative) }

  /// Writes `text` to `relative`, creating parent directories.
  package func write(_ relative: String, _ text: String) throws {
    try write(relative, Array(text.utf8))
  }

  /// Writes `bytes` to `relative`, creating parent directories.
  package func write(_ relative: String, _ bytes: [UInt8]) throws {
    let full = path(relative)
    try fileSystem.makePrivateDirectory(PathName.parent(of: full))
    try fileSystem.writeFileDurably(full, bytes)
  }

  /// The bytes of the file `relative`.
  package func read(_ relative: String) throws -> [UInt8] {
    try fileSystem.readFile(path(relative), limit: 1 << 28)
  }

  /// Makes the directory `relative` (and its parents).
  package func makeDirectory(_ relative: String) throws {
    try fileSystem.makePrivateDirectory(path(relative))
  }

  /// Removes the file `relative`.
  package func removeFile(_ relative: String) throws {
    try fileSystem.remove(path(relative))
  }

  /// Every file and directory below this one, as sorted relative paths (`data`,
  /// `data/device.json`, …): for checking that nothing unexpected was created.
  package func allPaths() -> [String] {
    var result: [String] = []
    func walk(_ relative: String) {
      let full = relative.isEmpty ? path : path(relative)
      for name in (try? fileSystem.contentsOfDirectory(full)) ?? [] {
        let child = relative.isEmpty ? name : PathName.join(relative, name)
        result.append(child)
        if (try? fileSystem.info(path(child)))??.kind == .directory { walk(child) }
      }
    }
    walk("")
    return result.sorted()
  }

  /// Permission bits of `relative`, such as `0o600`; nil if nothing is there.
  package func permissions(_ relative: String) -> UInt32? {
    (try? fileSystem.info(path(relative)))??.permissions
  }

  /// Removes the whole directory tree. Only ever called on a path this type created.
  package func remove() {
    guard path.hasPrefix(Self.prefix) else { return }
    try? FileManager.default.removeItem(atPath: path)
  }
}
