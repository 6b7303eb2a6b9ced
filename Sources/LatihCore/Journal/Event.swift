/// Whether a course-test run is the pre-test or the post-test.
public enum TestTag: String, Hashable, Sendable, CaseIterable, Codable {
  case pre
  case post
}

/// Who recorded an indicator outcome. A facilitator's record outranks a self-report.
public enum RecordSource: String, Hashable, Sendable, CaseIterable, Codable {
  /// The participant ticked a checklist item.
  case selfReported = "self"
  case facilitator
}

/// The type of an event, as stored in the `type` field of a journal line.
public enum EventType: String, Hashable, Sendable, CaseIterable, Codable {
  case enrolled
  case sessionCreated = "session-created"
  case sessionJoined = "session-joined"
  case lessonOpened = "lesson-opened"
  case pageReached = "page-reached"
  case checklistItem = "checklist-item"
  case answer
  case lessonCompleted = "lesson-completed"
  case indicatorRecorded = "indicator-recorded"
  case participantsLinked = "participants-linked"
  case participantRenamed = "participant-renamed"
  case participantRemoved = "participant-removed"
  case participantRestored = "participant-restored"
  case sessionRenamed = "session-renamed"
  case sessionRemoved = "session-removed"
  case sessionRestored = "session-restored"
  case sessionsLinked = "sessions-linked"
}

/// Something that happened, recorded once and never changed. Its `id` is unique across
/// every laptop, so merging journals is a set union by id.
public struct Event: Hashable, Sendable {
  /// 32 hexadecimal digits, random.
  public var id: String
  /// Milliseconds since 1970 (UTC).
  public var time: Int64
  /// The device (laptop) that recorded it.
  public var device: String
  /// The participant it concerns; nil for session events.
  public var participant: String?
  public var body: EventBody

  public init(id: String, time: Int64, device: String, participant: String?, body: EventBody) {
    self.id = id
    self.time = time
    self.device = device
    self.participant = participant
    self.body = body
  }

  /// Orders events by time, then id: the same order on every laptop.
  public static func chronological(_ lhs: Event, _ rhs: Event) -> Bool {
    lhs.time != rhs.time ? lhs.time < rhs.time : lhs.id < rhs.id
  }
}

/// What an event says.
public enum EventBody: Hashable, Sendable {
  case enrolled(Enrollment)
  case sessionCreated(SessionInfo)
  case sessionJoined(session: String)
  case lessonOpened(LessonOpening)
  case pageReached(PageVisit)
  case checklistItem(ChecklistMark)
  case answer(AnswerRecord)
  case lessonCompleted(LessonResult)
  case indicatorRecorded(IndicatorRecord)
  /// This participant and `other` are the same person.
  case participantsLinked(other: String)
  /// This participant's name is now `name` (cleaned, as an enrolment's).
  case participantRenamed(name: String)
  /// This participant is removed: left out of lists and reports, her data kept.
  case participantRemoved
  /// A removed participant is back.
  case participantRestored
  /// A session's title, place and date are now these (`session` says which).
  case sessionRenamed(SessionInfo)
  /// A session is removed: left out of lists, its data kept.
  case sessionRemoved(session: String)
  /// A removed session is back.
  case sessionRestored(session: String)
  /// Sessions `session` and `other` are one training day.
  case sessionsLinked(session: String, other: String)
  /// An event type from a newer Latih, kept intact (`fields` is its raw JSON fields,
  /// starting with a comma) so merging never drops it.
  case unknown(type: String, fields: String)

  /// The stored type name.
  public var typeName: String {
    switch self {
    case .enrolled: return EventType.enrolled.rawValue
    case .sessionCreated: return EventType.sessionCreated.rawValue
    case .sessionJoined: return EventType.sessionJoined.rawValue
    case .lessonOpened: return EventType.lessonOpened.rawValue
    case .pageReached: return EventType.pageReached.rawValue
    case .checklistItem: return EventType.checklistItem.rawValue
    case .answer: return EventType.answer.rawValue
    case .lessonCompleted: return EventType.lessonCompleted.rawValue
    case .indicatorRecorded: return EventType.indicatorRecorded.rawValue
    case .participantsLinked: return EventType.participantsLinked.rawValue
    case .participantRenamed: return EventType.participantRenamed.rawValue
    case .participantRemoved: return EventType.participantRemoved.rawValue
    case .participantRestored: return EventType.participantRestored.rawValue
    case .sessionRenamed: return EventType.sessionRenamed.rawValue
    case .sessionRemoved: return EventType.sessionRemoved.rawValue
    case .sessionRestored: return EventType.sessionRestored.rawValue
    case .sessionsLinked: return EventType.sessionsLinked.rawValue
    case .unknown(let type, _): return type
    }
  }

