import LatihBase

/// Whether a course-test run is the pre-test or the post-test.
package enum TestTag: String, Hashable, Sendable, CaseIterable, Codable {
  case pre
  case post
}

/// How a course-test run's tag was set. Reports re-derive an automatic tag from the
/// merged data (by time); an explicit one (`--pre`/`--post`) is kept as given.
package enum TagSource: String, Hashable, Sendable, CaseIterable, Codable {
  /// Decided by the laptop when the run was opened (also every tag written before this
  /// field existed).
  case automatic = "auto"
  /// Set by the facilitator with `--pre` or `--post`.
  case explicit
}

/// Who recorded an indicator outcome. A facilitator's record outranks a self-report.
package enum RecordSource: String, Hashable, Sendable, CaseIterable, Codable {
  /// The participant ticked a checklist item.
  case selfReported = "self"
  case facilitator
}

/// The type of an event, as stored in the `type` field of a journal line.
package enum EventType: String, Hashable, Sendable, CaseIterable, Codable {
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
  case postTestOpened = "post-test-opened"
  case participantRenamed = "participant-renamed"
  case participantRemoved = "participant-removed"
  case participantRestored = "participant-restored"
  case sessionRenamed = "session-renamed"
  case sessionRemoved = "session-removed"
  case sessionRestored = "session-restored"
  case sessionsLinked = "sessions-linked"
  case sessionPin = "session-pin"
  case pinSet = "pin-set"
}

/// Something that happened, recorded once and never changed. Its `id` is unique across
/// every laptop, so merging journals is a set union by id.
package struct Event: Hashable, Sendable {
  /// 32 hexadecimal digits, random.
  package var id: String
  /// Milliseconds since 1970 (UTC).
  package var time: Int64
  /// The device (laptop) that recorded it.
  package var device: String
  /// The participant it concerns; nil for session events.
  package var participant: String?
  package var body: EventBody

  package init(id: String, time: Int64, device: String, participant: String?, body: EventBody) {
    self.id = id
    self.time = time
    self.device = device
    self.participant = participant
    self.body = body
  }

  /// Orders events by time, then id: the same order on every laptop.
  package static func chronological(_ lhs: Event, _ rhs: Event) -> Bool {
    lhs.time != rhs.time ? lhs.time < rhs.time : lhs.id < rhs.id
  }
}

/// What an event says.
package enum EventBody: Hashable, Sendable {
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
  /// The facilitator opened the post-test for a session (`latih session post-test`):
  /// course-test runs opened after it by people of the session are post-tests.
  case postTestOpened(session: String)
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
  /// Whether participants of a session give a PIN before continuing (from then on).
  case sessionPin(session: String, policy: PinPolicy)
  /// This participant's PIN is now `pin` (salted hash, ``PinHash``); nil: cleared.
  case pinSet(PinHash?)
  /// An event type from a newer Latih, kept intact (`fields` is its raw JSON fields,
  /// starting with a comma) so merging never drops it.
  case unknown(type: String, fields: String)

  /// The stored type name.
  package var typeName: String {
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
    case .postTestOpened: return EventType.postTestOpened.rawValue
    case .participantRenamed: return EventType.participantRenamed.rawValue
    case .participantRemoved: return EventType.participantRemoved.rawValue
    case .participantRestored: return EventType.participantRestored.rawValue
    case .sessionRenamed: return EventType.sessionRenamed.rawValue
    case .sessionRemoved: return EventType.sessionRemoved.rawValue
    case .sessionRestored: return EventType.sessionRestored.rawValue
    case .sessionsLinked: return EventType.sessionsLinked.rawValue
    case .sessionPin: return EventType.sessionPin.rawValue
    case .pinSet: return EventType.pinSet.rawValue
    case .unknown(let type, _): return type
    }
  }

  /// Whether the event must name its participant (`p`): a line of these kinds without
  /// one is malformed.
  package var concernsParticipant: Bool {
    switch self {
    case .participantRenamed, .participantRemoved, .participantRestored, .pinSet: return true
    default: return false
    }
  }
}

