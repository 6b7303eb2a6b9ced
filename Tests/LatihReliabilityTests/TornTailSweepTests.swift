import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

/// The torn-tail sweep: the last three events of a journal (a short answer, a facilitator
/// note of 4,000 characters whose line is over 5 KB, and a page visit) cut at every byte
/// offset, and at each cut also followed by zeros, random garbage or an older valid line
/// written again. Every state is opened the way Latih opens a journal, then appended to
/// and opened again.
///
/// Invariants per state: opening never crashes and never returns a wrong event; every
/// whole event before the damage is kept; an unfinished last line is cut before the next
/// append, while every whole (newline-terminated) damaged line is kept in the file and
/// skipped (issue 16: it may be the only copy of a real event); after the append the
/// journal holds the kept events and the new one, and no other damaged line.
@Suite struct TornTailSweepTests {
  /// What follows the cut.
  enum Tail: String, CaseIterable, Sendable {
    case nothing, zeros, garbage, olderLine
  }

  /// Six events; the last three are the ones swept.
  static let events: [Event] = {
    let note = (0..<4000).map { index in index % 50 == 49 ? "é" : index % 7 == 0 ? " " : "n" }
      .joined()
    let bodies: [EventBody] = [
      .enrolled(Enrollment(name: "Siti Nurhaliza", group: "Mawar")),
      .sessionJoined(session: "5e551011"),
      .lessonOpened(
        LessonOpening(run: "r1", lesson: "dasar", language: .id, seed: 7, shuffled: true)),
      .answer(
        AnswerRecord(
          run: "r1", lesson: "dasar", question: "komisi", attempt: 1, correct: true, final: true,
          response: "b")),
      .indicatorRecorded(
        IndicatorRecord(
          indicator: "affiliate-account", achieved: false, reason: "documents", note: note,
          source: .facilitator, session: "5e551011")),
      .pageReached(PageVisit(run: "r1", lesson: "dasar", page: 2)),
    ]
    return bodies.enumerated().map { index, body in
      SampleEvents.event(index + 1, body, minutes: Int64(index))
    }
  }()

  static let journal = SampleEvents.journal(events)
  /// Byte offset where each line starts, then the end of the file.
  static let lineStarts: [Int] = [0] + journal.indices.filter { journal[$0] == 0x0A }.map { $0 + 1 }

  /// The event appended after opening each damaged state.
  static let next = SampleEvents.event(
    99,
    .answer(
      AnswerRecord(
        run: "r1", lesson: "dasar", question: "umur", attempt: 1, correct: false, final: false,
        response: "a")), minutes: 60)

  /// The bytes following a cut at `offset` (the sweep starts after three whole lines).
  static func tail(_ kind: Tail, offset: Int) -> [UInt8] {
    var random = SeededRandom(seed: UInt64(offset))
    switch kind {
    case .nothing:
      return []
    case .zeros:
      return [UInt8](repeating: 0, count: Int.random(in: 1...4096, using: &random))
    case .garbage:
      return (0..<Int.random(in: 1...600, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
    case .olderLine:
      // A line already whole before the cut, written again (a replayed or duplicated block).
      let whole = lineStarts.dropFirst().filter { $0 <= offset }.count
      let line = Int.random(in: 0..<whole, using: &random)
      return Array(journal[lineStarts[line]..<lineStarts[line + 1]])
    }
  }

  @Test(arguments: Tail.allCases)
  func everyOffsetOfTheLastThreeEvents(_ kind: Tail) throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = UnsyncedFileSystem()
      let path = directory.path("p.jsonl")
      let first = Self.lineStarts[Self.events.count - 3]
      var failures: [String] = []
      var states = 0
      for offset in first...Self.journal.count {
        let tail = Self.tail(kind, offset: offset)
        if offset == Self.journal.count && tail.isEmpty { continue }
        let bytes = Array(Self.journal[..<offset]) + tail
        states += 1
        if let problem = try Self.check(bytes, offset: offset, path: path, fileSystem) {
          failures.append("offset \(offset) + \(kind) (\(tail.count) bytes): \(problem)")
        }
      }
      CampaignFigures.report("torn-tail states swept (\(kind.rawValue))", states)
      CampaignFigures.report("torn-tail states swept", states)
      #expect(failures.isEmpty, "\(failures.count) bad states, first: \(failures.prefix(5))")
    }
  }

  /// Writes `bytes`, opens, appends, reopens; nil when every invariant holds.
  static func check(_ bytes: [UInt8], offset: Int, path: String, _ fileSystem: any FileSystem)
    throws -> String?
  {
    let file = try fileSystem.open(path, [.write, .create, .truncate], permissions: 0o600)
    try fileSystem.write(file, bytes)
    try fileSystem.close(file)
    let whole = lineStarts.dropFirst().filter { $0 <= offset }.count
    let kept = Array(events[..<whole])
    // Whole (newline-terminated) lines after the damage are kept and skipped; only the
    // unfinished rest is cut.
    let intact = bytes.lastIndex(of: 0x0A).map { max($0 + 1, lineStarts[whole]) } ?? 0
    let skipped = Array(
      (whole + 1)..<(whole + 1 + bytes[lineStarts[whole]...].filter { $0 == 0x0A }.count))

    let journal = try Journal.reopen(path, fileSystem: fileSystem, create: false)
    defer { journal.close() }
    if journal.events != kept { return "opened with \(journal.events.count) events, not \(whole)" }
    if journal.contents.skippedLines != skipped {
      return "skipped \(journal.contents.skippedLines), not \(skipped)"
    }
    let damaged = bytes.count > intact
    if (journal.repairedTail != nil) != damaged {
      return "repairedTail \(String(describing: journal.repairedTail))"
    }
    if try fileSystem.readFile(path, limit: Journal.maximumBytes) != Array(bytes[..<intact]) {
      return "not cut back to \(intact) bytes"
    }
    try journal.append(next)
    journal.close()

    let again = try Journal.reopen(path, fileSystem: fileSystem, create: false)
    defer { again.close() }
    if again.events != kept + [next] { return "after the append: \(again.events.count) events" }
    if again.repairedTail != nil || again.contents.skippedLines != skipped {
      return "damage after the append"
    }
    if again.contents.lastSequence != whole + 1 { return "sequence \(again.contents.lastSequence)" }
    return nil
  }
}
