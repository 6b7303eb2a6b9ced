import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

/// ``Roster/load(_:language:reading:rosterLines:)``: a roster built from the lines a
/// report's compact pass found is the roster read on its own.
@Suite struct RosterLoadTests {
  /// `line` (an encoded line with its newline) with `old` replaced by `new` and its
  /// checksum made again: a line another program could have written.
  static func rewritten(_ line: [UInt8], _ old: String, _ new: String) -> [UInt8] {
    var text = String(decoding: line.dropLast(JournalLine.trailerLength + 1), as: UTF8.self)
    text = text.replacingOccurrences(of: old, with: new)
    let body = Array(text.utf8)
    let crc = String(CRC32.checksum(body), radix: 16)
    let padded = String(repeating: "0", count: 8 - crc.count) + crc
    return body + Array(",\"crc\":\"\(padded)\"}\n".utf8)
  }

  @Test func linesFoundByTheCompactPassGiveTheSameRoster() throws {
    try TemporaryDirectory.with { directory in
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SeededIdentifierSource(seed: 9), create: true)
      let plain = try store.enroll(Enrollment(name: "Dewi", code: "D1"), session: "5e551011aa")
      let other = try store.enroll(Enrollment(name: "Ayu"), session: nil)
      let id = "00000000000000ab"
      func line(_ body: EventBody, _ sequence: Int, participant: String = id) -> [UInt8] {
        JournalLine.encode(store.event(body, participant: participant), sequence: sequence)
      }
      var damaged = line(.sessionJoined(session: "5e553033cc"), 4)
      damaged[12] ^= 1
      var torn = line(.participantRenamed(name: "Siti Aminah"), 8)
      torn.removeLast()
      let lines: [[UInt8]] = [
        line(.enrolled(Enrollment(name: "Siti")), 1),
        line(.sessionJoined(session: "5e551011aa"), 5),
        // Out of sequence: the progress reader skips it, the roster still reads it.
        line(.sessionJoined(session: "5e552022bb"), 3),
        damaged,
        // Spaced as another program might write it: the roster's search misses it.
        Self.rewritten(
          line(.sessionJoined(session: "5e554044dd"), 6), "\"type\":\"", "\"type\": \""),
        line(.participantsLinked(other: other), 7),
        torn,
      ]
      try directory.write(
        "data/participants/\(id).jsonl", String(decoding: lines.joined(), as: UTF8.self))
      let alone = try Roster.load(store)
      let vocabulary = CompactVocabulary(lessons: [], questions: [], indicators: [:], aliases: [:])
      let (together, extras) = try Roster.load(
        store, reading: { _, bytes in CompactProgressReader.read(bytes, vocabulary) },
        rosterLines: { $0.rosterLines })
      #expect(together.participants == alone.participants)
      #expect(together.people == alone.people)
      #expect(together.records(of: id) == alone.records(of: id))
      #expect(Set(extras.keys) == [plain, other, id])
      // What each reading is sure to have found, so the comparison above means something.
      let siti = try #require(alone.participant(id))
      #expect(siti.sessions == ["5e551011aa", "5e552022bb"])
      #expect(alone.records(of: id).map(\.id).contains(other))
      #expect(alone.people.contains { $0.name == "Siti Aminah" })
      #expect(extras[id]?.rosterLines.count == 6)
    }
  }
}
