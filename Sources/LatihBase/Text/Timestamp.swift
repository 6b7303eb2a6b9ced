/// UTC timestamps in milliseconds, written as ISO 8601 (`2026-11-23T09:02:47.123Z`).
///
/// Two ranges matter:
/// - ``window`` (2000-01-01 … 2100-01-01 UTC, both included): the times Latih stamps and
///   accepts from elsewhere. The clock is read through it (``Clock/now()``), a journal's
///   "latest + 1 ms" stamping stays in it (``next(after:now:)``), and a merge refuses
///   events outside it (``isSane(_:)``).
/// - ``representable`` (years 0000 … 9999): what the four-digit format can say. ``format(_:)``
///   and the journal writer clamp to it, so the reader accepts every time the writer
///   writes, whatever the number (a journal line is never lost to its own time).
package enum Timestamp {
  /// 2000-01-01T00:00:00.000Z … 2100-01-01T00:00:00.000Z: every time Latih stamps lies
  /// here, and events merged from elsewhere must too. A laptop whose clock battery died
  /// (1970) or that was set to 2200 still stamps inside it.
  package static let window: ClosedRange<Int64> = 946_684_800_000...4_102_444_800_000

  /// 0000-01-01T00:00:00.000Z … 9999-12-31T23:59:59.999Z: what ``parse(_:)`` accepts.
  package static let representable: ClosedRange<Int64> = -62_167_219_200_000...253_402_300_799_999

  /// Whether `milliseconds` lies in ``window``: the one test of a time from elsewhere
  /// (merge) or from a clock.
  package static func isSane(_ milliseconds: Int64) -> Bool { window.contains(milliseconds) }

  /// `milliseconds` moved into ``window`` (the nearest end when outside).
  package static func clamped(_ milliseconds: Int64) -> Int64 {
    min(max(milliseconds, window.lowerBound), window.upperBound)
  }

  /// The time for an event recorded now in a journal whose latest sane time is `latest`:
  /// `now` (clamped to ``window``) if it is later, else `latest + 1` ms, never past the
  /// window's end (at the very end, events share its last millisecond and keep the
  /// journal's order by sequence).
  package static func next(after latest: Int64?, now: Int64) -> Int64 {
    let now = clamped(now)
    guard let latest else { return now }
    return max(now, min(clamped(latest) + 1, window.upperBound))
  }

  /// `milliseconds` since 1970 as `YYYY-MM-DDTHH:MM:SS.mmmZ` (clamped to ``representable``).
  package static func format(_ milliseconds: Int64) -> String {
    let milliseconds = min(max(milliseconds, representable.lowerBound), representable.upperBound)
    let (days, inDay) = divide(milliseconds, 86_400_000)
    let (year, month, day) = civil(fromDays: days)
    return String(unsafeUninitializedCapacity: 24) { buffer in
      write(year, month, day, inDay, into: buffer)
      return 24
    }
  }

  /// Appends ``format(_:)`` of `milliseconds` to `bytes` (without making a `String`:
  /// this runs once for every event written).
  package static func append(_ milliseconds: Int64, to bytes: inout [UInt8]) {
    let milliseconds = min(max(milliseconds, representable.lowerBound), representable.upperBound)
    let (days, inDay) = divide(milliseconds, 86_400_000)
    let (year, month, day) = civil(fromDays: days)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      write(year, month, day, inDay, into: buffer)
      bytes.append(contentsOf: buffer)
    }
  }

  /// The 24 bytes of a time in years 0…9999.
  private static func write(
    _ year: Int64, _ month: Int64, _ day: Int64, _ inDay: Int64,
    into buffer: UnsafeMutableBufferPointer<UInt8>
  ) {
    func put(_ value: Int64, at offset: Int, digits: Int) {
      var rest = value
      for index in stride(from: offset + digits - 1, through: offset, by: -1) {
        buffer[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
        rest /= 10
      }
    }
    put(year, at: 0, digits: 4)
    buffer[4] = 0x2D
    put(month, at: 5, digits: 2)
    buffer[7] = 0x2D
    put(day, at: 8, digits: 2)
    buffer[10] = 0x54
    put(inDay / 3_600_000, at: 11, digits: 2)
    buffer[13] = 0x3A
    put(inDay / 60_000 % 60, at: 14, digits: 2)
    buffer[16] = 0x3A
    put(inDay / 1000 % 60, at: 17, digits: 2)
    buffer[19] = 0x2E
    put(inDay % 1000, at: 20, digits: 3)
    buffer[23] = 0x5A
  }

  /// `YYYY-MM-DD` of `milliseconds` (UTC).
  package static func date(_ milliseconds: Int64) -> String {
    String(format(milliseconds).prefix(10))
  }

  /// Parses the format written by ``format(_:)``; nil for anything else.
  package static func parse<C: Collection>(_ text: C) -> Int64? where C.Element == UInt8 {
    if let time = text.withContiguousStorageIfAvailable({ parse(bytes: $0) }) { return time }
    return Array(text).withUnsafeBufferPointer { parse(bytes: $0) }
  }

  /// ``parse(_:)`` over contiguous bytes (every journal line's time goes through here).
  package static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard bytes.count == 24, bytes[4] == 0x2D, bytes[7] == 0x2D,
      let year = number(bytes, 0..<4), let month = number(bytes, 5..<7),
      let day = number(bytes, 8..<10), (1...12).contains(month),
      (1...daysInMonth(year: year, month: month)).contains(day),
      let inDay = millisecondsInDay(bytes)
    else { return nil }
    return daysFromCivil(year: year, month: month, day: day) * millisecondsPerDay + inDay
  }

  /// The day of the last time read by ``parse(bytes:day:)``: lines of a journal come a
  /// day at a time, and their date need not be read again.
  package struct Day: Sendable {
    /// The first ten bytes of the time (`YYYY-MM-DD`), as two words; `days` is nil
    /// until a time has been read.
    fileprivate var head: UInt64 = 0
    fileprivate var tail: UInt16 = 0
    fileprivate var days: Int64?

    package init() {}

    fileprivate init(head: UInt64, tail: UInt16, days: Int64) {
      self.head = head
      self.tail = tail
      self.days = days
    }
  }

  /// ``parse(bytes:)``, reading only the time of day when the date is `day`'s (the
  /// same bytes, which were valid), and keeping the date of a new day in `day`.
  package static func parse(bytes: UnsafeBufferPointer<UInt8>, day: inout Day) -> Int64? {
    guard bytes.count == 24, let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let head = raw.loadUnaligned(as: UInt64.self)
    let tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
    if let days = day.days, head == day.head, tail == day.tail {
      return millisecondsInDay(bytes).map { days * millisecondsPerDay + $0 }
    }
    guard let time = parse(bytes: bytes) else { return nil }
    day = Day(head: head, tail: tail, days: divide(time, millisecondsPerDay).0)
    return time
  }

  private static let millisecondsPerDay: Int64 = 86_400_000

  /// The time of day of a timestamp's bytes (`THH:MM:SS.mmmZ` from offset 10), checked.
  private static func millisecondsInDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A, bytes[19] == 0x2E,
      bytes[23] == 0x5A, let hour = number(bytes, 11..<13), let minute = number(bytes, 14..<16),
      let second = number(bytes, 17..<19), let millis = number(bytes, 20..<23), hour < 24,
      minute < 60, second < 60
    else { return nil }
    return ((hour * 60 + minute) * 60 + second) * 1000 + millis
  }

  /// The decimal number in `bytes[range]`, if every byte there is a digit.
  @inline(__always)
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64? {
    var value: Int64 = 0
    for index in range {
      let digit = bytes[index] &- 0x30
      guard digit < 10 else { return nil }
      value = value * 10 + Int64(digit)
    }
    return value
  }

  /// Parses a calendar date `YYYY-MM-DD`, returning it unchanged when valid and inside
  /// ``window`` (a session dated 9999 is a typing error, and a merge refuses it).
  package static func validDate(_ text: String) -> String? {
    guard let time = parse(Array((text + "T00:00:00.000Z").utf8)), isSane(time) else {
      return nil
    }
    return text
  }

  private static func daysInMonth(year: Int64, month: Int64) -> Int64 {
    if month == 2 { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28 }
    switch month {
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func divide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    return (quotient, value - quotient * divisor)
  }

  /// Howard Hinnant's days-to-civil algorithm.
  private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPrime = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
    let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
