/// The damaged end of a journal: an unfinished last line, with no newline after it (a
/// write cut short by a power failure or a kill, zeros left by the file system). A whole,
/// newline-terminated line is never part of it, even with a bad checksum: it may be the
/// only copy of a real event, so it is kept, skipped and reported like damage inside the
/// file (``JournalContents/skippedLines``).
package struct TornTail: Hashable, Sendable {
  /// 1-based line number where the damage starts.
  package var line: Int
  /// How many bytes it spans.
  package var bytes: Int

  package init(line: Int, bytes: Int) {
    self.line = line
    self.bytes = bytes
  }
}

/// What a journal file holds.
package struct JournalContents: Sendable {
  /// Accepted events in file order.
  package var events: [Event]
  /// The highest sequence number accepted (0 for none).
  package var lastSequence: Int
  /// Damaged whole lines (newline-terminated): skipped, left in the file, reported.
  package var skippedLines: [Int]
  /// Bytes up to the end of the last whole line (where the next append goes).
  package var intactLength: Int
  /// An unfinished last line; cut before the next append.
  package var tornTail: TornTail?
  /// With ``JournalReader/read(_:identifiersOnly:)``: the accepted events' ids (and
  /// `events` stays empty).
  var identifiers: [String] = []

  package init() {
    events = []
    lastSequence = 0
    skippedLines = []
    intactLength = 0
    tornTail = nil
  }
}

/// Reads journal bytes into events, never trusting that an append was whole.
///
/// A line is accepted when its checksum matches, it decodes, and its sequence number is
/// higher than the last accepted one: a checksum alone would accept an older line written
/// again (a replay), the sequence check refuses it.
package enum JournalReader {
  package static func read(_ bytes: [UInt8]) -> JournalContents {
    bytes.withUnsafeBufferPointer { read($0) }
  }

  package static func read(_ buffer: UnsafeBufferPointer<UInt8>) -> JournalContents {
    read(buffer, identifiersOnly: false)
  }

  /// ``read(_:)-(UnsafeBufferPointer<UInt8>)``; with `identifiersOnly`, the same lines are
  /// accepted but only their ids are kept, in `identifiers` (for merging, which needs no
  /// more and reads a million events).
  static func read(_ buffer: UnsafeBufferPointer<UInt8>, identifiersOnly: Bool)
    -> JournalContents
  {
    var contents = JournalContents()
    // About 250 bytes a line: reserving avoids regrowing the array while reading.
    if identifiersOnly {
      contents.identifiers.reserveCapacity(buffer.count / 200 + 1)
    } else {
      contents.events.reserveCapacity(buffer.count / 200 + 1)
    }
    var decoder = EventDecoder()
    decoder.identifiersOnly = identifiersOnly
    var lineStart = 0
    var lineNumber = 1
    let count = buffer.count
    while lineStart < count {
      let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: lineStart, to: count)
      if newline == count {
        // No newline after it: an append that did not finish.
        contents.tornTail = TornTail(line: lineNumber, bytes: count - lineStart)
        break
      }
      let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<newline])
      if case .success(let (sequence, event)) = JournalLine.decode(line, using: &decoder),
        sequence > contents.lastSequence
      {
        if identifiersOnly {
          contents.identifiers.append(event.id)
        } else {
          contents.events.append(event)
        }
        contents.lastSequence = sequence
      } else {
        contents.skippedLines.append(lineNumber)
      }
      contents.intactLength = newline + 1
      lineStart = newline + 1
      lineNumber += 1
    }
    return contents
  }

  /// The events on lines containing one of `needles` (checksum-verified, sequence not
  /// checked): a quick scan for the few events a roster needs from each journal.
  package static func events(in bytes: [UInt8], containing needles: [[UInt8]]) -> [Event] {
    bytes.withUnsafeBufferPointer { buffer in
      var lines: [Range<Int>] = []
      let needles = ByteSearch.Needles(needles)
      var lineStart = 0
      while lineStart < buffer.count {
        let newline = ByteSearch.firstIndex(
          of: 0x0A, in: buffer, from: lineStart, to: buffer.count)
        if needles.occur(in: buffer, from: lineStart, to: newline) {
          lines.append(lineStart..<newline)
        }
        lineStart = newline + 1
      }
      return decoded(lines, in: buffer)
    }
  }

  /// ``events(in:containing:)`` for a journal whose lines were already picked out by a
  /// reader that went through it (``CompactProgress/rosterLines``): of the `lines`, those
  /// containing one of `needles`, so the result is the same.
  package static func events(
    in bytes: [UInt8], at lines: [Range<Int>], containing needles: [[UInt8]]
  ) -> [Event] {
    bytes.withUnsafeBufferPointer { buffer in
      let needles = ByteSearch.Needles(needles)
      let found = lines.filter {
        $0.upperBound <= buffer.count
          && needles.occur(in: buffer, from: $0.lowerBound, to: $0.upperBound)
      }
      return decoded(found, in: buffer)
    }
  }

  /// The events of the `lines` of `buffer` that are checksum-verified and decode.
  private static func decoded(_ lines: [Range<Int>], in buffer: UnsafeBufferPointer<UInt8>)
    -> [Event]
  {
    var events: [Event] = []
    var decoder = EventDecoder()
    for line in lines {
      if case .success(let (_, event)) = JournalLine.decode(
        UnsafeBufferPointer(rebasing: buffer[line]), using: &decoder)
      {
        events.append(event)
      }
    }
    return events
  }
}
