import LatihBase

extension PeopleText {
  package var english: String {
    switch self {
    case .sessionExists(let id, let title):
      return "This session already exists: \(id) — \(title). It is now the current session."
    case .sessionRenamed(let id, let title, let details):
      return "Session \(id) is now: \(title)\(details.isEmpty ? "" : " (\(details))")"
    case .sessionRemoved(let id, let title):
      return
        "Session removed: \(id) — \(title). Its data is kept; bring it back with: latih session restore \(id)"
    case .sessionRestored(let id, let title): return "Session restored: \(id) — \(title)"
    case .sessionsLinked(let id, let title, let other):
      return "Session \(other) joined to \(id) — \(title): one training day."
    case .sessionPin(let id, let title, let policy):
      let meaning: String
      switch policy {
      case .off: meaning = "no PIN"
      case .optional: meaning = "a PIN if the participant wants one"
      case .required: meaning = "every participant uses a 4-digit PIN"
      }
      return "Session \(id) — \(title): \(meaning)."
    case .invalidPinPolicy(let value):
      return "--pin must be off, optional or required, not '\(TerminalSanitizer.cleanLine(value))'"
    case .pinCleared(let name):
      return
        "\(name)'s PIN is cleared; she chooses a new one on her next turn (if the session uses PINs)."
    case .nothingToEdit: return "nothing to change; give --pin off|optional|required"
    case .sessionsAlreadyOne: return "those two sessions are already one"
    case .noSessionToJoin:
      return "no current session; give --session ID or create one with: latih session new \"Title\""
    case .joinedSession(let name, let title): return "Added to session \(title): \(name)"
    case .alreadyInSession(let name): return "Already in this session: \(name)"
    case .unknownRemovedSession(let id):
      return "no removed session '\(TerminalSanitizer.cleanLine(id))'"
    case .renamed(let old, let new): return "Renamed: \(old) → \(new)"
    case .removed(let name):
      return
        "Removed from lists and reports: \(name). The data is kept; bring her back with: latih participants restore \"\(name)\""
    case .restored(let name): return "Restored: \(name)"
    case .noSuchRemoved(let who):
      return "no removed participant '\(TerminalSanitizer.cleanLine(who))'"
    case .matchedExisting(let name, let id, let joined):
      return
        "Already enrolled: \(name) (id \(id.prefix(6)))\(joined.map { $0 ? "; added to this session" : "; already in this session" } ?? "")"
    case .ambiguousMatch(let name, let count):
      return
        "'\(name)' matches \(count) participants; give --code, --phone or --group, or use latih session add with an id"
    case .importMatched(let line, let name, let id, let joined):
      return
        "line \(line): \(name) is already enrolled (id \(id.prefix(6)))\(joined.map { $0 ? ", added to this session" : ", already in this session" } ?? "")"
    case .importRepeated(let line, let name, let first):
      return "line \(line): \(name) repeats line \(first); enrolled once"
    case .importAmbiguous(let line, let name, let count):
      return
        "line \(line): \(name) matches \(count) participants; add a code or phone column, skipped"
    case .importSummary(let new, let matched, let repeated, let bad):
      return
        "Imported: \(new) new participants; already enrolled: \(matched); repeated rows: \(repeated); bad rows: \(bad)."
    }
  }
}
