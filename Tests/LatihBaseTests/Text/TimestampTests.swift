import LatihTestSupport
import Testing

@testable import LatihBase

@Suite struct TimestampTests {
  /// Moments worth checking: epoch, leap days (2000 is a leap year, 2100 is not), year
  /// ends, the 32-bit seconds overflow and the last representable millisecond.
  static let known: [(milliseconds: Int64, text: String)] = [
    (0, "1970-01-01T00:00:00.000Z"),
    (1, "1970-01-01T00:00:00.001Z"),
    (68_169_600_000, "1972-02-29T00:00:00.000Z"),
    (946_684_799_999, "1999-12-31T23:59:59.999Z"),
    (946_684_800_000, "2000-01-01T00:00:00.000Z"),
    (951_782_400_000, "2000-02-29T00:00:00.000Z"),
    (951_868_800_000, "2000-03-01T00:00:00.000Z"),
    (1_709_210_096_789, "2024-02-29T12:34:56.789Z"),
    (1_795_424_400_000, "2026-11-23T09:00:00.000Z"),
    (2_147_483_648_000, "2038-01-19T03:14:08.000Z"),
    (4_107_542_399_999, "2100-02-28T23:59:59.999Z"),
    (4_107_542_400_000, "2100-03-01T00:00:00.000Z"),
    (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
  ]

  @Test(arguments: known)
  func formatsKnownMoment(milliseconds: Int64, text: String) {
    #expect(Timestamp.format(milliseconds) == text)
    #expect(ReferenceTime.string(milliseconds) == text)
  }

  @Test(arguments: known)
  func parsesKnownMoment(milliseconds: Int64, text: String) {
    #expect(Timestamp.parse(Array(text.utf8)) == milliseconds)
  }

  @Test func dateIsTheFirstTenCharacters() {
    #expect(Timestamp.date(951_782_400_000) == "2000-02-29")
    #expect(Timestamp.date(946_684_799_999) == "1999-12-31")
  }

  @Test func roundTripsAndMatchesFoundationOnRandomMoments() {
    var random = SeededRandom(seed: 7)
    for _ in 0..<5000 {
      let milliseconds = Int64.random(in: 0...253_402_300_799_999, using: &random)
      let text = Timestamp.format(milliseconds)
      #expect(text == ReferenceTime.string(milliseconds))
      #expect(Timestamp.parse(Array(text.utf8)) == milliseconds)
    }
  }

  @Test func everyDayOfALeapAndACommonYearRoundTrips() {
    for start in ["2000-01-01T00:00:00.000Z", "2100-01-01T00:00:00.000Z"] {
      let first = Timestamp.parse(Array(start.utf8))!
      for day in Int64(0)..<366 {
        let text = Timestamp.format(first + day * 86_400_000 + 86_399_999)
        #expect(Timestamp.parse(Array(text.utf8)) == first + day * 86_400_000 + 86_399_999)
        #expect(ReferenceTime.milliseconds(text) == first + day * 86_400_000 + 86_399_999)
      }
    }
  }

  @Test(arguments: [
    "", "2026-11-23", "2026-11-23T09:02:47Z", "2026-11-23T09:02:47.123",
    "2026-11-23T09:02:47.123+07:00", "2026-11-23 09:02:47.123Z", "2026/11/23T09:02:47.123Z",
    "2026-11-23t09:02:47.123z", "2026-11-23T09:02:47,123Z", " 2026-11-23T09:02:47.123Z",
    "2026-11-23T09:02:47.12aZ", "-026-11-23T09:02:47.123Z", "2026-1-23T09:02:47.1234Z",
    "2026-00-10T00:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-11-00T00:00:00.000Z",
    "2026-11-32T00:00:00.000Z", "2026-04-31T00:00:00.000Z", "2026-02-29T00:00:00.000Z",
    "2100-02-29T00:00:00.000Z", "2000-02-30T00:00:00.000Z", "2026-11-23T24:00:00.000Z",
    "2026-11-23T23:60:00.000Z", "2026-11-23T23:59:60.000Z", "２０２６-11-23T09:02:47.123Z",
    "2026-11-23T09:02:47.123Z\n",
  ])
  func rejectsMalformed(text: String) {
    #expect(Timestamp.parse(Array(text.utf8)) == nil)
    #expect(ReferenceTime.milliseconds(text) == nil)
  }

  @Test(arguments: [
    ("2026-11-23", true), ("2024-02-29", true), ("2000-02-29", true), ("2026-02-29", false),
    ("2100-02-29", false), ("2026-06-31", false), ("2026-11-23 ", false), ("23-11-2026", false),
  ])
  func validDate(text: String, valid: Bool) {
    #expect(Timestamp.validDate(text) == (valid ? text : nil))
  }

  /// Reading with the day remembered gives what reading alone gives, line after line:
  /// the same day, a new day, a bad time on a remembered day, a bad date, a leap day.
  @Test func rememberedDayReadsAsAFreshRead() {
    let times = [
      "2026-06-16T01:11:03.000Z", "2026-06-16T23:59:59.999Z", "2026-06-16T24:00:00.000Z",
      "2026-06-16T01:60:00.000Z", "2026-06-16T01:11:03.000X", "2026-06-16X01:11:03.000Z",
      "2026-06-17T00:00:00.000Z", "2026-06-31T00:00:00.000Z", "2026-06-16T1:11:03.000Z",
      "2024-02-29T12:00:00.000Z", "2025-02-29T12:00:00.000Z", "2024-02-29T12:0a:00.000Z",
      "1969-12-31T23:59:59.999Z", "1969-12-31T00:00:00.001Z", "2026-06-16T01:11:03.000Z",
    ]
    var day = Timestamp.Day()
    for _ in 0..<2 {
      for text in times {
        let bytes = Array(text.utf8)
        let remembered = bytes.withUnsafeBufferPointer { Timestamp.parse(bytes: $0, day: &day) }
        let fresh = bytes.withUnsafeBufferPointer { Timestamp.parse(bytes: $0) }
        #expect(remembered == fresh, "\(text)")
      }
    }
  }
}
