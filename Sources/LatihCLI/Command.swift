/// A `latih` subcommand.
package protocol Command: Sendable {
  /// The word typed after `latih`.
  static var name: String { get }
  /// The options it accepts besides the global ones.
  static var options: [Arguments.Option] { get }
  /// Its `--help` text.
  static var help: HelpText { get }
  /// Runs it; a failure carries the message and exit status.
  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode
}
