import LatihBase
import LatihTestSupport
import Testing

@testable import LatihData

/// `latih merge` reads an export as a stream (``ExportScanner``): from a file it must
/// find exactly what the same bytes checked in memory give, whatever the line endings,
/// a line longer than a chunk or the cap, or a damaged tail; and it remembers what it
/// merged by a digest of the file's bytes.
@Suite struct StreamedExportTests {
  static func export(_ count: Int, seed: UInt64) -> [UInt8] {
    var generator = EventGenerator(seed: seed)
    let events = generator.events(count).map { event -> Event in
      var event = event
      event.id = String(UInt64(bitPattern: Int64(event.id.hashValue)), radix: 16)
        .padding(toLength: 32, withPad: "b", startingAt: 0)
      return event
    }
    return ExportFile.encode(events, course: "c", device: "d", host: "h", created: 0)
  }

  /// What a check found, in comparable form.
  static func facts(_ lines: ExportLines) -> [String] {
    lines.entries.map {
      "\($0.line) \($0.id) \($0.time) \($0.participant ?? "-") \(String(describing: $0.problem)) \($0.role)"
    } + ["damaged \(lines.damagedLines)", "header \(lines.header)"]
  }

  /// The variants: as written, CRLF with a BOM, a 3 MiB line inside, a cut trailer, a
  /// flipped byte.
  static func variants() -> [(String, [UInt8])] {
    let plain = export(400, seed: 21)
    var crlf: [UInt8] = [0xEF, 0xBB, 0xBF]
    for byte in plain {
      if byte == 0x0A { crlf.append(0x0D) }
      crlf.append(byte)
    }
    var lines = plain.split(separator: 0x0A).map(Array.init)
    let huge =
      Array("{\"seq\":7,\"id\":\"\(String(repeating: "c", count: 32))\",\"x\":\"".utf8)
      + [UInt8](repeating: 0x61, count: 3 << 20) + Array("\"}".utf8)
    lines.insert(huge, at: 7)
    let long = Array(lines.joined(separator: [0x0A])) + [0x0A]
    var flipped = plain
    flipped[plain.count / 3] ^= 0x04
    return [
      ("plain", plain), ("crlf+bom", crlf), ("3 MiB line", long),
      ("cut trailer", Array(plain.dropLast(9))), ("flipped", flipped),
    ]
  }

  @Test func aFileReadAsAStreamIsCheckedAsInMemory() throws {
    try TemporaryDirectory.with { directory in
      for (name, bytes) in Self.variants() {
        let path = directory.path(name.replacingOccurrences(of: " ", with: "-") + ".latih")
        try directory.fileSystem.writeFileDurably(path, bytes)
        let inMemory = try #require(ExportLines(bytes), "\(name)")
        let streamed = try #require(
          try ExportLines.read(path, fileSystem: directory.fileSystem), "\(name)")
        #expect(Self.facts(streamed) == Self.facts(inMemory), "\(name)")
        let all = Array(0..<streamed.count)
        let readable = all.filter { streamed.digest($0) != nil }
        #expect(try streamed.events(readable) == inMemory.events(readable), "\(name)")
      }
    }
  }

  @Test func theHugeLineIsRefusedUnreadAndTheRestIsIntact() throws {
    let (_, bytes) = Self.variants()[2]
    let lines = try #require(ExportLines(bytes))
    // (The generator's events break other rules too: only the line's length is looked at.)
    let tooLong = (0..<lines.count).filter {
      lines.problem($0) == .tooLong(field: "line", limit: EventRules.maximumLineBytes)
    }
    #expect(tooLong.count == 1)
    // The inserted line breaks the sequence after it and the trailer's count.
    #expect(!lines.isIntact)
    #expect((0..<lines.count).contains { lines.id($0) == String(repeating: "c", count: 32) })
  }

  @Test func aFileChangedAfterItsCheckIsNotApplied() throws {
    try TemporaryDirectory.with { directory in
      let bytes = Self.export(50, seed: 5)
      let path = directory.path("changing.latih")
      try directory.fileSystem.writeFileDurably(path, bytes)
      let lines = try #require(try ExportLines.read(path, fileSystem: directory.fileSystem))
      var changed = bytes
      changed[lines.entries[3].range.lowerBound + 20] ^= 0x01
      try directory.fileSystem.writeFileDurably(path, changed)
      #expect(throws: SystemError.self) { try lines.events([3]) }
      #expect(try lines.events([4]).count == 1)
    }
  }

  @Test func theDigestTellsFilesApartAndTheListKeepsThem() throws {
    try TemporaryDirectory.with { directory in
      let bytes = Self.export(120, seed: 8)
      var seen: Set<String> = [FileDigest.of(bytes)]
      for index in stride(from: 0, to: bytes.count, by: 97) {
        var other = bytes
        other[index] ^= 0x01
        #expect(seen.insert(FileDigest.of(other)).inserted, "byte \(index)")
      }
      #expect(seen.insert(FileDigest.of(Array(bytes.dropLast()))).inserted)
      let path = directory.path("file.latih")
      try directory.fileSystem.writeFileDurably(path, bytes)
      let (digest, size) = try FileDigest.of(path, fileSystem: directory.fileSystem, limit: 1 << 30)
      #expect(digest == FileDigest.of(bytes) && size == bytes.count)
      let entry = MergedExports.entry(digest: digest, size: size)
      try MergedExports.record([entry], directory: directory.path, fileSystem: directory.fileSystem)
      try MergedExports.record([entry], directory: directory.path, fileSystem: directory.fileSystem)
      #expect(
        try MergedExports.load(directory: directory.path, fileSystem: directory.fileSystem) == [
          entry
        ])
      let list = try #require(try directory.fileSystem.info(directory.path(MergedExports.fileName)))
      #expect(list.permissions == 0o600)
    }
  }
}
