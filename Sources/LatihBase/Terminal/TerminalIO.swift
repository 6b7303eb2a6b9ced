/// The participant's terminal: lines in, text out. The tutor and other interactive
/// flows use only this, so tests drive them with ``ScriptedTerminal``.
package protocol TerminalIO: AnyObject {
  /// Columns available for text.
  var width: Int { get }
  /// Rows of the screen now (re-read before every screen), or nil when output is not a
  /// screen (a pipe, a file): then the output is one flowing stream, never paged.
  var height: Int? { get }
  /// Whether a person is at a real terminal (input and output are TTYs): screens may be
  /// cleared. With piped input the flow is line by line, nothing cleared.
  var isInteractive: Bool { get }
  /// Styling for output (colour only on a TTY with colour allowed).
  var style: TextStyle { get }
  /// The next line typed, end of input, or an interruption.
  func nextLine() -> LineInput
  /// As ``nextLine()``, but nil when no key is pressed for `idleMilliseconds` (never
  /// when nil). A terminal that cannot wait (a test's) may never time out.
  func nextLine(idleMilliseconds: Int?) -> LineInput?
  /// As ``nextLine()``, without showing what is typed (a PIN).
  func nextSecretLine() -> LineInput
  /// Writes text as is.
  func write(_ text: String)
}

extension TerminalIO {
  /// No screen to lay out (test terminals and logs flow as one stream).
  package var height: Int? { nil }
  package func nextLine(idleMilliseconds: Int?) -> LineInput? { nextLine() }
  package func nextSecretLine() -> LineInput { nextLine() }
}

/// The process's standard input and output.
package final class StandardTerminal: TerminalIO {
  private var reader = LineReader(source: DescriptorByteSource(fd: 0))
  package let isInteractive: Bool
  package let style: TextStyle
  private let environment: [String: String]
  /// Piped input is not echoed by a terminal: repeat each line after the prompt so the
  /// transcript reads like a typed session.
  private let echoesInput: Bool

  package init(colorChoice: ColorChoice, environment: [String: String]) {
    self.environment = environment
    let outputIsTerminal = TerminalDevice.isTerminal(1)
    isInteractive = TerminalDevice.isTerminal(0) && outputIsTerminal
    echoesInput = !TerminalDevice.isTerminal(0)
    style = TextStyle(
      enabled: TextStyle.colorEnabled(
        choice: colorChoice, environment: environment, outputIsTerminal: outputIsTerminal))
  }

  /// The terminal's current width (it can change while running), else `COLUMNS`, else 80.
  package var width: Int {
    if let columns = TerminalDevice.columns(1) { return columns }
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return 80
  }

  /// The terminal's current height when a person is at it (`TIOCGWINSZ`, re-read each
  /// time so a resized window gets screens of its new size).
  package var height: Int? { isInteractive ? TerminalDevice.rows(1) : nil }

  package func nextLine() -> LineInput { nextLine(idleMilliseconds: nil)! }

  /// A line typed with echo off (on a terminal); piped input is shown as `****`.
  package func nextSecretLine() -> LineInput {
    let hidden = TerminalDevice.isTerminal(0) ? RawTerminalMode.hideInput(0) : nil
    defer { hidden?.restore() }
    let input = reader.next()
    if echoesInput, case .line = input { write("****\n") }
    return input
  }

  package func nextLine(idleMilliseconds: Int?) -> LineInput? {
    guard let input = reader.next(idleMilliseconds: idleMilliseconds) else { return nil }
    if echoesInput, case .line(let text) = input { write(TerminalSanitizer.cleanLine(text) + "\n") }
    return input
  }

  package func write(_ text: String) { TerminalDevice.write(1, Array(text.utf8)) }
}
