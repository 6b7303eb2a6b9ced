import LatihBase

/// Collects a file's bytes and hands them to a sink a megabyte at a time, so an export of
/// a province's data never holds its whole text.
struct ProgrammeBuffer {
  let file: String
  private(set) var bytes: [UInt8] = []
  private static let flushSize = 1 << 20

  init(file: String) {
    self.file = file
    bytes.reserveCapacity(Self.flushSize + 4096)
  }

  mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func append(_ more: [UInt8]) { bytes.append(contentsOf: more) }

  /// Hands the bytes on when there is a megabyte of them (always, with `force`).
  mutating func flush(into sink: inout some ProgrammeSink, force: Bool = false)
    throws(SystemError)
  {
    guard !bytes.isEmpty, force || bytes.count >= Self.flushSize else { return }
    try sink.write(bytes, to: file)
    bytes.removeAll(keepingCapacity: true)
  }
}
