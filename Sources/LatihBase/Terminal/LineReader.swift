/// One thing read from the user: a line, the end of input, or an interruption.
package enum LineInput: Equatable, Sendable {
  /// A line without its line ending (`\n` or `\r\n`).
  case line(String)
  /// The input ended (Ctrl-D, end of a pipe, a closed terminal).
  case endOfFile
  /// Ctrl-C (or another stop signal) while waiting.
  case interrupted
}

/// A source of bytes for ``LineReader``: the terminal's file descriptor or a test fake.
package protocol ByteSource {
  /// Reads some bytes into `buffer`.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> TerminalDevice.ReadResult
  /// Waits up to `milliseconds` for something to read (a source that cannot wait says
  /// `.ready`, and the read waits instead).
  mutating func waitForInput(milliseconds: Int) -> RawTerminalMode.Wait
}

extension ByteSource {
  package mutating func waitForInput(milliseconds: Int) -> RawTerminalMode.Wait { .ready }
}

/// Reads lines over `read(2)`, never the standard library's line reader (which can spin
/// at 100% CPU on Linux once a SIGINT handler is installed).
///
/// Invalid UTF-8 becomes U+FFFD; a line longer than ``maximumLineBytes`` is cut there and
/// the rest of it discarded, so a pasted novel cannot exhaust memory.
package struct LineReader<Source: ByteSource> {
  /// The longest line kept, in bytes.
  package static var maximumLineBytes: Int { 16 * 1024 }

  private var source: Source
  private var buffer: [UInt8] = []
  private var start = 0
  private var ended = false
  /// Dropping the rest of an over-long line until its newline.
  private var discarding = false

  package init(source: Source) { self.source = source }

  /// The next line, end of file or interruption.
  package mutating func next() -> LineInput { next(idleMilliseconds: nil)! }

  /// As ``next()``, but nil when nothing arrives for `idleMilliseconds` (each byte
  /// starts the wait again; a line typed in part is kept for the next call). No time-out
  /// when nil.
  package mutating func next(idleMilliseconds: Int?) -> LineInput? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        // Cut here too: the newline can arrive in the same read as the excess.
        let line = takeLine(upTo: min(newline, start + Self.maximumLineBytes))
        start = newline + 1
        if discarding {
          discarding = false
          continue
        }
        return .line(line)
      }
      if discarding {
        buffer.removeAll(keepingCapacity: true)
        start = 0
      } else if buffer.count - start > Self.maximumLineBytes {
        let line = takeLine(upTo: start + Self.maximumLineBytes)
        start = buffer.count
        discarding = true
        return .line(line)
      }
      if ended {
        discarding = false
        guard start < buffer.count else { return .endOfFile }
        let line = takeLine(upTo: buffer.count)
        start = buffer.count
        return .line(line)
      }
      if let idleMilliseconds {
        switch source.waitForInput(milliseconds: idleMilliseconds) {
        case .timedOut: return nil
        case .interrupted: return .interrupted
        case .ready, .again: break
        }
      }
      if fill() == .interrupted { return .interrupted }
    }
  }

  private func takeLine(upTo end: Int) -> String {
    var stop = end
    if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
    return String(decoding: buffer[start..<stop], as: UTF8.self)
  }

  private enum FillResult { case filled, ended, interrupted }

  private mutating func fill() -> FillResult {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: 4096)
    let result = chunk.withUnsafeMutableBytes { source.read(into: $0) }
    switch result {
    case .bytes(let n):
      buffer.append(contentsOf: chunk[0..<n])
      return .filled
    case .endOfFile, .failed:
      ended = true
      return .ended
    case .interrupted:
      return .interrupted
    }
  }
}

/// Bytes from a file descriptor (the real terminal or a pipe).
package struct DescriptorByteSource: ByteSource {
  private let fd: Int32

  package init(fd: Int32) { self.fd = fd }

  package mutating func read(into buffer: UnsafeMutableRawBufferPointer)
    -> TerminalDevice.ReadResult
  {
    TerminalDevice.read(fd, into: buffer)
  }

  package mutating func waitForInput(milliseconds: Int) -> RawTerminalMode.Wait {
    RawTerminalMode.waitForInput(fd, milliseconds: milliseconds)
  }
}
