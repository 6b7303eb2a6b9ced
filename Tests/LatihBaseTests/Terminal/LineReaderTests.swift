import Testing

@testable import LatihBase

/// Bytes delivered as scripted reads, never from a real terminal or stdin.
struct ScriptedBytes: ByteSource {
  /// One scripted `read(2)` result.
  enum Event {
    case bytes([UInt8])
    case interrupted
    case failed
  }

  private var events: [Event]
  /// How many reads were made.
  private(set) var reads = 0

  init(_ events: [Event]) { self.events = events }

  /// `text` as UTF-8, delivered `size` bytes per read.
  init(_ text: String, chunk size: Int) {
    self.init(Array(text.utf8), chunk: size)
  }

  /// `bytes` delivered `size` bytes per read.
  init(_ bytes: [UInt8], chunk size: Int) {
    events = stride(from: 0, to: bytes.count, by: size).map {
      .bytes(Array(bytes[$0..<min(bytes.count, $0 + size)]))
    }
  }

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> TerminalDevice.ReadResult {
    reads += 1
    guard !events.isEmpty else { return .endOfFile }
    switch events.removeFirst() {
    case .interrupted: return .interrupted
    case .failed: return .failed(5)
    case .bytes(var bytes):
      // A read returns at most what fits; the rest stays for the next read.
      if bytes.count > buffer.count {
        events.insert(.bytes(Array(bytes[buffer.count...])), at: 0)
        bytes = Array(bytes[..<buffer.count])
      }
      buffer.copyBytes(from: bytes)
      return .bytes(bytes.count)
    }
  }
}

@Suite struct LineReaderTests {
  /// Everything the reader returns until the first `endOfFile` (included).
  private func readAll(_ source: ScriptedBytes) -> [LineInput] {
    var reader = LineReader(source: source)
    var result: [LineInput] = []
    while result.count < 10_000 {
      let input = reader.next()
      result.append(input)
      if input == .endOfFile { break }
    }
    return result
  }

  private static let limit = LineReader<ScriptedBytes>.maximumLineBytes

  @Test(arguments: [1, 2, 3, 5, 4096])
  func linesSplitAcrossReads(chunk: Int) {
    let source = ScriptedBytes("Halo\nDunia é😀\r\n\nakhir", chunk: chunk)
    #expect(
      readAll(source) == [.line("Halo"), .line("Dunia é😀"), .line(""), .line("akhir"), .endOfFile])
  }

  @Test func endOfFileRepeats() {
    var reader = LineReader(source: ScriptedBytes("a", chunk: 10))
    #expect(reader.next() == .line("a"))
    #expect(reader.next() == .endOfFile)
    #expect(reader.next() == .endOfFile)
  }

  @Test func emptyInput() {
    #expect(readAll(ScriptedBytes([])) == [.endOfFile])
  }

  @Test func onlyTheFinalCarriageReturnIsRemoved() {
    #expect(readAll(ScriptedBytes("a\rb\r\r\n", chunk: 2)) == [.line("a\rb\r"), .endOfFile])
  }

  @Test func invalidUTF8BecomesReplacementCharacters() {
    let source = ScriptedBytes([
      .bytes([0x61, 0xFF, 0x62, 0xC3]), .bytes([0x0A, 0xC3]), .bytes([0xA9, 0x0A]),
    ])
    #expect(readAll(source) == [.line("a\u{FFFD}b\u{FFFD}"), .line("é"), .endOfFile])
  }

  @Test func interruptionIsPassedThroughAndTheLineKept() {
    var reader = LineReader(
      source: ScriptedBytes([.bytes(Array("ab".utf8)), .interrupted, .bytes(Array("c\n".utf8))]))
    #expect(reader.next() == .interrupted)
    #expect(reader.next() == .line("abc"))
    #expect(reader.next() == .endOfFile)
  }

  @Test func failedReadEndsTheInput() {
    #expect(
      readAll(ScriptedBytes([.bytes(Array("x\ny".utf8)), .failed])) == [
        .line("x"), .line("y"), .endOfFile,
      ])
  }

  @Test(arguments: [7, 1000, 4096], [0, 1, 100, 4095, 5000, 40_000])
  func overlongLineIsCutAndTheRestDiscarded(chunk: Int, extra: Int) {
    let long = [UInt8](repeating: 0x78, count: Self.limit + extra)
    let source = ScriptedBytes(long + Array("\nnext\n".utf8), chunk: chunk)
    let expected = String(repeating: "x", count: Self.limit)
    #expect(readAll(source) == [.line(expected), .line("next"), .endOfFile])
  }

  @Test func overlongLastLineWithoutNewline() {
    let source = ScriptedBytes([UInt8](repeating: 0x79, count: Self.limit * 2 + 3), chunk: 4096)
    #expect(readAll(source) == [.line(String(repeating: "y", count: Self.limit)), .endOfFile])
  }

  @Test func limitIsSixteenKibibytes() {
    #expect(Self.limit == 16 * 1024)
  }
}
