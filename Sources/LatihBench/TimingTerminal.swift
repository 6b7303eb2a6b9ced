import LatihBase

/// A terminal for the answer-latency benchmark: it plays a script of input lines to the
/// real ``TutorDriver`` and times, for each line marked as an answer, the interval from
/// handing the line over (the participant pressed Enter) to the driver's next write (the
/// feedback on screen). The driver appends and fsyncs the answer's event before it
/// writes anything, so the interval covers grading, the durable append and rendering.
package final class TimingTerminal: TerminalIO {
  /// One scripted line.
  package struct Line: Sendable {
    package var text: String
    /// Whether the line answers a question (and so is timed).
    package var isAnswer: Bool

    package init(_ text: String, isAnswer: Bool = false) {
      self.text = text
      self.isAnswer = isAnswer
    }
  }

  private let script: [Line]
  private var next = 0
  private var pendingSince: UInt64?
  /// Input-to-acknowledgement times of the answers, in nanoseconds, in order.
  package private(set) var latencies: [UInt64] = []
  /// Bytes written (the output itself is not kept).
  package private(set) var bytesWritten = 0
  /// Answer lines read but never acknowledged (should stay 0).
  package private(set) var unacknowledged = 0

  package let width = 80
  package let isInteractive = false
  package let style = TextStyle.plain

  package init(script: [Line]) {
    self.script = script
    latencies.reserveCapacity(script.count)
  }

  /// Lines not yet read.
  package var remaining: Int { script.count - next }

  package func nextLine() -> LineInput {
    if pendingSince != nil {
      unacknowledged += 1
      pendingSince = nil
    }
    guard next < script.count else { return .endOfFile }
    let line = script[next]
    next += 1
    if line.isAnswer { pendingSince = MonotonicClock.nanoseconds() }
    return .line(line.text)
  }

  package func write(_ text: String) {
    if let start = pendingSince {
      latencies.append(MonotonicClock.nanoseconds() - start)
      pendingSince = nil
    }
    bytesWritten += text.utf8.count
  }
}
