/// How a tutor run ended; the command line maps it to an exit status.
package enum TutorOutcome: Sendable, Hashable {
  /// The participant finished or left normally (also at the end of input).
  case ok
  /// Ctrl-C.
  case interrupted
  /// Progress could not be read or saved.
  case ioError
}
