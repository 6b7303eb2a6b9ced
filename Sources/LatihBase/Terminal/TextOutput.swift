import Synchronization

/// Where a command's text goes: standard output, standard error, or a test's buffer.
package protocol TextOutput: Sendable {
  /// Writes `text` as is (the caller adds newlines).
  func write(_ text: String)
  /// Whether this output is a terminal (for colour).
  var isTerminal: Bool { get }
  /// The terminal's width now, when this output is one (lines are wrapped to it).
  var width: Int? { get }
}

extension TextOutput {
  package var width: Int? { nil }

  /// Writes `text` and a newline; on a terminal, a line wider than the window is
  /// wrapped at spaces by display width (so a 40-column phone never splits a word).
  package func line(_ text: String = "") {
    guard let width, width > 0 else {
      write(text + "\n")
      return
    }
    write(Self.fitted(text, width: width) + "\n")
  }

  /// `text` with every line wider than `width` wrapped, keeping its indent; narrower
  /// lines (tables, aligned columns) are left exactly as they are.
  package static func fitted(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard DisplayWidth.of(line) > width else { return String(line) }
      let indent = String(line.prefix { $0 == " " }.prefix(max(0, width / 2)))
      return TextWrapper.wrap(
        String(line.dropFirst(indent.count)), width: width, firstPrefix: indent,
        restPrefix: indent
      ).joined(separator: "\n")
    }.joined(separator: "\n")
  }
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

  package var width: Int? { isTerminal ? TerminalDevice.columns(fd) : nil }
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
