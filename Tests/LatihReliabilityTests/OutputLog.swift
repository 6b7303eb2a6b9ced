import Synchronization

@testable import LatihBase

/// Everything a command printed, in order, each piece stamped with a mark taken when it
/// was written (for the fault sweep: how many injected failures had happened by then, so
/// an acknowledgement printed after a failed write is caught).
final class OutputLog: Sendable {
  /// Which stream a piece went to.
  enum Stream: Sendable { case output, errors, terminal }

  /// One write.
  struct Piece: Sendable {
    var stream: Stream
    var text: String
    var mark: Int
  }

  private let pieces = Mutex<[Piece]>([])
  private let mark: @Sendable () -> Int

  /// A log whose pieces are stamped with `mark()` (0 when not given).
  init(mark: @escaping @Sendable () -> Int = { 0 }) { self.mark = mark }

  func append(_ stream: Stream, _ text: String) {
    let stamp = mark()
    pieces.withLock { $0.append(Piece(stream: stream, text: text, mark: stamp)) }
  }

  var all: [Piece] { pieces.withLock { $0 } }

  /// The text written to `stream`.
  func text(_ stream: Stream) -> String {
    all.filter { $0.stream == stream }.map(\.text).joined()
  }

  /// A ``TextOutput`` writing into this log.
  func output(_ stream: Stream) -> some TextOutput { Sink(log: self, stream: stream) }

  private struct Sink: TextOutput {
    let log: OutputLog
    let stream: Stream
    var isTerminal: Bool { false }
    func write(_ text: String) { log.append(stream, text) }
  }
}
