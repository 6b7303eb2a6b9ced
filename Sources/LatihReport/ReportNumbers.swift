/// A count out of a total, with its percentage rounded half up to a whole number.
///
/// Computed with integers, so `9 of 20` is exactly 45 and `1 of 8` (12.5) is 13.
package struct ReportRatio: Hashable, Sendable {
  package var count: Int
  package var total: Int

  package init(_ count: Int, of total: Int) {
    self.count = count
    self.total = total
  }

  /// The percentage, rounded half up; nil when the total is 0.
  package var percent: Int? {
    guard total > 0 else { return nil }
    return (200 * count + total) / (2 * total)
  }

  /// Whether the exact share is below one half (not the rounded percentage).
  package var isBelowHalf: Bool { 2 * count < total }

  /// Whether this share is lower than `other`'s, compared exactly.
  package func isLower(than other: ReportRatio) -> Bool {
    count * other.total < other.count * total
  }
}

/// A mean of whole-number scores (0–100), rounded half up to one decimal.
package struct ReportMean: Hashable, Sendable {
  package var sum: Int
  package var count: Int

  package init(sum: Int, count: Int) {
    self.sum = sum
    self.count = count
  }

  /// The mean in tenths (`725` for 72.5); nil when there is nothing to average.
  package var tenths: Int? {
    guard count > 0, sum >= 0 else { return nil }
    return (20 * sum + count) / (2 * count)
  }

  /// The rounded mean as a number (for JSON).
  package var value: Double? { tenths.map { Double($0) / 10 } }
}

/// The normalised gain `(meanPost − meanPre) / (100 − meanPre)`, from the unrounded means,
/// rounded half away from zero to two decimals.
///
/// With `n` pairs the fraction is `(ΣPost − ΣPre) / (100·n − ΣPre)`, so it is exact.
package struct ReportGain: Hashable, Sendable {
  package var numerator: Int
  package var denominator: Int

  package init(numerator: Int, denominator: Int) {
    self.numerator = numerator
    self.denominator = denominator
  }

  /// The gain for paired scores; nil without pairs or when the mean pre-test is 100.
  package static func of(preSum: Int, postSum: Int, pairs: Int) -> ReportGain? {
    let denominator = 100 * pairs - preSum
    guard pairs > 0, denominator > 0 else { return nil }
    return ReportGain(numerator: postSum - preSum, denominator: denominator)
  }

  /// The gain in hundredths (`45` for 0.45), rounded half away from zero.
  package var hundredths: Int {
    let magnitude = (200 * abs(numerator) + denominator) / (2 * denominator)
    return numerator < 0 ? -magnitude : magnitude
  }

  /// The rounded gain as a number (for JSON).
  package var value: Double { Double(hundredths) / 100 }
}

/// Fixed-point numbers as text with a chosen decimal separator.
enum ReportDecimal {
  /// `725`, 1 decimal → `72.5`; `-5`, 2 decimals → `-0.05`.
  static func format(_ scaled: Int, decimals: Int, separator: String = ".") -> String {
    var scale = 1
    for _ in 0..<decimals { scale *= 10 }
    let magnitude = abs(scaled)
    let fraction = String(magnitude % scale)
    let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
    return (scaled < 0 ? "-" : "") + String(magnitude / scale) + separator + padded
  }
}
