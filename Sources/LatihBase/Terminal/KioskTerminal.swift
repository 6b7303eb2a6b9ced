#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal of one remote participant (standard input and output of `latih kiosk`):
/// raw input edited by ``KioskLineEditor``, output shaped by ``TerminalCapabilities``,
/// and an idle time-out that ends the wait for a line.
package final class KioskTerminal: TerminalIO {
  package let capabilities: TerminalCapabilities
  package let style: TextStyle
  package var isInteractive: Bool { capabilities.escapes }
  /// Whether the last end of input was the idle time-out.
  package private(set) var timedOut = false

  private let input: Int32 = 0
  private let output: Int32 = 1
  private let idleMilliseconds: Int
  private let inputIsTerminal: Bool
  private var editor: KioskLineEditor
  private var ready: [LineInput] = []
  private var ended = false
  private var rawMode: RawTerminalMode?
  /// Reading a PIN: typed characters are not echoed.
  private var secret = false

  /// Sets up standard input and output; `environment` gives only `TERM`, `NO_COLOR` and
  /// the locale variables are read (see ``TerminalCapabilities``).
  package init(environment: [String: String], idleMinutes: Double) {
    inputIsTerminal = TerminalDevice.isTerminal(0)
    capabilities = TerminalCapabilities.detect(
      environment: environment, isTerminal: TerminalDevice.isTerminal(1))
    style = TextStyle(enabled: capabilities.color)
    editor = KioskLineEditor(unicode: capabilities.unicode)
    idleMilliseconds = Int(idleMinutes * 60_000)
    rawMode = inputIsTerminal ? RawTerminalMode.enter(input) : nil
  }

  /// Puts the terminal settings back (sshd closes the terminal anyway).
  package func close() { rawMode?.restore() }

  /// The width now (re-read for every screen, so a turned phone gets the new width).
  package var width: Int { TerminalDevice.columns(output) ?? 80 }
  /// The height now, when escapes may be written (so screens can be redrawn).
  package var height: Int? { capabilities.escapes ? TerminalDevice.rows(output) : nil }

  package func write(_ text: String) {
    let shown = capabilities.unicode ? text : ASCIIFallback.convert(text)
    TerminalDevice.write(output, Array(shown.utf8))
  }

  /// The next line without echoing what is typed (a PIN).
  package func nextSecretLine() -> LineInput {
    secret = true
    defer { secret = false }
    return nextLine()
  }

  /// The next line; after the configured idle time without a key press the session
  /// ends (end of input, with ``timedOut`` set).
  package func nextLine() -> LineInput {
    guard let input = nextLine(idleMilliseconds: idleMilliseconds) else {
      timedOut = true
      ended = true
      return .endOfFile
    }
    return input
  }

  /// The next line, or nil after `idleMilliseconds` without a key press (the session
  /// goes on: the tutor returns to the welcome screen).
  package func nextLine(idleMilliseconds: Int?) -> LineInput? {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let idle = idleMilliseconds ?? Int(Int32.max)
    var deadline = Self.milliseconds() + idle
    while ready.isEmpty {
      if ended { return .endOfFile }
      let left = deadline - Self.milliseconds()
      if left <= 0 { return nil }
      switch RawTerminalMode.waitForInput(input, milliseconds: left) {
      case .timedOut, .again: continue
      case .interrupted: return .interrupted
      case .ready: break
      }
      let result = buffer.withUnsafeMutableBytes { TerminalDevice.read(input, into: $0) }
      switch result {
      case .bytes(let count):
        deadline = Self.milliseconds() + idle
        take(buffer[0..<count])
      case .interrupted:
        return .interrupted
      case .endOfFile, .failed:
        ended = true
      }
    }
    return ready.removeFirst()
  }

  private static func milliseconds() -> Int { Int(MonotonicClock.nanoseconds() / 1_000_000) }

  /// Runs the bytes through the editor, echoing in one write.
  private func take(_ bytes: ArraySlice<UInt8>) {
    var echo = ""
    for byte in bytes {
      switch editor.feed(byte) {
      case .none: break
      case .echo(let text): if !secret { echo += text }
      case .line(let text):
        echo += "\n"
        ready.append(.line(text))
      case .endOfInput:
        ended = true
      case .interrupt:
        echo += "^C\n"
        ready.append(.interrupted)
      }
      if ended { break }
    }
    if inputIsTerminal && !echo.isEmpty { write(echo) }
  }
}
