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
    }
  }
}
