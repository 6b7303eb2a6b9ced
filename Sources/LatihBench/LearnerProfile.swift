/// Who a simulated participant is: how far they get, how well they answer and where
/// they stand on each indicator. Drawn once per participant, so their checklist ticks
/// and the facilitator's records agree most of the time, as in a real training.
struct LearnerProfile {
  /// Chance of a right first try.
  var skill: Double
  /// Ordinary lessons attempted, in course order.
  var lessons: Int
  /// Chance of leaving a run unfinished.
  var abandons: Double
  var takesPreTest: Double
  /// Chance the facilitator records the indicators.
  var assessed: Double
  /// Per indicator (course order): achieved.
  var indicators: [Bool]

  /// Rates in the spirit of the PKK evaluation (90% installed the app, 45% created an
  /// affiliate account, 75% can make video content); other indicators 60%.
  static let indicatorRates = [0.9, 0.45, 0.75]

  /// Draws a profile for a course with `indicatorCount` indicators and `lessonCount`
  /// ordinary lessons.
  static func draw(
    indicatorCount: Int, lessonCount: Int, using random: inout BenchRandom
  ) -> LearnerProfile {
    // How far people get: many stop after a lesson or two, a good share finish.
    let reach = random.weighted([0.10, 0.16, 0.16, 0.14, 0.12, 0.10, 0.22])
    let lessons = min(lessonCount, Int((Double(reach) / 6 * Double(lessonCount)).rounded()))
    let indicators = (0..<indicatorCount).map { index in
      random.chance(index < indicatorRates.count ? indicatorRates[index] : 0.6)
    }
    return LearnerProfile(
      skill: 0.45 + Double(random.int(0...45)) / 100, lessons: lessons,
      abandons: random.chance(0.3) ? 0.25 : 0.05, takesPreTest: 0.85, assessed: 0.8,
      indicators: indicators)
  }

  /// Whether the participant has achieved indicator `index`.
  func achieves(_ index: Int) -> Bool { indicators.indices.contains(index) && indicators[index] }
}
