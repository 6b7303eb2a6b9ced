import Synchronization

/// Where a command's text goes: standard output, standard error, or a test's buffer.
public protocol TextOutput: Sendable {
  /// Writes `text` as is (the caller adds newlines).
  func write(_ text: String)
  /// Whether this output is a terminal (for colour).
  var isTerminal: Bool { get }
}

extension TextOutput {
  /// Writes `text` and a newline.
  public func line(_ text: String = "") { write(text + "\n") }
}

/// A file descriptor of this process: 1 (stdout) or 2 (stderr).
public struct DescriptorOutput: TextOutput {
  public let fd: Int32
  public let isTerminal: Bool

  public init(fd: Int32) {
    self.fd = fd
    self.isTerminal = TerminalDevice.isTerminal(fd)
  }

  public func write(_ text: String) { TerminalDevice.write(fd, Array(text.utf8)) }
}

/// Collects text in memory (tests, and commands that build output before writing it).
public final class BufferOutput: TextOutput {
  private let buffer = Mutex("")
  public let isTerminal: Bool

  public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

  public func write(_ text: String) { buffer.withLock { $0 += text } }

  /// Everything written so far.
  public var text: String { buffer.withLock { $0 } }
}
