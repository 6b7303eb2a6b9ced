import LatihBase

/// A terminal for tests: fixed input lines, captured output.
package final class ScriptedTerminal: TerminalIO {
  /// Scripted input; nil is a wait that times out (no key for the idle time), taken only
  /// by ``nextLine(idleMilliseconds:)`` with a time-out (no real waiting).
  private var inputs: [LineInput?]
  package private(set) var output = ""
  package let width: Int
  package let isInteractive: Bool
  /// The screen's rows (nil: a flowing stream, as on a pipe).
  package var height: Int?
  package let style: TextStyle
  /// The idle time-out of every read that asked for one, in order.
  package private(set) var idleWaits: [Int?] = []

  /// After the last scripted line, input ends (`endOfFile`).
  package init(
    lines: [String], width: Int = 80, height: Int? = nil, isInteractive: Bool = false,
    colored: Bool = false
  ) {
    inputs = lines.map { .line($0) }
    self.width = width
    self.height = height
    self.isInteractive = isInteractive
    self.style = TextStyle(enabled: colored)
  }

  /// Input given as raw events (lines, an interruption, end of file).
  package init(inputs: [LineInput], width: Int = 80) {
    self.inputs = inputs
    self.width = width
    self.isInteractive = false
    self.style = .plain
  }

  /// Input with idle time-outs: nil is a read that times out.
  package init(script: [LineInput?], width: Int = 80, isInteractive: Bool = false) {
    inputs = script
    self.width = width
    self.isInteractive = isInteractive
    self.style = .plain
  }

  package func nextLine() -> LineInput {
    while let first = inputs.first, first == nil { inputs.removeFirst() }
    return inputs.isEmpty ? .endOfFile : inputs.removeFirst()!
  }

  package func nextLine(idleMilliseconds: Int?) -> LineInput? {
    idleWaits.append(idleMilliseconds)
    if idleMilliseconds != nil, let first = inputs.first, first == nil {
      inputs.removeFirst()
      return nil
    }
    return nextLine()
  }

  package func write(_ text: String) { output += text }

  /// Lines not yet read.
  package var remainingInputs: Int { inputs.count }
}
