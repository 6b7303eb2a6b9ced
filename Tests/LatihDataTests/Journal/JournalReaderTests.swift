import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct JournalReaderTests {
  /// A real journal: every kind of event, as Latih writes them.
  static let events = SampleEvents.everyKind
  static let journal = SampleEvents.journal(events)
  /// Where each line starts, and the end of the file.
  static let lineStarts: [Int] =
    [0] + journal.indices.filter { journal[$0] == 0x0A }.map { $0 + 1 }

  @Test func readsAWholeJournal() {
    let contents = JournalReader.read(Self.journal)
    #expect(contents.events == Self.events)
    #expect(contents.lastSequence == Self.events.count)
    #expect(contents.intactLength == Self.journal.count)
    #expect(contents.skippedLines.isEmpty)
    #expect(contents.tornTail == nil)
  }

  @Test func emptyJournalIsEmpty() {
    let contents = JournalReader.read([])
    #expect(contents.events.isEmpty && contents.lastSequence == 0 && contents.tornTail == nil)
  }

  /// Cut at every byte offset of the last three lines: every whole line before the cut
  /// is kept, nothing else is returned, and the cut line is reported as a torn tail.
  @Test func tornLastLineAtEveryOffset() {
    let count = Self.events.count
    var wrongCuts: [Int] = []
    for line in (count - 3)..<count {
      let start = Self.lineStarts[line]
      for cut in start..<Self.lineStarts[line + 1] {
        let contents = JournalReader.read(Array(Self.journal[..<cut]))
        let tail = cut == start ? nil : TornTail(line: line + 1, bytes: cut - start)
        let right =
          contents.events == Array(Self.events[..<line]) && contents.lastSequence == line
          && contents.intactLength == start && contents.skippedLines.isEmpty
          && contents.tornTail == tail
        if !right { wrongCuts.append(cut) }
      }
    }
    #expect(wrongCuts.isEmpty, "wrong result when cut at these byte offsets")
    let whole = JournalReader.read(Self.journal)
    #expect(whole.events.count == count && whole.tornTail == nil)
  }

  /// What reading the journal with `tail` appended must give: the events, every whole
  /// (newline-terminated) line of the tail kept and skipped, only the unfinished rest a
  /// torn tail.
  static func expectAppended(_ tail: [UInt8], _ contents: JournalContents) {
    let lastNewline = tail.lastIndex(of: 0x0A)
    let whole = tail.filter { $0 == 0x0A }.count
    #expect(contents.events == events)
    #expect(contents.skippedLines == Array((events.count + 1)..<(events.count + 1 + whole)))
    #expect(contents.intactLength == journal.count + (lastNewline.map { $0 + 1 } ?? 0))
    let rest = tail.count - (lastNewline.map { $0 + 1 } ?? 0)
    #expect(
      contents.tornTail
        == (rest == 0 ? nil : TornTail(line: events.count + 1 + whole, bytes: rest)))
  }

  /// Zeros with no newline (what a file system can leave after a power cut) are an
  /// unfinished line, cut; a whole line of zeros is kept and skipped (never deleted).
  @Test(arguments: [1, 17, 4096])
  func zerosAppendedAreATornTailUnlessNewlineTerminated(count: Int) {
    for withNewline in [false, true] {
      let tail = [UInt8](repeating: 0, count: count) + (withNewline ? [0x0A] : [])
      Self.expectAppended(tail, JournalReader.read(Self.journal + tail))
    }
  }

  @Test(arguments: UInt64(1)...8)
  func randomGarbageAppendedKeepsWholeLinesAndCutsOnlyTheUnfinishedOne(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let garbage = (0..<Int.random(in: 1...3000, using: &random)).map { _ in
      UInt8.random(in: 0...255, using: &random)
    }
    Self.expectAppended(garbage, JournalReader.read(Self.journal + garbage))
  }

  /// A whole older line written again (its checksum is fine): the sequence check refuses
  /// it; being whole, it is kept in the file and skipped, not cut.
  @Test(arguments: [0, 5, 19])
  func replayedOlderLineIsRejected(line: Int) {
    let replay = Array(Self.journal[Self.lineStarts[line]..<Self.lineStarts[line + 1]])
    let contents = JournalReader.read(Self.journal + replay)
    #expect(contents.lastSequence == Self.events.count)
    Self.expectAppended(replay, contents)
    Self.expectAppended(replay + replay, JournalReader.read(Self.journal + replay + replay))
  }

  /// The bytes of the journal with one byte of `line` (0-based) changed.
  static func damaging(_ lines: [Int], in bytes: [UInt8] = journal) -> [UInt8] {
    var damaged = bytes
    for line in lines { damaged[lineStarts[line] + 30] ^= 0x20 }
    return damaged
  }

  @Test(arguments: [[0], [2], [2, 4], [3, 4, 5], [0, 19]])
  func damageInTheMiddleIsSkippedAndKept(lines: [Int]) {
    let contents = JournalReader.read(Self.damaging(lines))
    let kept = Self.events.indices.filter { !lines.contains($0) }.map { Self.events[$0] }
    #expect(contents.events == kept)
    #expect(contents.skippedLines == lines.map { $0 + 1 })
    #expect(contents.tornTail == nil)
    #expect(contents.intactLength == Self.journal.count)
    #expect(contents.lastSequence == Self.events.count)
  }

  @Test func damageInTheMiddleAndATornTail() {
    let bytes = Self.damaging([3]) + Array(#"{"seq":99,"id""#.utf8)
    let contents = JournalReader.read(bytes)
    #expect(contents.events.count == Self.events.count - 1)
    #expect(contents.skippedLines == [4])
    #expect(contents.tornTail == TornTail(line: Self.events.count + 1, bytes: 14))
  }

  @Test func lostNewlineMergesTwoLinesIntoOneSkippedLine() {
    var bytes = Self.journal
    bytes[Self.lineStarts[3] - 1] = 0x20
    let contents = JournalReader.read(bytes)
    #expect(contents.events == Array(Self.events[..<2] + Self.events[4...]))
    #expect(contents.skippedLines == [3])
    #expect(contents.tornTail == nil)
  }

  /// Issue 16: a whole, newline-terminated last line with a bad checksum may be the only
  /// copy of a real event: it is skipped and kept, never cut as a torn tail.
  @Test func damagedWholeLastLineIsSkippedAndKeptNotCut() {
    let contents = JournalReader.read(Self.damaging([Self.events.count - 1]))
    #expect(contents.events == Array(Self.events.dropLast()))
    #expect(contents.skippedLines == [Self.events.count])
    #expect(contents.tornTail == nil)
    #expect(contents.intactLength == Self.journal.count)
  }

  /// Only an unfinished last line (no newline) is a torn tail.
  @Test func unfinishedLastLineIsATornTail() {
    let bytes = Array(Self.journal.dropLast())
    let contents = JournalReader.read(bytes)
    #expect(contents.events == Array(Self.events.dropLast()))
    #expect(contents.skippedLines.isEmpty)
    let lastLength = bytes.count - Self.lineStarts[Self.events.count - 1]
    #expect(contents.tornTail == TornTail(line: Self.events.count, bytes: lastLength))
  }

  @Test func quickScanFindsOnlyMatchingChecksummedLines() {
    let needle = [Array(#""type":"enrolled""#.utf8)]
    let bytes = Self.damaging([0])
    let found = JournalReader.events(in: bytes, containing: needle)
    #expect(found == [Self.events[1]])
    #expect(JournalReader.events(in: Self.journal, containing: needle) == Array(Self.events[..<2]))
  }
}
