import LatihBase

/// The file `latih export` writes for a USB stick: self-describing and checksummed.
///
/// ```
/// {"format":"latih-export","version":1,"course":…,"device":…,"host":…,"created":…,"from":…,"to":…,"events":N,"participants":P,"omitted":[…]}
/// <N journal lines, seq 1…N, each with its CRC-32>
/// {"end":"latih-export","events":N,"crc":"<CRC-32 of the N lines>"}
/// ```
/// Events are in a canonical order (sessions first, then by participant id, then time and
/// id), so the same data always exports to the same lines. An export that leaves parts
/// out (``ExportPart``) writes `"host":null` without the host and lists them in
/// `omitted` (absent when nothing is left out).
package enum ExportFile {
  /// The largest export file merged, in bytes (checked before reading).
  package static let maximumBytes = 256 * 1024 * 1024

  /// The header line's facts.
  package struct Header: Hashable, Sendable {
    package var course: String
    package var device: String
    package var host: String
    package var created: Int64
    package var events: Int
  }

  /// What a file holds.
  package struct Contents: Sendable {
    package var header: Header
    /// Intact event lines with their line numbers.
    package var events: [(line: Int, event: Event)]
    /// Line numbers that are damaged (bad checksum, wrong sequence, bad participant id),
    /// plus the end line if the trailer is missing or does not match.
    package var damagedLines: [Int]

    package var isIntact: Bool { damagedLines.isEmpty }
  }

  /// Events in canonical order.
  package static func canonicalOrder(_ events: [Event]) -> [Event] {
    events.sorted { lhs, rhs in
      let left = lhs.participant ?? ""
      let right = rhs.participant ?? ""
      if left != right { return left < right }
      return Event.chronological(lhs, rhs)
    }
  }

  /// The bytes of an export of `events` (deduplicated by id).
  package static func encode(
    _ events: [Event], course: String, device: String, host: String, created: Int64,
    omitting omitted: Set<ExportPart> = []
  )
    -> [UInt8]
  {
    var seen: Set<String> = []
    var ordered = canonicalOrder(events.filter { seen.insert($0.id).inserted })
    if !omitted.isEmpty { ordered = ordered.map { $0.omitting(omitted) } }
    var header = JSONWriter()
    header.beginObject()
    header.field("format", "latih-export")
    header.field("version", 1)
    header.field("course", course)
    header.field("device", device)
    header.key("host")
    if omitted.contains(.host) { header.null() } else { header.string(host) }
    header.field("created", Timestamp.format(created))
    header.key("from")
    if let first = ordered.map(\.time).min() {
      header.string(Timestamp.format(first))
    } else {
      header.null()
    }
    header.key("to")
    if let last = ordered.map(\.time).max() {
      header.string(Timestamp.format(last))
    } else {
      header.null()
    }
    header.field("events", ordered.count)
    header.field("participants", Set(ordered.compactMap(\.participant)).count)
    if !omitted.isEmpty {
      header.key("omitted")
      header.beginArray()
      for part in omitted.sorted() { header.string(part.rawValue) }
      header.endArray()
    }
    header.endObject()
    var bytes = header.bytes + [0x0A]
    var body: [UInt8] = []
    for (index, event) in ordered.enumerated() {
      body.append(contentsOf: JournalLine.encode(event, sequence: index + 1))
    }
    bytes += body
    var trailer = JSONWriter()
    trailer.beginObject()
    trailer.field("end", "latih-export")
    trailer.field("events", ordered.count)
    trailer.field("crc", CRC32.hex(CRC32.checksum(body)))
    trailer.endObject()
    return bytes + trailer.bytes + [0x0A]
  }

  /// Reads an export; nil when the first line is not an export header.
  package static func decode(_ bytes: [UInt8]) -> Contents? {
    guard let lines = ExportLines(bytes) else { return nil }
    // Lines in memory read again as they were checked: they cannot have changed.
    guard let events = try? lines.events(Array(0..<lines.count)) else { return nil }
    return Contents(
      header: lines.header,
      events: events.indices.map { (lines.line($0) ?? 0, events[$0]) },
      damagedLines: lines.damagedLines)
  }
}
