import LatihBase

/// A terminal for tests: fixed input lines, captured output.
package final class ScriptedTerminal: TerminalIO {
  private var inputs: [LineInput]
  package private(set) var output = ""
  package let width: Int
  package let isInteractive: Bool
  /// The screen's rows (nil: a flowing stream, as on a pipe).
  package var height: Int?
  package let style: TextStyle

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

  package func nextLine() -> LineInput {
    inputs.isEmpty ? .endOfFile : inputs.removeFirst()
  }

  package func write(_ text: String) { output += text }

  /// Lines not yet read.
  package var remainingInputs: Int { inputs.count }
}
