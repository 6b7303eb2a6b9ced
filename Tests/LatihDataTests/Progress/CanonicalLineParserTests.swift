import LatihTestSupport
import Testing

@testable import LatihData

/// ``CanonicalLineParser`` reads a line only when ``EventDecoder`` accepts it, with the
/// same values: checked on every kind of event and on variants of each line with one
/// byte deleted or replaced (the parser must never accept what the decoder refuses).
@Suite struct CanonicalLineParserTests {
  /// The line bytes (up to the checksum trailer) of `event` as sequence 7.
  static func body(_ event: Event) -> [UInt8] {
    Array(JournalLine.encode(event, sequence: 7).dropLast(JournalLine.trailerLength + 1))
  }

  /// `bytes` with each byte deleted, and with each byte replaced by a few that change
  /// meaning (quote, backslash, space, digit, brace, comma, letter).
  static func variants(_ bytes: [UInt8]) -> [[UInt8]] {
    var all = [bytes]
    for index in bytes.indices {
      var deleted = bytes
      deleted.remove(at: index)
      all.append(deleted)
      for byte: UInt8 in [0x22, 0x5C, 0x20, 0x30, 0x7D, 0x2C, 0x61, 0x2D] where byte != bytes[index]
      {
        var replaced = bytes
        replaced[index] = byte
        all.append(replaced)
      }
    }
    return all
  }

  /// Each sample line holding `old`, with `old` replaced by `new`: (before, after).
  static func lines(replacing old: String, with new: String) -> [([UInt8], [UInt8])] {
    SampleEvents.everyKind.compactMap { event in
      let body = Self.body(event)
      let text = String(decoding: body, as: UTF8.self)
      guard text.contains(old) else { return nil }
      return (body, Array(text.replacingOccurrences(of: old, with: new).utf8))
    }
  }

  @Test func readsOnlyWhatTheDecoderReadsTheSame() {
    var accepted = 0
    var kinds: Set<String> = []
    for event in SampleEvents.everyKind {
      for bytes in Self.variants(Self.body(event)) {
        var parser = CanonicalLineParser()
        let line = bytes.withUnsafeBufferPointer { parser.parse($0) }
        guard let line else { continue }
        accepted += 1
        var decoder = EventDecoder()
        let decoded = bytes.withUnsafeBufferPointer { decoder.read($0, end: $0.count) }
        guard let (sequence, read) = decoded else {
          Issue.record("parsed, but the decoder refuses: \(String(decoding: bytes, as: UTF8.self))")
          continue
        }
        kinds.insert(read.body.typeName)
        let text = { (found: CompactLine.Text?) in
          found.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        }
        #expect(line.sequence == sequence)
        #expect(line.time == read.time)
        #expect(text(line.id) == read.id)
        switch read.body {
        case .answer(let answer):
          #expect(line.kind == .answer && line.flag == answer.correct)
          #expect(text(line.run) == answer.run && text(line.question) == answer.question)
        case .lessonOpened(let opening):
          #expect(line.kind == .opened && text(line.lesson) == opening.lesson)
          #expect(line.isPractice == opening.isPractice)
          #expect(line.explicitTag == (opening.hasExplicitTag ? opening.tag : nil))
        case .lessonCompleted(let result):
          #expect(line.kind == .completed && line.score == result.score)
          #expect(line.flag == result.passed)
        case .checklistItem(let mark):
          #expect(line.kind == .checklist && line.flag == mark.done)
          #expect(text(line.indicator) == mark.indicator && text(line.reason) == mark.reason)
        case .indicatorRecorded(let record):
          #expect(line.kind == .indicator && line.flag == record.achieved)
          #expect(line.source == record.source && text(line.note) == record.note)
        case .sessionJoined:
          #expect(line.kind == .other && line.isRosterEvent)
        case .pageReached:
          #expect(line.kind == .other && !line.isRosterEvent)
        default:
          Issue.record("parsed an event of a type it does not read: \(read.body.typeName)")
        }
      }
    }
    // Each type the parser reads was read, untouched and in some variants.
    #expect(
      kinds == [
        "answer", "lesson-opened", "lesson-completed", "checklist-item", "indicator-recorded",
        "session-joined", "page-reached",
      ])
    #expect(accepted > 100)
  }

  /// Lines whose fields are wrong in ways one byte cannot make: a required field
  /// missing, a value of another kind, a field the type does not have. The parser takes
  /// none of them that the decoder refuses.
  @Test(arguments: [
    (#","session":"5e551011""#, ""),
    (#","session":"5e551011""#, #","session":5"#),
    (#","session":"5e551011""#, #","session":true"#),
    (#","session":"5e551011""#, #","session":"5e551011","run":"r1""#),
    (#","page":0"#, ""),
    (#","page":0"#, #","page":"0""#),
    (#","correct":false"#, #","correct":0"#),
    (#","score":0"#, #","score":false"#),
  ])
  func refusesWhatTheDecoderRefuses(old: String, new: String) {
    let lines = Self.lines(replacing: old, with: new)
    for (_, bytes) in lines {
      var parser = CanonicalLineParser()
      var decoder = EventDecoder()
      let parsed = bytes.withUnsafeBufferPointer { parser.parse($0) } != nil
      let decoded = bytes.withUnsafeBufferPointer { decoder.read($0, end: $0.count) } != nil
      #expect(!parsed || decoded, "\(String(decoding: bytes, as: UTF8.self))")
    }
    #expect(!lines.isEmpty)
  }

  /// A key or a time written with an escape: the parser (which finds a key's end by its
  /// quote alone and takes a time as its 24 bytes) does not read it another way; it
  /// refuses the line, as the decoder does.
  @Test(arguments: [
    (#","run":"#, #","r\u0075n":"#),
    (#","indicator":"#, #","indicato\u0072":"#),
    (#"Z","dev":"#, #"\u005A","dev":"#),
  ])
  func leavesEscapedKeysAndTimesToTheDecoder(old: String, new: String) {
    var tried = 0
    for (original, bytes) in Self.lines(replacing: old, with: new) {
      var plain = CanonicalLineParser()
      guard original.withUnsafeBufferPointer({ plain.parse($0) }) != nil else { continue }
      tried += 1
      var parser = CanonicalLineParser()
      var decoder = EventDecoder()
      #expect(bytes.withUnsafeBufferPointer { parser.parse($0) } == nil)
      #expect(bytes.withUnsafeBufferPointer { decoder.read($0, end: $0.count) } == nil)
    }
    #expect(tried > 0)
  }
}
