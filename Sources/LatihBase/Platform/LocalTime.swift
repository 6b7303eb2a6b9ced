#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Calendar dates in the laptop's own time zone (a training's date is the local date).
package enum LocalTime {
  /// `YYYY-MM-DD` in local time for `milliseconds` since 1970.
  package static func date(_ milliseconds: Int64) -> String {
    var seconds = time_t(milliseconds / 1000)
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return Timestamp.date(milliseconds) }
    let year = Int(parts.tm_year) + 1900
    let month = Int(parts.tm_mon) + 1
    let day = Int(parts.tm_mday)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day))"
  }

  /// The laptop's offset from UTC in seconds at `milliseconds` since 1970 (`25200` in
  /// WIB), from the TZ environment or the system's local time; 0 when unknown.
  package static func offsetSeconds(_ milliseconds: Int64) -> Int {
    var seconds = time_t(milliseconds / 1000)
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return 0 }
    return Int(parts.tm_gmtoff)
  }
}
