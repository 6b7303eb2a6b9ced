import Foundation
import Testing

@testable import LatihCore

/// A fresh directory under `/tmp` for one test, written through ``SystemFileSystem`` and
/// removed afterwards. Never the user's data or lessons.
struct TemporaryDirectory {
  let fileSystem = SystemFileSystem()
  /// The directory's absolute path.
  let path: String

  /// Creates `/tmp/latih-tests-<pid>-<random>`.
  init() throws {
    let name = "latih-tests-\(getpid())-\(SystemIdentifierSource().hex(bytes: 8))"
    path = PathName.join("/tmp", name)
    try fileSystem.makePrivateDirectory(path)
  }

  /// Runs `body` with a new temporary directory and removes it afterwards, also when
  /// `body` throws.
  static func with(_ body: (TemporaryDirectory) throws -> Void) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try body(directory)
  }

  /// The absolute path of `relative` inside the directory.
  func path(_ relative: String) -> String { PathName.join(path, relative) }

  /// Writes `text` to `relative`, creating parent directories.
  func write(_ relative: String, _ text: String) throws {
    try write(relative, Array(text.utf8))
  }

  /// Writes `bytes` to `relative`, creating parent directories.
  func write(_ relative: String, _ bytes: [UInt8]) throws {
    let full = path(relative)
    try fileSystem.makePrivateDirectory(PathName.parent(of: full))
    try fileSystem.writeFileDurably(full, bytes)
  }

  /// Makes the directory `relative` (and its parents).
  func makeDirectory(_ relative: String) throws {
    try fileSystem.makePrivateDirectory(path(relative))
  }

  /// Removes the file `relative`.
  func removeFile(_ relative: String) throws {
    try fileSystem.remove(path(relative))
  }

  /// Removes the whole directory tree. Only ever called on a path this type created.
  func remove() {
    guard path.hasPrefix("/tmp/latih-tests-") else { return }
    try? FileManager.default.removeItem(atPath: path)
  }
}
