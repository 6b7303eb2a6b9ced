import Foundation
import LatihData

/// Checks the fast journal path (``JournalReader`` over ``JournalLine`` and the
/// hand-written field scanner) against ``ReferenceJournalDecoder`` (Foundation's
/// `JSONDecoder` and `JSONSerialization`) on every line of a whole journal.
///
/// Reused by the decoding benchmark: any journal, generated or real, can be checked with
/// `JournalCrossCheck.compare(bytes).mismatches.isEmpty`.
package enum JournalCrossCheck {
  /// What a comparison found.
  package struct Report: CustomStringConvertible {
    /// Lines read (a last line without newline included).
    package var lines = 0
    /// Events accepted by the reference reader.
    package var accepted = 0
    /// Every difference, one per line (the first 50 are kept).
    package var mismatches: [String] = []

    package init() {}

    /// How many differences there were in all.
    package var mismatchCount = 0

    mutating func record(_ text: String) {
      mismatchCount += 1
      if mismatches.count < 50 { mismatches.append(text) }
    }

    package var description: String {
      "\(lines) lines, \(accepted) accepted, \(mismatchCount) mismatches\n"
        + mismatches.joined(separator: "\n")
    }
  }

  /// Reads `bytes` both ways, applying the documented acceptance rules in the reference
  /// (whole line, checksum, required fields, sequence above the last accepted one), and
  /// compares accepted events field by field, sequence numbers, skipped lines and the torn
  /// tail. With `canonical` (lines Latih wrote), re-encoding each accepted event must give
  /// its line back byte for byte.
  package static func compare(_ bytes: [UInt8], canonical: Bool = true) -> Report {
    var report = Report()
    let fast = JournalReader.read(bytes)
    var lastSequence = 0
    var skipped: [Int] = []
    var intactLength = 0
    var tail: TornTail?
    var accepted: [(line: Int, bytes: [UInt8], decoded: ReferenceJournalDecoder.Decoded)] = []
    var start = 0
    while start < bytes.count {
      report.lines += 1
      guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
        // Only an unfinished last line is a torn tail; whole damaged lines are skipped.
        tail = TornTail(line: report.lines, bytes: bytes.count - start)
        break
      }
      let line = Array(bytes[start..<newline])
      if let decoded = ReferenceJournalDecoder.decode(line), decoded.sequence > lastSequence {
        accepted.append((report.lines, line, decoded))
        lastSequence = decoded.sequence
      } else {
        skipped.append(report.lines)
      }
      intactLength = newline + 1
      start = newline + 1
    }
    report.accepted = accepted.count
    if fast.events.count != accepted.count {
      report.record("accepted events: fast \(fast.events.count) ≠ reference \(accepted.count)")
    }
    for (event, expected) in zip(fast.events, accepted) {
      compare(event, expected.decoded, line: expected.line, into: &report)
      if canonical {
        let encoded = JournalLine.encode(event, sequence: expected.decoded.sequence)
        if encoded != expected.bytes + [0x0A] {
          report.record("line \(expected.line): re-encoding differs from the line")
        }
      }
    }
    check("lastSequence", fast.lastSequence, lastSequence, into: &report)
    check("skippedLines", fast.skippedLines, skipped, into: &report)
    check("intactLength", fast.intactLength, intactLength, into: &report)
    check("tornTail", fast.tornTail, tail, into: &report)
    return report
  }

  /// Compares one event from the fast path with the reference's, field by field.
  package static func compare(
    _ event: Event, _ reference: ReferenceJournalDecoder.Decoded, line: Int,
    into report: inout Report
  ) {
    let expected = reference.event
    let place = "line \(line)"
    check("\(place) id", event.id, expected.id, into: &report)
    check("\(place) time", event.time, expected.time, into: &report)
    check("\(place) device", event.device, expected.device, into: &report)
    check("\(place) participant", event.participant, expected.participant, into: &report)
    guard case .unknown(let type, _) = expected.body else {
      check("\(place) body", event.body, expected.body, into: &report)
      return
    }
    guard case .unknown(let fastType, let fields) = event.body else {
      report.record("\(place): fast \(event.body) ≠ reference unknown type \(type)")
      return
    }
    check("\(place) type", fastType, type, into: &report)
    let object = "{" + fields.dropFirst() + "}"
    let parsed = try? JSONSerialization.jsonObject(with: Data(object.utf8))
    let fastFields = parsed.flatMap(ReferenceJournalDecoder.canonical)
    if fastFields == nil || fastFields != reference.extraFields {
      report.record("\(place): unknown fields \(fields) differ from the line's")
    }
  }

  private static func check<T: Equatable>(
    _ name: String, _ fast: T, _ reference: T, into report: inout Report
  ) {
    if fast != reference { report.record("\(name): fast \(fast) ≠ reference \(reference)") }
  }
}
