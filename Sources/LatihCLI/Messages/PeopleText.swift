import LatihBase
import LatihData

/// Messages about one person being one person and one training day one session:
/// matching on import, `session add`, renames, removals and links.
package enum PeopleText: LocalizedText, Hashable {
  // Sessions
  case sessionExists(id: String, title: String)
  case sessionRenamed(id: String, title: String, details: String)
  case sessionRemoved(id: String, title: String)
  case sessionRestored(id: String, title: String)
  case sessionsLinked(id: String, title: String, other: String)
  case sessionsAlreadyOne
  case noSessionToJoin
  case joinedSession(name: String, title: String)
  case alreadyInSession(name: String)
  case unknownRemovedSession(String)
  /// The session's PIN policy is now `policy`.
  case sessionPin(id: String, title: String, policy: PinPolicy)
  case invalidPinPolicy(String)
  /// `session edit` without anything to change.
  case nothingToEdit
  /// `participants reset-pin`: her PIN is cleared.
  case pinCleared(name: String)
  // People
  case renamed(old: String, new: String)
  case removed(name: String)
  case restored(name: String)
  case noSuchRemoved(String)
  /// `joined`: added to the session now (true), already in it (false), no session (nil).
  case matchedExisting(name: String, id: String, joined: Bool?)
  case ambiguousMatch(name: String, count: Int)
  case importMatched(line: Int, name: String, id: String, joined: Bool?)
  case importRepeated(line: Int, name: String, first: Int)
  case importAmbiguous(line: Int, name: String, count: Int)
  case importSummary(new: Int, matched: Int, repeated: Int, bad: Int)
}
