import LatihBase

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an export's bytes come from: memory, or a file read in chunks.
package enum ExportSource: Sendable {
  case bytes([UInt8])
  case file(path: String, fileSystem: any FileSystem)
}

/// Checks an export as a stream: a bounded buffer, line by line, each line capped at
/// ``EventRules/maximumLineBytes`` (a longer line is checksummed as it passes and refused
/// unread). Lines are checked in batches on all cores; what is kept of each is a few
/// fixed-size facts (``ExportLines``), so a file of any size is checked in a few MiB.
///
/// A byte-order mark at the start is dropped and a CR directly before a LF (or at the
/// very end) removed, as ``ExportLines`` explains.
struct ExportScanner {
  /// Bytes read at once from a file.
  static let chunkBytes = 1 << 20
  /// Bytes of lines checked together.
  static let batchBytes = 4 << 20

  /// A line waiting to be checked.
  enum Line {
    /// Its bytes are in ``buffer`` at `range`.
    case text(number: Int, offset: Int, range: Range<Int>)
    /// Too long to read; `id` is the id at its start, or `?`.
    case overlong(number: Int, offset: Int, id: String)
  }

  private var lineNumber = 0
  private var lineStarted = false
  private var lineStart = 0
  private var lineInBuffer = 0
  private var overlong = false
  private var heldCR = false
  private var overlongID = "?"
  private var buffer: [UInt8] = []
  private var ready: [Line] = []
  /// The last line read, which may be the trailer.
  private var pending: Line?
  private var crc: UInt32 = 0
  private var header: ExportFile.Header?
  private(set) var stopped = false
  private var built = ExportLines.Builder()
  /// The size of the whole input, which bounds the lines a header's count may reserve.
  private var inputBytes = 0

  /// Reads and checks `source`; nil when it is not an export. A file over `limit`
  /// bytes throws `EFBIG` (``SystemError/isTooLarge``), whatever its stated size.
  static func scan(_ source: ExportSource, limit: Int) throws(SystemError) -> ExportLines? {
    var scanner = ExportScanner()
    switch source {
    case .bytes(let bytes):
      guard bytes.count <= UInt32.max else { return nil }  // offsets are kept in 32 bits
      scanner.inputBytes = bytes.count
      bytes.withUnsafeBufferPointer { scanner.consume($0, at: 0) }
    case .file(let path, let fileSystem):
      let file = try fileSystem.open(path, [], permissions: 0)
      defer { try? fileSystem.close(file) }
      let tooLarge = SystemError(code: EFBIG, operation: .read, path: path)
      scanner.inputBytes = try fileSystem.size(file)
      if scanner.inputBytes > limit || scanner.inputBytes > UInt32.max { throw tooLarge }
      var offset = 0
      while !scanner.stopped {
        let chunk = try fileSystem.read(file, at: offset, count: chunkBytes)
        if chunk.isEmpty { break }
        if offset + chunk.count > limit { throw tooLarge }
        chunk.withUnsafeBufferPointer { scanner.consume($0, at: offset) }
        offset += chunk.count
      }
    }
    return scanner.finish(source)
  }

