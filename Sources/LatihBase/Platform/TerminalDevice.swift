#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Raw access to the standard input, output and error descriptors.
package enum TerminalDevice {
  /// The result of one `read(2)` on an input descriptor.
  package enum ReadResult: Equatable, Sendable {
    case bytes(Int)
    case endOfFile
    /// A signal arrived while waiting (see ``InterruptSignal``).
    case interrupted
    case failed(Int32)
  }

  /// Whether `fd` is a terminal.
  package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// The terminal's width in columns, or nil if `fd` is not a terminal.
  package static func columns(_ fd: Int32) -> Int? {
    windowSize(fd).flatMap { $0.ws_col > 0 ? Int($0.ws_col) : nil }
  }

  /// The terminal's height in rows, or nil if `fd` is not a terminal.
  package static func rows(_ fd: Int32) -> Int? {
    windowSize(fd).flatMap { $0.ws_row > 0 ? Int($0.ws_row) : nil }
  }

  /// The terminal's window size (`TIOCGWINSZ`), or nil if `fd` is not a terminal.
  private static func windowSize(_ fd: Int32) -> winsize? {
    var size = winsize()
    #if canImport(Glibc)
      let request = UInt(TIOCGWINSZ)
    #else
      let request = TIOCGWINSZ
    #endif
    return ioctl(fd, request, &size) == 0 ? size : nil
  }

  /// Reads once, waiting for input or a signal (see ``InterruptSignal``): a signal that
  /// arrives before or during the wait gives "interrupted".
  package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> ReadResult {
    while true {
      if InterruptSignal.pending != nil { return .interrupted }
      if let wake = InterruptSignal.wakeDescriptor {
        var watched = [
          pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
          pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&watched, 2, -1)
        if ready == -1 {
          if errno == EINTR { continue }
          return .failed(errno)
        }
        if watched[1].revents != 0 && watched[0].revents == 0 { continue }
      }
      let n = systemRead(fd, buffer.baseAddress, buffer.count)
      if n > 0 { return .bytes(n) }
      if n == 0 { return .endOfFile }
      let code = errno
      if code == EINTR || code == EAGAIN { continue }
      return .failed(code)
    }
  }

  /// Writes all of `bytes` to `fd`; errors (a closed terminal, a full pipe) are ignored.
  package static func write(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      try? Syscall.writeAll(fd, buffer, "")
    }
  }
}

#if canImport(Glibc)
  private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    Glibc.read(fd, buffer, count)
  }
#else
  private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    Darwin.read(fd, buffer, count)
  }
#endif
