import LatihBase
import LatihTutor

/// Exit statuses, as in the command-line contract (sysexits.h values).
package enum ExitCode: Int32, Sendable {
  case ok = 0
  /// A check found errors.
  case failed = 1
  /// The command line was wrong.
  case usage = 64
  /// Input data (a file, a journal, an export) was bad.
  case badData = 65
  /// Reading or writing failed.
  case ioError = 74
  /// Ctrl-C.
  case interrupted = 130
}

/// A command that cannot go on: a message for the user and the exit status.
package struct CommandFailure: Error, Sendable {
  package var message: any LocalizedText
  package var exitCode: ExitCode

  package init(_ message: any LocalizedText, _ exitCode: ExitCode) {
    self.message = message
    self.exitCode = exitCode
  }
}

extension ExitCode {
  /// The exit status for how a tutor run ended.
  package init(_ outcome: TutorOutcome) {
    switch outcome {
    case .ok: self = .ok
    case .interrupted: self = .interrupted
    case .ioError: self = .ioError
    }
  }
}
