import Synchronization

/// Where a command's text goes: standard output, standard error, or a test's buffer.
package protocol TextOutput: Sendable {
  /// Writes `text` as is (the caller adds newlines).
  func write(_ text: String)
  /// Whether this output is a terminal (for colour).
  var isTerminal: Bool { get }
}

extension TextOutput {
  /// Writes `text` and a newline.
  package func line(_ text: String = "") { write(text + "\n") }
}

/// A file descriptor of this process: 1 (stdout) or 2 (stderr).
package struct DescriptorOutput: TextOutput {
  package let fd: Int32
  package let isTerminal: Bool

  package init(fd: Int32) {
    self.fd = fd
    self.isTerminal = TerminalDevice.isTerminal(fd)
  }

  package func write(_ text: String) { TerminalDevice.write(fd, Array(text.utf8)) }
}

/// Collects text in memory (tests, and commands that build output before writing it).
package final class BufferOutput: TextOutput {
  private let buffer = Mutex("")
  package let isTerminal: Bool

  package init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

  package func write(_ text: String) { buffer.withLock { $0 += text } }

  /// Everything written so far.
  package var text: String { buffer.withLock { $0 } }
}
