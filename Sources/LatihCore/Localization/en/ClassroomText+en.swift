extension ClassroomText {
  public var english: String {
    switch self {
    case .configLineWithoutEquals: return "this line needs the form key=value"
    case .configUnknownKey(let key):
      return "unknown key '\(key)' (known: data, lessons, lang, idle-minutes)"
    case .configRepeatedKey(let key): return "key '\(key)' is given twice"
    case .configNotAbsolute(let key): return "'\(key)' must be a full path starting with '/'"
    case .configBadLanguage(let value): return "unknown language '\(value)' (id or en)"
    case .configBadIdle(let value):
      return "idle-minutes '\(value)' must be a number of minutes above 0 (at most 1440)"
    case .configMissingKey(let key): return "key '\(key)=' is missing"
    case .configInvalid(let path):
      return "the kiosk settings \(path) are not right yet; fix the lines above"
    case .kioskOptionNotAllowed(let option):
      return "\(option) is not used by the kiosk: write it in the settings file (--config)"
    case .idleClosed(let minutes):
      return
        "Nothing typed for \(Self.minutesText(minutes)) minutes, so the connection is closed. Connect again to continue."
    case .liveHeader(let active, let total, let order):
      return
        "Latih live: \(active) connected of \(total) participants · sorted by: \(order.rawValue)"
    case .livePerLesson(let counts):
      return counts.isEmpty ? "Per lesson: nobody yet" : "Per lesson (no: people): \(counts)"
    case .liveMostMissed(let question, let lesson, let count):
      return "Most missed: question \(question) of lesson \(lesson) (\(count)×)"
    case .liveNoMisses: return "Most missed: no wrong answers yet"
    case .liveColumns: return "NAME|STATUS|LESSON|WHERE|SCORE|TICKS|FLAG"
    case .liveKeys: return "[q] quit · [s] sort order · refreshed every second"
    case .liveMore(let count): return "… and \(count) more (enlarge the window, or use --once)"
    case .liveOn(let minutes): return "on \(minutes)m"
    case .liveAway(let minutes): return "away \(minutes)m"
    case .liveDone: return "done"
    case .liveQuestion(let number, let attempt):
      return attempt > 1 ? "Q\(number)×\(attempt)" : "Q\(number)"
    case .livePage(let page, let count):
      return count.map { "p \(page)/\($0)" } ?? "p \(page)"
    case .liveStuckIdle(let minutes): return "! idle \(minutes)m"
    case .liveStuckWrong: return "! 2 wrong"
    case .liveNoData(let path): return "no participant data in \(path) yet"
    }
  }
}
