import LatihCore

/// A terminal for the answer-latency benchmark: it plays a script of input lines to the
/// real ``TutorDriver`` and times, for each line marked as an answer, the interval from
/// handing the line over (the participant pressed Enter) to the driver's next write (the
/// feedback on screen). The driver appends and fsyncs the answer's event before it
/// writes anything, so the interval covers grading, the durable append and rendering.
public final class TimingTerminal: TerminalIO {
  /// One scripted line.
  public struct Line: Sendable {
    public var text: String
    /// Whether the line answers a question (and so is timed).
    public var isAnswer: Bool

    public init(_ text: String, isAnswer: Bool = false) {
      self.text = text
      self.isAnswer = isAnswer
    }
  }

  private let script: [Line]
  private var next = 0
  private var pendingSince: UInt64?
  /// Input-to-acknowledgement times of the answers, in nanoseconds, in order.
  public private(set) var latencies: [UInt64] = []
  /// Bytes written (the output itself is not kept).
  public private(set) var bytesWritten = 0
  /// Answer lines read but never acknowledged (should stay 0).
  public private(set) var unacknowledged = 0

  public let width = 80
  public let isInteractive = false
  public let style = TextStyle.plain

  public init(script: [Line]) {
    self.script = script
    latencies.reserveCapacity(script.count)
  }

  /// Lines not yet read.
  public var remaining: Int { script.count - next }

  public func nextLine() -> LineInput {
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

  public func write(_ text: String) {
    if let start = pendingSince {
      latencies.append(MonotonicClock.nanoseconds() - start)
      pendingSince = nil
    }
    bytesWritten += text.utf8.count
  }
}
