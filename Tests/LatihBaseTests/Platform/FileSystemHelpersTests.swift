import LatihTestSupport
import Testing

@testable import LatihBase

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct FileSystemHelpersTests {
  static let old = Array("old content\n".utf8)
  static let new = Array("new content, longer than the old one\n".utf8)

  /// Whatever call fails, the file holds the old or the new content whole, no temporary
  /// file is left behind, and the error is reported.
  @Test(
    arguments: [
      FileOperation.open, .write, .fsync, .close, .chmod, .rename, .syncDirectory,
    ], ErrorCode.writePath)
  func durableReplaceIsAllOrNothing(operation: FileOperation, code: Int32) throws {
    try TemporaryDirectory.with { directory in
      try directory.write("file", Self.old)
      let fileSystem = FaultInjectingFileSystem()
      fileSystem.fail(operation, with: code)
      let error = #expect(throws: SystemError.self) {
        try fileSystem.writeFileDurably(directory.path("file"), Self.new)
      }
      #expect(error?.code == code && error?.operation == operation)
      let content = try directory.read("file")
      let expected = operation == .syncDirectory ? Self.new : Self.old
      #expect(content == expected)
      #expect(directory.allPaths() == ["file"])
      #expect(directory.permissions("file") == 0o600)
      // The temporary file's descriptor is closed exactly once: a second close could hit
      // a descriptor another thread has opened since.
      #expect(fileSystem.calls(.close) == (operation == .open ? 0 : 1))
    }
  }

  @Test func durableReplaceSyncsTheDirectoryLast() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      try fileSystem.writeFileDurably(directory.path("file"), Self.new, permissions: 0o640)
      #expect(
        fileSystem.log.map(\.operation) == [
          .open, .write, .fsync, .close, .chmod, .rename, .syncDirectory,
        ])
      #expect(fileSystem.log.last?.path == directory.path)
      #expect(directory.permissions("file") == 0o640)
      #expect(try directory.read("file") == Self.new)
    }
  }

  @Test func privateDirectoryMakesMissingParentsAndSyncsEach() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      try fileSystem.makePrivateDirectory(directory.path("a/b/c"))
      #expect(directory.allPaths() == ["a", "a/b", "a/b/c"])
      #expect(["a", "a/b", "a/b/c"].allSatisfy { directory.permissions($0) == 0o700 })
      #expect(fileSystem.calls(.mkdir) == 3 && fileSystem.calls(.syncDirectory) == 3)
      let synced = fileSystem.log.filter { $0.operation == .syncDirectory }.map(\.path)
      #expect(synced == [directory.path, directory.path("a"), directory.path("a/b")])
      fileSystem.resetCounts()
      try fileSystem.makePrivateDirectory(directory.path("a/b/c"))
      #expect(fileSystem.calls(.mkdir) == 0)
    }
  }

  @Test func privateDirectoryRefusesAFileInTheWay() throws {
    try TemporaryDirectory.with { directory in
      try directory.write("a", "x")
      #expect(throws: SystemError(code: ENOTDIR, operation: .mkdir, path: directory.path("a"))) {
        try SystemFileSystem().makePrivateDirectory(directory.path("a"))
      }
    }
  }

  @Test func readFileRefusesLargeFilesAndDirectories() throws {
    try TemporaryDirectory.with { directory in
      try directory.write("big", [UInt8](repeating: 0x61, count: 100))
      let fileSystem = SystemFileSystem()
      #expect(try fileSystem.readFile(directory.path("big"), limit: 100).count == 100)
      #expect(throws: SystemError(code: EFBIG, operation: .read, path: directory.path("big"))) {
        try fileSystem.readFile(directory.path("big"), limit: 99)
      }
      try directory.makeDirectory("dir")
      #expect(throws: SystemError.self) {
        try fileSystem.readFile(directory.path("dir"), limit: 100)
      }
    }
  }
}
