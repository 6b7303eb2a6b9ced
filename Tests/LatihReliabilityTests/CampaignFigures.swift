/// The figures a reliability test measured (states swept, faults injected, inputs
/// fuzzed, …), printed as `[figure] name: value` lines; `scripts/figures` runs the tests
/// and adds up lines of the same name for RELIABILITY.md.
enum CampaignFigures {
  /// Prints one figure.
  static func report(_ name: String, _ value: Int) {
    print("[figure] \(name): \(value)")
  }
}
