import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#endif

/// The fault injector itself: later reliability tests rely on exactly these rules.
@Suite struct FaultInjectingFileSystemTests {
  /// Writes `count` one-byte chunks to `name`, returning which writes failed (1-based).
  static func failedWrites(
    _ fileSystem: FaultInjectingFileSystem, in directory: TemporaryDirectory, count: Int
  ) throws -> [Int] {
    let file = try fileSystem.open(directory.path("f"), [.write, .create], permissions: 0o600)
    defer { try? fileSystem.close(file) }
    return (1...count).filter { index in
      (try? fileSystem.write(file, [UInt8(index)])) == nil
    }
  }

  @Test(arguments: [
    (1, FaultInjectingFileSystem.Repetition.once, [1]), (3, .once, [3]),
    (2, .forever, [2, 3, 4, 5]),
  ])
  func nthCallFailsOnceOrForever(
    call: Int, repetition: FaultInjectingFileSystem.Repetition, failed: [Int]
  ) throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      fileSystem.fail(.write, with: ENOSPC, onCall: call, repetition)
      let failedWrites = try Self.failedWrites(fileSystem, in: directory, count: 5)
      #expect(failedWrites == failed)
      #expect(fileSystem.calls(.write) == 5)
      #expect(fileSystem.injectedFailures.map(\.injected) == failed.map { _ in ENOSPC })
      let written = (1...5).filter { !failed.contains($0) }.map(UInt8.init)
      #expect(try directory.read("f") == written)
    }
  }

  @Test func callsAreCountedFromWhenTheFaultIsAdded() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      _ = try Self.failedWrites(fileSystem, in: directory, count: 2)
      fileSystem.fail(.write, with: EIO, onCall: 2)
      #expect(try Self.failedWrites(fileSystem, in: directory, count: 3) == [2])
      #expect(fileSystem.calls(.write) == 5 && fileSystem.calls(.open) == 2)
      #expect(fileSystem.calls(.close) == 2)
      fileSystem.resetCounts()
      #expect(fileSystem.calls(.write) == 0 && fileSystem.log.isEmpty)
    }
  }

  @Test func effectsDecideWhatReachesTheDisk() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let file = try fileSystem.open(directory.path("f"), [.write, .create], permissions: 0o600)
      defer { try? fileSystem.close(file) }
      fileSystem.fail(.write, with: EIO, effect: .performed)
      #expect(throws: SystemError(code: EIO, operation: .write, path: directory.path("f"))) {
        try fileSystem.write(file, Array("abc".utf8))
      }
      fileSystem.fail(.write, with: ENOSPC, effect: .partialWrite(count: 2))
      #expect(throws: SystemError.self) { try fileSystem.write(file, Array("defg".utf8)) }
      fileSystem.fail(.write, with: ENOSPC)
      #expect(throws: SystemError.self) { try fileSystem.write(file, Array("xyz".utf8)) }
      #expect(try directory.read("f") == Array("abcde".utf8))
    }
  }

  @Test func pathFilterChoosesWhichFilesFail() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      fileSystem.inject(
        .init(
          operation: .open, code: EACCES, repetition: .forever,
          pathContains: "secret"))
      let plain = directory.path("plain")
      try fileSystem.close(try fileSystem.open(plain, [.write, .create], permissions: 0o600))
      #expect(throws: SystemError(code: EACCES, operation: .open, path: directory.path("secret"))) {
        try fileSystem.open(directory.path("secret"), [.write, .create], permissions: 0o600)
      }
      #expect(directory.allPaths() == ["plain"])
    }
  }

  @Test func lockFaultWithWouldBlockMeansBusy() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let path = directory.path("p.jsonl")
      try Journal.open(path, fileSystem: fileSystem, create: true).close()
      fileSystem.fail(.lock, with: EWOULDBLOCK)
      #expect(throws: JournalError.busy(path: path)) {
        try Journal.open(path, fileSystem: fileSystem, create: false)
      }
      #expect(fileSystem.calls(.open) == fileSystem.calls(.close))
    }
  }

  @Test func closeFaultStillReleasesTheDescriptor() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let path = directory.path("p.jsonl")
      let journal = try Journal.open(path, fileSystem: fileSystem, create: true)
      fileSystem.fail(.close, with: EIO)
      journal.close()
      let again = try Journal.reopen(path, fileSystem: fileSystem, create: false)
      again.close()
    }
  }
}
