import Foundation
import LatihBase
import LatihData
import Testing

@testable import LatihReport

/// Journals read once into compact records (``CompactProgressReader``) give the same
/// report as each person's full progress.
@Suite struct ReportCompactTests {
  /// The golden scenario's report from compact records of its journals, each journal
  /// written as `lines` arranges its encoded lines.
  static func compactModel(
    _ scenario: ReportScenario, _ filter: ReportFilter,
    lines: ([[UInt8]]) -> [[UInt8]] = { $0 }
  ) throws -> ReportModel {
    let sessions = SessionList(sessions: scenario.sessions)
    let vocabulary = try #require(
      ReportBuilder.vocabulary(course: scenario.course, language: .id, aliases: [:]))
    var compact: [String: CompactProgress] = [:]
    for (id, events) in scenario.events {
      let encoded = events.enumerated().map { JournalLine.encode($1, sequence: $0 + 1) }
      let bytes = Array(lines(encoded).joined())
      compact[id] = bytes.withUnsafeBufferPointer { CompactProgressReader.read($0, vocabulary) }
    }
    let roster = scenario.roster
    let builder = ReportBuilder(
      course: scenario.course, roster: roster, sessions: sessions, language: .id,
      generated: scenario.generated, utcOffset: scenario.utcOffset)
    let table = compact
    let events = scenario.events
    return try builder.build(filter) { (person: Participant) -> ReportSource in
      let records = roster.records(of: person.id)
      if records.count == 1, let progress = table[records[0].id], progress.isExact {
        return .compact(progress)
      }
      return .full(
        ParticipantProgress(
          events: records.flatMap { events[$0.id] ?? [] }))
    }
  }

  static func filters(session: String) -> [ReportFilter] {
    [
      ReportFilter(), ReportFilter(session: session), ReportFilter(by: .group),
      ReportFilter(by: .session), ReportFilter(group: "Mawar"),
    ]
  }

  @Test func sameReportAsFullProgress() throws {
    let (scenario, session) = ReportGoldenTests.scenario()
    for filter in Self.filters(session: session) {
      #expect(try Self.compactModel(scenario, filter) == scenario.model(filter))
    }
  }

  /// Lines out of time order (a merge appends older events): sorted as the full reader
  /// sorts them.
  @Test func linesOutOfOrder() throws {
    let (scenario, session) = ReportGoldenTests.scenario()
    for filter in Self.filters(session: session) {
      // Lines keep their order and sequence numbers; their times run backwards.
      var shuffled = scenario
      for (id, events) in scenario.events {
        var times = events.map(\.time)
        times.reverse()
        shuffled.events[id] = zip(events, times).map { event, time in
          var event = event
          event.time = time
          return event
        }
      }
      #expect(try Self.compactModel(shuffled, filter) == shuffled.model(filter))
    }
  }

  /// A damaged line is skipped and named, as the full reader does.
  @Test func damagedLineIsSkippedAndNamed() throws {
    let (scenario, _) = ReportGoldenTests.scenario()
    let vocabulary = try #require(
      ReportBuilder.vocabulary(course: scenario.course, language: .id, aliases: [:]))
    let (id, events) = try #require(scenario.events.max { $0.value.count < $1.value.count })
    #expect(!id.isEmpty)
    var lines = events.enumerated().map { JournalLine.encode($1, sequence: $0 + 1) }
    lines[2][10] ^= 0x01
    let bytes = Array(lines.joined()) + Array("{\"seq\":".utf8)
    let progress = bytes.withUnsafeBufferPointer { CompactProgressReader.read($0, vocabulary) }
    let full = JournalReader.read(bytes)
    #expect(progress.skippedLines == full.skippedLines)
    #expect(progress.skippedLines == [3])
    #expect(progress.tornTail == full.tornTail)
  }

  /// Lines not as Latih writes them (spaces, keys in another order, escapes) are read
  /// by the full decoder, with the same result.
  @Test func unusualLinesReadLikeTheDecoder() throws {
    let (scenario, session) = ReportGoldenTests.scenario()
    for filter in Self.filters(session: session) {
      let model = try Self.compactModel(scenario, filter) { lines in
        lines.map { line in
          // `"run":"` written with an escaped `r`, checksum made again.
          var text = String(decoding: line.dropLast(19), as: UTF8.self)
          text = text.replacingOccurrences(of: "\"run\":\"", with: "\"run\":\"\\u0072")
          let body = Array(text.utf8)
          let crc = String(CRC32.checksum(body), radix: 16)
          let padded = String(repeating: "0", count: 8 - crc.count) + crc
          return body + Array(",\"crc\":\"\(padded)\"}\n".utf8)
        }
      }
      // Every run id now starts with an escaped `r` the full reader decodes to "r".
      var renamed = scenario
      for (id, events) in scenario.events {
        renamed.events[id] = events.map { event in
          var event = event
          event.body = Self.prefixingRuns(event.body)
          return event
        }
      }
      #expect(model == (try renamed.model(filter)))
    }
  }

  /// `body` with "r" before its run id.
  static func prefixingRuns(_ body: EventBody) -> EventBody {
    switch body {
    case .lessonOpened(var value):
      value.run = "r" + value.run
      return .lessonOpened(value)
    case .pageReached(var value):
      value.run = "r" + value.run
      return .pageReached(value)
    case .answer(var value):
      value.run = "r" + value.run
      return .answer(value)
    case .checklistItem(var value):
      value.run = "r" + value.run
      return .checklistItem(value)
    case .lessonCompleted(var value):
      value.run = "r" + value.run
      return .lessonCompleted(value)
    default: return body
    }
  }
}
