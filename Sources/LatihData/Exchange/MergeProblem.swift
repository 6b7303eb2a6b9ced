import LatihBase

/// Why a merge refused a file: found before anything was written.
package enum MergeProblem: Hashable, Sendable {
  /// An event breaks a rule local input meets (``EventRules``).
  case invalid(line: Int?, id: String, problem: EventRules.Problem)
  /// One event id with two different contents (in the file, in two files, or here and
  /// in the file).
  case conflict(id: String, participant: String?)
  /// One event id with different contents in two files merged together.
  case crossFileConflict(id: String, participant: String?)
  /// A person's events with no enrolment for her here or in the files merged.
  case orphan(participant: String, events: Int)
  /// A session id already used for a session with another title.
  case sessionConflict(session: String)
  /// A change to a session (renamed, removed, restored, linked) that exists neither here
  /// nor in the files merged.
  case unknownSession(session: String)
  /// A link naming someone who is neither here nor in the files merged.
  case unknownLink(participant: String, other: String)
  /// A person's journal is held by another Latih (she is learning) and stayed held.
  case busy(participant: String?)

  /// Busy is a moment's state (try again); the others are the file's content.
  package var isBusy: Bool {
    if case .busy = self { return true }
    return false
  }

  /// The participant the problem concerns, if any.
  package var participant: String? {
    switch self {
    case .invalid: return nil
    case .conflict(_, let participant), .crossFileConflict(_, let participant):
      return participant
    case .orphan(let participant, _): return participant
    case .sessionConflict, .unknownSession: return nil
    case .unknownLink(let participant, _): return participant
    case .busy(let participant): return participant
    }
  }
}

/// What else a merge can count on besides the data folder: the people enrolled and the
/// sessions created in the other files merged by the same command, so the files of one
/// command are checked the same way whatever their order.
package struct MergeContext: Sendable {
  /// Participant ids with an enrolment in another file.
  package var enrolled: Set<String> = []
  /// Session id → title in another file.
  package var sessions: [String: String] = [:]
  /// The fingerprints of every id in the data folder when the command began, when the
  /// caller keeps them (``FolderIdentifiers``): then only a new id that may be here is
  /// looked for in every journal.
  package var folder: FolderIdentifiers?

  package init() {}

  /// Notes the enrolments and sessions of `input`, one of the files merged together.
  package mutating func add<Input: MergeInput>(_ input: Input) {
    for index in 0..<input.count {
      switch input.role(index) {
      case .enrolled: enrolled.insert(input.participant(index) ?? "")
      case .session(let id, let title): sessions[id] = title
      default: break
      }
    }
  }
}
