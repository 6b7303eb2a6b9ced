import LatihBase

/// Rewrites the session an event names to its training day's canonical id.
enum SessionAlias {
  /// Whether `event` names a session that is not its day's canonical id (a key of
  /// `aliases`).
  static func names(_ event: Event, _ aliases: [String: String]) -> Bool {
    switch event.body {
    case .lessonOpened(let opening): return opening.session.map { aliases[$0] != nil } ?? false
    case .checklistItem(let mark): return mark.session.map { aliases[$0] != nil } ?? false
    case .indicatorRecorded(let record): return record.session.map { aliases[$0] != nil } ?? false
    case .sessionJoined(let session): return aliases[session] != nil
    default: return false
    }
  }

  /// `event` with its session (of a run, a checklist mark, an indicator record or a
  /// session joined) replaced through `aliases` (non-canonical id → canonical id).
  static func resolved(_ event: Event, _ aliases: [String: String]) -> Event {
    func map(_ session: String?) -> String? { session.map { aliases[$0] ?? $0 } }
    var event = event
    switch event.body {
    case .lessonOpened(var opening) where opening.session.flatMap({ aliases[$0] }) != nil:
      opening.session = map(opening.session)
      event.body = .lessonOpened(opening)
    case .checklistItem(var mark) where mark.session.flatMap({ aliases[$0] }) != nil:
      mark.session = map(mark.session)
      event.body = .checklistItem(mark)
    case .indicatorRecorded(var record) where record.session.flatMap({ aliases[$0] }) != nil:
      record.session = map(record.session)
      event.body = .indicatorRecorded(record)
    case .sessionJoined(let session) where aliases[session] != nil:
      event.body = .sessionJoined(session: aliases[session]!)
    default:
      break
    }
    return event
  }
}
