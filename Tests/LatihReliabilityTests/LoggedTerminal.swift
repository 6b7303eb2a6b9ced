import LatihTestSupport

@testable import LatihBase

/// A ``ScriptedTerminal`` whose output also goes to an ``OutputLog``.
final class LoggedTerminal: TerminalIO {
  private let scripted: ScriptedTerminal
  private let log: OutputLog

  init(lines: [String], width: Int, log: OutputLog) {
    scripted = ScriptedTerminal(lines: lines, width: width)
    self.log = log
  }

  var width: Int { scripted.width }
  var isInteractive: Bool { false }
  var style: TextStyle { .plain }
  func nextLine() -> LineInput { scripted.nextLine() }
  func write(_ text: String) { log.append(.terminal, text) }
}
