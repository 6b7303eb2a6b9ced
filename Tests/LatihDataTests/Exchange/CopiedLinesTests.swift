import LatihBase
import LatihTestSupport
import Testing

@testable import LatihData

/// A merge copies an export's lines that are exactly what Latih writes for their events,
/// only renumbered (``JournalLine/renumber(_:sequence:into:)``), and decodes and encodes
/// any other line: either way a journal gets the bytes that encoding the event gives.
@Suite struct CopiedLinesTests {
  /// Generated events with generated ids.
  static func events(_ count: Int, seed: UInt64) -> [Event] {
    var generator = EventGenerator(seed: seed)
    return generator.events(count)
  }

  @Test func aRenumberedLineIsTheLineEncodedWithTheNewNumber() {
    for (offset, event) in Self.events(500, seed: 5).enumerated() {
      let line = JournalLine.encode(event, sequence: offset + 1)
      for sequence in [0, 1, 9, 10, 99_999, offset + 12_345] {
        var output: [UInt8] = [0x41]
        let done = line.dropLast().withUnsafeBufferPointer {
          JournalLine.renumber($0, sequence: sequence, into: &output)
        }
        #expect(done)
        #expect(output == [0x41] + JournalLine.encode(event, sequence: sequence))
      }
    }
  }

  @Test func aLineThatIsNoJournalLineIsNotRenumbered() {
    for text in [
      "", "{}", "{\"seq\":,\"id\":\"ab\",\"crc\":\"00000000\"}",
      "{\"sequence\":1,\"id\":\"ab\",\"crc\":\"00000000\"}", "{\"seq\":1,\"crc\":\"00000000\"}",
    ] {
      var output: [UInt8] = []
      let done = Array(text.utf8).withUnsafeBufferPointer {
        JournalLine.renumber($0, sequence: 3, into: &output)
      }
      #expect(!done, "\(text)")
      #expect(output.isEmpty)
    }
  }

  /// `body` (a line without its checksum) with a valid checksum.
  static func sealed(_ body: [UInt8]) -> [UInt8] {
    body + Array(",\"crc\":\"\(CRC32.hex(CRC32.checksum(body)))\"}".utf8)
  }

  @Test func journalLinesAreTheEventsEncodedWhetherCopiedOrNot() throws {
    let events = Self.events(300, seed: 8)
    let plain = ExportFile.encode(events, course: "c", device: "d", host: "h", created: 0)
    var lines = plain.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    // One line with a space after its number, another with a key Latih does not write:
    // both valid, neither Latih's own encoding.
    for (line, insert) in [(5, " "), (9, "\"later\":1,")] {
      let text = String(decoding: lines[line].dropLast(JournalLine.trailerLength), as: UTF8.self)
      let comma = try #require(text.firstIndex(of: ","))
      lines[line] = Self.sealed(
        Array((text[...comma] + insert + text[text.index(after: comma)...]).utf8))
    }
    let changed = Array(lines.joined(separator: [0x0A]))
    for bytes in [plain, changed] {
      let export = try #require(ExportLines(bytes))
      #expect(export.count == events.count)
      // (Generated events include kinds a later version writes: kept as read, and not
      // always in Latih's own key order.)
      let copied = Set((0..<export.count).filter { export.built.stored[$0].canonical })
      #expect(copied.count > events.count / 2)
      if bytes == changed { #expect(!copied.contains(4) && !copied.contains(8)) }
      let all = Array(0..<export.count)
      var output: [UInt8] = []
      let last = try export.journalLines(all, after: 41, into: &output)
      #expect(last == 41 + events.count)
      // What the old merge wrote: the lines decoded and encoded again.
      var expected: [UInt8] = []
      for (offset, event) in try export.events(all).enumerated() {
        JournalLine.encode(event, sequence: 42 + offset, into: &expected)
      }
      let same = output == expected
      #expect(same)
    }
  }

  @Test func aLineChangedSinceItWasCheckedIsNotCopied() throws {
    try TemporaryDirectory.with { directory in
      let events = Self.events(50, seed: 9)
      let bytes = ExportFile.encode(events, course: "c", device: "d", host: "h", created: 0)
      let path = directory.path("a.latih")
      try directory.fileSystem.writeFileDurably(path, bytes)
      let export = try #require(try ExportLines.read(path, fileSystem: directory.fileSystem))
      var altered = bytes
      let at = export.range(10).lowerBound + 20
      altered[at] = altered[at] == 0x61 ? 0x62 : 0x61
      try directory.fileSystem.writeFileDurably(path, altered)
      var output: [UInt8] = []
      #expect(throws: SystemError.self) {
        try export.journalLines([10], after: 0, into: &output)
      }
      #expect(try export.journalLines([9], after: 0, into: &output) == 1)
    }
  }
}