  /// Takes the next bytes of the file, which start at byte `base`.
  mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, at base: Int) {
    var position = 0
    if base == 0 && chunk.count >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF {
      position = 3
    }
    while position < chunk.count && !stopped {
      if !lineStarted { beginLine(at: base + position) }
      let newline = ByteSearch.firstIndex(of: 0x0A, in: chunk, from: position, to: chunk.count)
      append(UnsafeBufferPointer(rebasing: chunk[position..<newline]))
      if newline < chunk.count {
        endLine(newline: true)
        position = newline + 1
      } else {
        position = newline
      }
    }
  }

  private mutating func beginLine(at offset: Int) {
    if let line = pending {
      commit(line)
      pending = nil
    }
    if buffer.count >= Self.batchBytes { flush() }
    lineNumber += 1
    lineStarted = true
    lineStart = offset
    lineInBuffer = buffer.count
    overlong = false
    heldCR = false
  }

  private mutating func append(_ segment: UnsafeBufferPointer<UInt8>) {
    if overlong {
      passOver(segment)
      return
    }
    buffer.append(contentsOf: segment)
    // One byte over the cap is allowed for a CR that is dropped at the line's end.
    if buffer.count - lineInBuffer > EventRules.maximumLineBytes + 1 { becomeOverlong() }
  }

  /// The current line is too long: what is buffered of it is checksummed and dropped.
  private mutating func becomeOverlong() {
    guard lineNumber > 1 else {
      stopped = true  // a header no export has
      return
    }
    overlongID =
      buffer[lineInBuffer...].withUnsafeBufferPointer {
        LineDigest.leadingID($0).flatMap { DataStore.isIdentifier($0) ? $0 : nil }
      } ?? "?"
    let held = Array(buffer[lineInBuffer...])
    buffer.removeSubrange(lineInBuffer...)
    overlong = true
    held.withUnsafeBufferPointer { passOver($0) }
  }

  /// Checksums the bytes of a line too long to keep, holding back a final CR (dropped
  /// if the line ends right after it).
  private mutating func passOver(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !bytes.isEmpty else { return }
    if heldCR { extendCRC([0x0D]) }
    heldCR = bytes[bytes.count - 1] == 0x0D
    extendCRC(
      UnsafeRawBufferPointer(
        UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - (heldCR ? 1 : 0))])))
  }

  private mutating func extendCRC(_ bytes: UnsafeRawBufferPointer) {
    crc = CRC32.extend(crc, bytes)
  }

  private mutating func extendCRC(_ bytes: [UInt8]) {
    crc = bytes.withUnsafeBytes { CRC32.extend(crc, $0) }
  }

  private mutating func endLine(newline: Bool) {
    lineStarted = false
    if !overlong {
      if buffer.count > lineInBuffer && buffer[buffer.count - 1] == 0x0D { buffer.removeLast() }
      if buffer.count - lineInBuffer > EventRules.maximumLineBytes { becomeOverlong() }
      if stopped { return }
    }
    if overlong {
      if newline { extendCRC([0x0A]) }
      ready.append(.overlong(number: lineNumber, offset: lineStart, id: overlongID))
      return
    }
    let range = lineInBuffer..<buffer.count
    if lineNumber == 1 {
      header = Self.header(buffer[range])
      if header == nil { stopped = true }
      // Room for the lines the header announces, and no more (a grown array can be
      // twice its count); an event line is never under 64 bytes, which bounds a false count.
      built.stored.reserveCapacity(max(0, min(header?.events ?? 0, inputBytes / 64)))
      buffer.removeAll(keepingCapacity: true)
      return
    }
    pending = .text(number: lineNumber, offset: lineStart, range: range)
  }

  /// A body line: checksummed, and queued to be checked.
  private mutating func commit(_ line: Line) {
    if case .text(_, _, let range) = line {
      buffer.withUnsafeBytes { extendCRC(UnsafeRawBufferPointer(rebasing: $0[range])) }
      extendCRC([0x0A])
    }
    ready.append(line)
  }

  /// A decoder for one thread's lines.
  private static let decoder: @Sendable () -> EventDecoder = { EventDecoder() }

  /// Checks the queued lines (on all cores) and empties the buffer.
  private mutating func flush() {
    guard !ready.isEmpty else { return }
    let lines = ready
    let bytes = buffer
    let checked = ConcurrentMap.map(count: lines.count, state: Self.decoder) { decoder, index in
      ExportLines.check(lines[index], in: bytes, using: &decoder)
    }
    for (line, result) in zip(lines, checked) { built.add(line, result) }
    ready.removeAll(keepingCapacity: true)
    buffer.removeAll(keepingCapacity: true)
  }

  private mutating func finish(_ source: ExportSource) -> ExportLines? {
    if lineStarted && !stopped { endLine(newline: false) }
    guard !stopped, let header else { return nil }
    var trailer: JSONValue?
    if let line = pending, case .text(_, _, let range) = line {
      if let end = JSONValue.parse(buffer[range]), end["end"] != nil {
        trailer = end
      } else {
        commit(line)
      }
      pending = nil
    }
    flush()
    let body = lineNumber - 2
    let trailerOK =
      trailer?["events"]?.intValue == body && header.events == body
      && trailer?["crc"]?.stringValue == CRC32.hex(crc)
    if !trailerOK { built.damaged.append(lineNumber + (trailer == nil ? 1 : 0)) }
    return ExportLines(header: header, built: built, source: source)
  }

  /// The header's facts, nil when the line is not an export header.
  private static func header(_ line: ArraySlice<UInt8>) -> ExportFile.Header? {
    guard let json = JSONValue.parse(line), json["format"]?.stringValue == "latih-export",
      let course = json["course"]?.stringValue
    else { return nil }
    return ExportFile.Header(
      course: course, device: json["device"]?.stringValue ?? "?",
      host: json["host"]?.stringValue ?? "?",
      created: json["created"]?.stringValue.flatMap { Timestamp.parse(Array($0.utf8)) } ?? 0,
      events: json["events"]?.intValue ?? -1)
  }
}
