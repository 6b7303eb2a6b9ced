import LatihBase

/// Events to merge, as ``Merger`` reads them: what it needs to group, check and compare
/// every event (participant, id, time, problem, fingerprint, role), and the events
/// themselves only for those it adds.
package protocol MergeInput: Sendable {
  var count: Int { get }
  func participant(_ index: Int) -> String?
  func id(_ index: Int) -> String
  func time(_ index: Int) -> Int64
  /// The 1-based line in the file the event came from, if it came from a file.
  func line(_ index: Int) -> Int?
  /// The first rule the event breaks (``EventRules``).
  func problem(_ index: Int) -> EventRules.Problem?
  /// What another copy of the event is compared by.
  func fingerprint(_ index: Int) -> EventFingerprint
  /// The digest of the line the event came from (``LineDigest``), if it came from one.
  func digest(_ index: Int) -> Int?
  /// What the event means for the people and sessions of the merged result.
  func role(_ index: Int) -> MergeRole
  /// The events at `indices`, in that order (throws when their file changed since it
  /// was checked).
  func events(_ indices: [Int]) throws(SystemError) -> [Event]
  /// The id at `index` as a fixed-size value; nil for one that is no generated id (such
  /// an event breaks a rule and is refused).
  func key(_ index: Int) -> CompactID?
  /// The journal lines of the events at `indices`, in that order, numbered after
  /// `sequence`, appended to `output`: exactly what ``JournalLine`` encodes for those
  /// events. Returns the last number used.
  func journalLines(_ indices: [Int], after sequence: Int, into output: inout [UInt8])
    throws(SystemError) -> Int
}

/// What an event means for the merged result's people and sessions, checked before a
/// merge: a person's events need her enrolment, a link names two people, a session id
/// keeps one title.
package enum MergeRole: Hashable, Sendable {
  case enrolled
  case session(id: String, title: String)
  case linked(other: String)
  /// A change to sessions that must exist (renamed, removed, restored, linked).
  case sessionChange([String])
  case other

  package init(_ event: Event) {
    switch event.body {
    case .enrolled: self = .enrolled
    case .sessionCreated(let info): self = .session(id: info.session, title: info.title)
    case .participantsLinked(let other): self = .linked(other: other)
    case .sessionRenamed(let info): self = .sessionChange([info.session])
    case .sessionRemoved(let session), .sessionRestored(let session):
      self = .sessionChange([session])
    case .sessionsLinked(let session, let other): self = .sessionChange([session, other])
    default: self = .other
    }
  }
}

extension MergeInput {
  package func key(_ index: Int) -> CompactID? { CompactID(id(index)) }

  /// The events made (``events(_:)``) and encoded.
  package func journalLines(_ indices: [Int], after sequence: Int, into output: inout [UInt8])
    throws(SystemError) -> Int
  {
    var sequence = sequence
    for event in try events(indices) {
      sequence += 1
      JournalLine.encode(event, sequence: sequence, into: &output)
    }
    return sequence
  }

  /// ``Event/chronological`` for the events at `lhs` and `rhs`.
  package func isBefore(_ lhs: Int, _ rhs: Int) -> Bool {
    time(lhs) != time(rhs) ? time(lhs) < time(rhs) : id(lhs) < id(rhs)
  }
}

extension Array: MergeInput where Element == Event {
  package func participant(_ index: Int) -> String? { self[index].participant }
  package func id(_ index: Int) -> String { self[index].id }
  package func time(_ index: Int) -> Int64 { self[index].time }
  package func line(_ index: Int) -> Int? { nil }
  package func problem(_ index: Int) -> EventRules.Problem? { EventRules.problem(self[index]) }
  package func fingerprint(_ index: Int) -> EventFingerprint { EventFingerprint(self[index]) }
  package func digest(_ index: Int) -> Int? { nil }
  package func role(_ index: Int) -> MergeRole { MergeRole(self[index]) }
  package func events(_ indices: [Int]) -> [Event] { indices.map { self[$0] } }
}
