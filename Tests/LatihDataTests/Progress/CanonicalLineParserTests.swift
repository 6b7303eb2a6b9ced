import LatihTestSupport
import Testing

@testable import LatihData

/// ``CanonicalLineParser`` reads a line only when ``EventDecoder`` accepts it, with the
/// same values: checked on every kind of event and on variants of each line with one
/// byte deleted or replaced (the parser must never accept what the decoder refuses).
@Suite struct CanonicalLineParserTests {
  /// Every kind of event, and enrolments as the tutor writes them (plain text, with and
  /// without the optional fields and a roster number), which the parser reads.
  static let samples =
    SampleEvents.everyKind + [
      SampleEvents.event(
        90,
        .enrolled(
          Enrollment(
            name: "Sri Wahyuni", group: "PKK RT 03", code: "A7", phone: "0812", rosterNumber: 12)
        )),
      SampleEvents.event(91, .enrolled(Enrollment(name: "Ibu Ani", group: "D"))),
    ]

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
    samples.compactMap { event in
      let body = Self.body(event)
      let text = String(decoding: body, as: UTF8.self)
      guard text.contains(old) else { return nil }
      return (body, Array(text.replacingOccurrences(of: old, with: new).utf8))
    }
  }

  @Test func readsOnlyWhatTheDecoderReadsTheSame() {
    var accepted = 0
    var kinds: Set<String> = []
    for event in Self.samples {
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
        case .sessionJoined, .enrolled:
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
        "session-joined", "page-reached", "enrolled",
      ])
    #expect(accepted > 100)
  }

  /// A parser that has read a line keeps its device and participant to skip checking
  /// them again (``CanonicalLineParser/EnvelopeTail``): what it then makes of each
  /// variant of every line (the same envelope, and one byte changed anywhere, the
  /// envelope included) is what a parser that read nothing before makes of it.
  @Test func readsTheNextLineAsAFreshParserDoes() {
    var accepted = 0
    for event in Self.samples {
      // Warmed with its own line, for its device and participant (a line of a type the
      // parser leaves to the decoder gives nil after its envelope is read).
      let line = Self.body(event)
      var warm = CanonicalLineParser()
      _ = line.withUnsafeBufferPointer { warm.parse($0) }
      for bytes in Self.variants(line) {
        var parser = warm
        var fresh = CanonicalLineParser()
        let found = bytes.withUnsafeBufferPointer { parser.parse($0) }
        let expected = bytes.withUnsafeBufferPointer { fresh.parse($0) }
        #expect((found == nil) == (expected == nil), "\(String(decoding: bytes, as: UTF8.self))")
        guard let found, let expected else { continue }
        #expect(String(describing: found) == String(describing: expected))
        accepted += 1
      }
    }
    #expect(accepted > 200)
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
    (#","name":"Sri Wahyuni""#, ""),
    (#","name":"Sri Wahyuni""#, #","name":7"#),
    (#","roster":12"#, #","roster":"12""#),
    (#","group":"D""#, #","group":"D","page":1"#),
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

  /// Shuffle seeds of every length the decoder reads: the parser takes the digit strings
  /// the decoder takes (up to `UInt64.max`, leading zeros too, as the tutor's 20-digit
  /// seeds are) and leaves the rest (overflow, a sign, no digits) to it.
  @Test(arguments: [
    ("18446744073709551615", true), ("00000000000000000000042", true), ("7", true),
    ("18446744073709551616", false), ("99999999999999999999", false), ("", false),
    ("+5", false), ("-1", false), ("1 2", false),
  ])
  func readsSeedsAsTheDecoderDoes(seed: String, parsed: Bool) {
    let lines = Self.lines(replacing: #""seed":"0""#, with: #""seed":"\#(seed)""#)
    for (original, bytes) in lines {
      var plain = CanonicalLineParser()
      #expect(original.withUnsafeBufferPointer { plain.parse($0) } != nil)
      var parser = CanonicalLineParser()
      var decoder = EventDecoder()
      let line = bytes.withUnsafeBufferPointer { parser.parse($0) }
      let decoded = bytes.withUnsafeBufferPointer { decoder.read($0, end: $0.count) }
      #expect((line != nil) == parsed, "\(String(decoding: bytes, as: UTF8.self))")
      guard case .lessonOpened(let opening)? = decoded?.1.body else {
        #expect(line == nil && UInt64(seed) == nil)
        continue
      }
      #expect(opening.seed == UInt64(seed))
    }
    #expect(lines.count == 1)
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

  /// Reading a line up to its trailer finds the newline the search finds, and takes or
  /// refuses the line as reading it the long way does: every kind of event, whole lines
  /// (trailer and newline too) with each byte deleted or replaced (a newline among the
  /// replacements), followed by another line or by nothing (a torn last line).
  @Test func findsTheLineEndAndTheLineAsTheLongWayDoes() {
    var canonical = 0
    var refused = 0
    for event in Self.samples {
      let line = JournalLine.encode(event, sequence: 7)
      var variants = Self.variants(line)
      for index in line.indices where line[index] != 0x0A {
        var replaced = line
        replaced[index] = 0x0A
        variants.append(replaced)
      }
      let next = JournalLine.encode(event, sequence: 8)
      for variant in variants {
        for bytes in [variant + next, variant] {
          bytes.withUnsafeBufferPointer { buffer in
            var fast = CompactProgressReader.LineReader()
            var found = CompactLine()
            guard let (accepted, newline) = fast.readCanonical(buffer, from: 0, into: &found)
            else { return }
            canonical += 1
            let searched = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: 0, to: buffer.count)
            #expect(newline == searched, "\(String(decoding: variant, as: UTF8.self))")
            guard searched < buffer.count else { return }
            var slow = CompactProgressReader.LineReader()
            let expected = slow.read(UnsafeBufferPointer(rebasing: buffer[..<searched]))
            if !accepted { refused += 1 }
            #expect(accepted == (expected != nil))
            if accepted, let expected {
              #expect(found.sequence == expected.sequence && found.time == expected.time)
              #expect(found.id.range == expected.id.range && found.kind == expected.kind)
              #expect(found.flag == expected.flag && found.isRosterEvent == expected.isRosterEvent)
            }
          }
        }
      }
    }
    // Most lines of each kind the parser reads, and some whose checksum no longer
    // matches (a byte changed inside a value) were read this way.
    #expect(canonical > 1000)
    #expect(refused > 100)
  }

  /// A body key read with one word (``CanonicalLineParser/Cursor/bodyKey()``) is what
  /// ``CanonicalLineParser/Cursor/key()`` and ``EventKey/name(_:)`` make of it: every
  /// key Latih writes, envelope keys, near misses and junk, with the line's bytes ending
  /// at every distance after the key (so both the word and the long way are taken).
  @Test func bodyKeyReadsAsKeyAndName() {
    let keys = [
      "name", "group", "code", "phone", "session", "title", "place", "date", "run", "lesson",
      "lang", "seed", "shuffled", "tag", "tag-set", "retry-of", "page", "item", "done",
      "reason", "indicator", "question", "attempt", "correct", "final", "response", "total",
      "score", "passed", "achieved", "note", "source", "other", "roster", "pin",
      "seq", "id", "t", "dev", "p", "type", "retry", "", "x", "nam", "names", "indicators",
      "indicato", "questio", "question2", "Name", "na\\me", "na\u{0}e", "achieved\"",
    ]
    var fastTaken = 0
    var known = 0
    for key in keys {
      for tail in [":\"v\",\"crc\":\"00000000\"}", ":1", ":", "", ",\"a\":2"] {
        let bytes = Array(",\"\(key)\"\(tail)".utf8)
        for end in 0...bytes.count {
          bytes.withUnsafeBufferPointer { all in
            let buffer = UnsafeBufferPointer(rebasing: all[..<end])
            var fast = CanonicalLineParser.Cursor(bytes: buffer)
            var slow = CanonicalLineParser.Cursor(bytes: buffer)
            let found = fast.bodyKey()
            var expected: EventKey?
            if let range = slow.key(),
              case .body(let body) = EventKey.name(UnsafeBufferPointer(rebasing: buffer[range]))
            {
              expected = body
            }
            #expect(found == expected, "\(key)\(tail) to \(end)")
            if found != nil {
              #expect(fast.index == slow.index, "\(key)\(tail) to \(end)")
              known += 1
              if end >= 2 + 9 { fastTaken += 1 }
            }
          }
        }
      }
    }
    #expect(known > 100)
    #expect(fastTaken > 50)
  }

  /// The trailer's first eight bytes as one word are the bytes the trailer is written
  /// with.
  @Test func trailerWordIsTheTrailersBytes() {
    let line = JournalLine.encode(Self.samples[0], sequence: 1)
    let start = line.count - 1 - JournalLine.trailerLength
    let word = line[start..<(start + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    #expect(word == JournalLine.trailerPrefixWord)
  }
}
