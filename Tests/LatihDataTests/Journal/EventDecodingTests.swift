import Foundation
import LatihTestSupport
import Testing

@testable import LatihData

/// The hand-written field scanner against Foundation's `JSONDecoder` and
/// `JSONSerialization`, on every line of generated journals (see ``JournalCrossCheck``).
@Suite struct EventDecodingTests {
  @Test(arguments: [UInt64(1), 2, 3])
  func generatedJournalDecodesLikeFoundation(seed: UInt64) {
    let journal = EventGenerator.journal(count: 2500, seed: seed)
    let report = JournalCrossCheck.compare(journal)
    #expect(report.lines == 2500)
    #expect(report.accepted == 2500)
    #expect(report.mismatchCount == 0, "\(report)")
  }

  @Test func aRosterNumberIsWrittenReadAndAbsentFromOlderEnrolments() throws {
    let events = [
      SampleEvents.event(1, .enrolled(Enrollment(name: "Siti", group: "Mawar", rosterNumber: 12)))
    ]
    let bytes = SampleEvents.journal(events)
    #expect(String(decoding: bytes, as: UTF8.self).contains(#""group":"Mawar","roster":12,"#))
    let report = JournalCrossCheck.compare(bytes)
    #expect(report.accepted == 1)
    #expect(report.mismatchCount == 0, "\(report)")
    let read = JournalReader.read(bytes).events
    #expect(
      read.map(\.body) == [.enrolled(Enrollment(name: "Siti", group: "Mawar", rosterNumber: 12))])
    // A line written before the field existed still reads, without a number.
    let old = SampleEvents.journal([SampleEvents.event(1, .enrolled(Enrollment(name: "Siti")))])
    #expect(!String(decoding: old, as: UTF8.self).contains("roster"))
    #expect(JournalReader.read(old).events.map(\.body) == [.enrolled(Enrollment(name: "Siti"))])
  }

  @Test func everyKindDecodesLikeFoundation() {
    let report = JournalCrossCheck.compare(SampleEvents.journal(SampleEvents.everyKind))
    #expect(report.accepted == SampleEvents.everyKind.count)
    #expect(report.mismatchCount == 0, "\(report)")
  }

  @Test func generatorCoversEveryEventType() {
    var generator = EventGenerator(seed: 1)
    let types = Set(generator.events(500).map(\.body.typeName))
    let known = Set(EventType.allCases.map(\.rawValue))
    #expect(known.isSubset(of: types))
    #expect(types.contains { !known.contains($0) })
  }

  /// Damaged journals: the reading rules (checksum, sequence, skipped lines, torn tail)
  /// must agree with the reference too.
  @Test(arguments: 0..<6)
  func damagedJournalsReadLikeTheReference(seed: Int) {
    let journal = EventGenerator.journal(count: 60, seed: UInt64(100 + seed))
    var random = SeededRandom(seed: UInt64(seed))
    for _ in 0..<100 {
      var damaged = journal
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        let index = Int.random(in: 0..<damaged.count, using: &random)
        switch Int.random(in: 0...3, using: &random) {
        case 0: damaged[index] ^= UInt8.random(in: 1...255, using: &random)
        case 1: damaged.removeSubrange(index...)
        case 2: damaged.insert(0x0A, at: index)
        default: damaged.removeSubrange(index..<min(damaged.count, index + 40))
        }
        if damaged.isEmpty { break }
      }
      let report = JournalCrossCheck.compare(damaged)
      if report.mismatchCount > 0 {
        Issue.record("the fast reader disagrees with the reference: \(report)")
        return
      }
    }
  }

  @Test func crossCheckReportsADifferentField() throws {
    let event = SampleEvents.everyKind[1]
    var other = event
    other.time += 1
    var report = JournalCrossCheck.Report()
    let reference = ReferenceJournalDecoder.Decoded(sequence: 1, event: other, extraFields: nil)
    JournalCrossCheck.compare(event, reference, line: 4, into: &report)
    #expect(report.mismatches.count == 1)
    #expect(report.mismatches.first?.hasPrefix("line 4 time:") == true)
  }

  @Test func referenceAgreesOnSampleLines() throws {
    for (offset, event) in SampleEvents.everyKind.enumerated() {
      let line = Array(JournalLine.encode(event, sequence: offset + 1).dropLast())
      let decoded = try #require(ReferenceJournalDecoder.decode(line))
      #expect(decoded.sequence == offset + 1)
      if case .unknown = event.body { continue }
      #expect(decoded.event == event)
    }
  }
}
