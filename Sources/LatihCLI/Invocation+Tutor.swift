import LatihTutor

extension Invocation {
  /// `--idle-minutes N` (a whole number, 0 = never), else the standard 10 minutes.
  func idleMinutes() throws(CommandFailure) -> Double {
    guard let typed = arguments.value(.idleMinutes) else {
      return TutorOptions.standardIdleMinutes
    }
    guard let minutes = Int(typed), minutes >= 0, minutes <= 100_000 else {
      throw CommandFailure(CLIMessage.notANumber(option: "--idle-minutes", value: typed), .usage)
    }
    return Double(minutes)
  }
}