  /// Whether the event must name its participant (`p`): a line of these kinds without
  /// one is malformed.
  var concernsParticipant: Bool {
    switch self {
    case .participantRenamed, .participantRemoved, .participantRestored: return true
    default: return false
    }
  }
}

/// A participant joined the course.
public struct Enrollment: Hashable, Sendable {
  /// NFC-normalised, control characters removed.
  public var name: String
  public var group: String?
  public var code: String?
  public var phone: String?

  public init(name: String, group: String? = nil, code: String? = nil, phone: String? = nil) {
    self.name = name
    self.group = group
    self.code = code
    self.phone = phone
  }
}

/// A training session was created.
public struct SessionInfo: Hashable, Sendable {
  public var session: String
  public var title: String
  public var place: String?
  /// `YYYY-MM-DD`.
  public var date: String?

  public init(session: String, title: String, place: String? = nil, date: String? = nil) {
    self.session = session
    self.title = title
    self.place = place
    self.date = date
  }
}

/// A lesson run started (a first visit, a new attempt, or a retry of missed questions).
public struct LessonOpening: Hashable, Sendable {
  public var run: String
  public var lesson: String
  public var language: Language
  /// The shuffle seed, so a resumed run shows options in the same order.
  public var seed: UInt64
  public var shuffled: Bool
  public var tag: TestTag?
  public var session: String?
  /// For a retry: the question ids retried (the rest keep the earlier run's result).
  public var retry: [String]?
  /// For a retry: the run whose missed questions are retried.
  public var retryOf: String?

  public init(
    run: String, lesson: String, language: Language, seed: UInt64, shuffled: Bool,
    tag: TestTag? = nil, session: String? = nil, retry: [String]? = nil, retryOf: String? = nil
  ) {
    self.run = run
    self.lesson = lesson
    self.language = language
    self.seed = seed
    self.shuffled = shuffled
    self.tag = tag
    self.session = session
    self.retry = retry
    self.retryOf = retryOf
  }
}

/// The participant reached a page (forwards or back).
public struct PageVisit: Hashable, Sendable {
  public var run: String
  public var lesson: String
  /// 0-based page index.
  public var page: Int

  public init(run: String, lesson: String, page: Int) {
    self.run = run
    self.lesson = lesson
    self.page = page
  }
}

/// A checklist item was ticked done or marked not yet.
public struct ChecklistMark: Hashable, Sendable {
  public var run: String
  public var lesson: String
  public var item: String
  public var done: Bool
  public var reason: String?
  /// The indicator the item records (self-reported).
  public var indicator: String?
  public var session: String?

  public init(
    run: String, lesson: String, item: String, done: Bool, reason: String? = nil,
    indicator: String? = nil, session: String? = nil
  ) {
    self.run = run
    self.lesson = lesson
    self.item = item
    self.done = done
    self.reason = reason
    self.indicator = indicator
    self.session = session
  }
}

/// One try at a question.
public struct AnswerRecord: Hashable, Sendable {
  public var run: String
  public var lesson: String
  public var question: String
  /// 1-based try number.
  public var attempt: Int
  public var correct: Bool
  /// Whether this try settled the question (right, or the last try).
  public var final: Bool
  /// The answer in file terms: option numbers (`2,3`), an order (`3,1,2`), `true`/`false`,
  /// or the text typed.
  public var response: String

  public init(
    run: String, lesson: String, question: String, attempt: Int, correct: Bool, final: Bool,
    response: String
  ) {
    self.run = run
    self.lesson = lesson
    self.question = question
    self.attempt = attempt
    self.correct = correct
    self.final = final
    self.response = response
  }
}

/// A lesson run finished.
public struct LessonResult: Hashable, Sendable {
  public var run: String
  public var lesson: String
  public var correct: Int
  public var total: Int
  /// Percent, rounded to the nearest whole number (100 when there are no questions).
  public var score: Int
  public var passed: Bool
  public var tag: TestTag?

  public init(
    run: String, lesson: String, correct: Int, total: Int, score: Int, passed: Bool,
    tag: TestTag? = nil
  ) {
    self.run = run
    self.lesson = lesson
    self.correct = correct
    self.total = total
    self.score = score
    self.passed = passed
    self.tag = tag
  }
}

/// An indicator outcome for a participant.
public struct IndicatorRecord: Hashable, Sendable {
  public var indicator: String
  public var achieved: Bool
  public var reason: String?
  public var note: String?
  public var source: RecordSource
  public var session: String?

  public init(
    indicator: String, achieved: Bool, reason: String? = nil, note: String? = nil,
    source: RecordSource, session: String? = nil
  ) {
    self.indicator = indicator
    self.achieved = achieved
    self.reason = reason
    self.note = note
    self.source = source
    self.session = session
  }
}