/// A participant joined the course.
package struct Enrollment: Hashable, Sendable {
  /// NFC-normalised, control characters removed.
  package var name: String
  package var group: String?
  package var code: String?
  package var phone: String?
  /// Position on the paper roster imported (`roster` in the journal; absent in journals
  /// written before it and for people added by hand).
  package var rosterNumber: Int?

  package init(
    name: String, group: String? = nil, code: String? = nil, phone: String? = nil,
    rosterNumber: Int? = nil
  ) {
    self.name = name
    self.group = group
    self.code = code
    self.phone = phone
    self.rosterNumber = rosterNumber
  }
}

/// A training session was created.
package struct SessionInfo: Hashable, Sendable {
  package var session: String
  package var title: String
  package var place: String?
  /// `YYYY-MM-DD`.
  package var date: String?

  package init(session: String, title: String, place: String? = nil, date: String? = nil) {
    self.session = session
    self.title = title
    self.place = place
    self.date = date
  }
}

/// A lesson run started (a first visit, a new attempt, or a retry of missed questions).
package struct LessonOpening: Hashable, Sendable {
  package var run: String
  package var lesson: String
  package var language: Language
  /// The shuffle seed, so a resumed run shows options in the same order.
  package var seed: UInt64
  package var shuffled: Bool
  package var tag: TestTag?
  /// How `tag` was set (nil: automatically).
  package var tagSet: TagSource?
  package var session: String?
  /// For a retry: the question ids retried (the rest keep the earlier run's result).
  package var retry: [String]?
  /// For a retry: the run whose missed questions are retried.
  package var retryOf: String?

  package init(
    run: String, lesson: String, language: Language, seed: UInt64, shuffled: Bool,
    tag: TestTag? = nil, tagSet: TagSource? = nil, session: String? = nil,
    retry: [String]? = nil, retryOf: String? = nil
  ) {
    self.run = run
    self.lesson = lesson
    self.language = language
    self.seed = seed
    self.shuffled = shuffled
    self.tag = tag
    self.tagSet = tagSet
    self.session = session
    self.retry = retry
    self.retryOf = retryOf
  }

  /// Whether this run retries missed questions of an earlier run: practice, which never
  /// counts towards a score.
  package var isPractice: Bool { retry != nil || retryOf != nil }

  /// Whether the tag was set explicitly (`--pre`/`--post`), not derived.
  package var hasExplicitTag: Bool { tag != nil && tagSet == .explicit }
}

/// The participant reached a page (forwards or back).
package struct PageVisit: Hashable, Sendable {
  package var run: String
  package var lesson: String
  /// 0-based page index.
  package var page: Int

  package init(run: String, lesson: String, page: Int) {
    self.run = run
    self.lesson = lesson
    self.page = page
  }
}

/// A checklist item was ticked done or marked not yet.
package struct ChecklistMark: Hashable, Sendable {
  package var run: String
  package var lesson: String
  package var item: String
  package var done: Bool
  package var reason: String?
  /// The indicator the item records (self-reported).
  package var indicator: String?
  package var session: String?
  /// The participant's own words for "other reason" (short, cleaned), if any.
  package var note: String?

  package init(
    run: String, lesson: String, item: String, done: Bool, reason: String? = nil,
    indicator: String? = nil, session: String? = nil, note: String? = nil
  ) {
    self.note = note
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
package struct AnswerRecord: Hashable, Sendable {
  package var run: String
  package var lesson: String
  package var question: String
  /// 1-based try number.
  package var attempt: Int
  package var correct: Bool
  /// Whether this try settled the question (right, or the last try).
  package var final: Bool
  /// The answer in file terms: option numbers (`2,3`), an order (`3,1,2`), `true`/`false`,
  /// or the text typed.
  package var response: String

  package init(
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
package struct LessonResult: Hashable, Sendable {
  package var run: String
  package var lesson: String
  package var correct: Int
  package var total: Int
  /// Percent, rounded to the nearest whole number (100 when there are no questions).
  package var score: Int
  package var passed: Bool
  package var tag: TestTag?

  package init(
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
package struct IndicatorRecord: Hashable, Sendable {
  package var indicator: String
  package var achieved: Bool
  package var reason: String?
  package var note: String?
  package var source: RecordSource
  package var session: String?

  package init(
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
