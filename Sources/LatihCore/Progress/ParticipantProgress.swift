/// An indicator outcome as it stands for a participant: the record that counts.
public struct IndicatorOutcome: Hashable, Sendable {
  public var indicator: String
  public var achieved: Bool
  public var reason: String?
  public var note: String?
  public var source: RecordSource
  public var session: String?
  public var time: Int64
  public var eventID: String
}

/// Everything recorded about one person, derived from their events (all linked records),
/// independent of the order the events were written or merged in.
public struct ParticipantProgress: Sendable {
  /// Events, unique by id, in time order (ties broken by id). Events recorded on one
  /// laptop never share a time: ``Journal/record(_:)`` stamps them strictly increasing.
  public let events: [Event]
  /// Per lesson id (including lessons no longer in the course).
  public private(set) var lessons: [String: LessonProgress] = [:]
  /// Every indicator record and self-report, in time order.
  public private(set) var indicatorRecords: [IndicatorOutcome] = []
  /// Time of the last event.
  public private(set) var lastActivity: Int64?

  public init(events: [Event]) {
    var seen: Set<String> = []
    self.events = events.filter { seen.insert($0.id).inserted }.sorted(by: Event.chronological)
    var runs: [String: LessonRun] = [:]
    var runOrder: [String] = []
    for event in self.events {
      lastActivity = max(lastActivity ?? event.time, event.time)
      switch event.body {
      case .lessonOpened(let opening):
        if runs[opening.run] == nil { runOrder.append(opening.run) }
        runs[opening.run] = LessonRun(opening: opening, openedAt: event.time)
      case .pageReached(let visit):
        runs[visit.run]?.lastPage = visit.page
        runs[visit.run]?.lastActivity = event.time
      case .answer(let answer):
        runs[answer.run]?.answers.append(answer)
        runs[answer.run]?.lastActivity = event.time
      case .checklistItem(let mark):
        runs[mark.run]?.marks.append(mark)
        runs[mark.run]?.lastActivity = event.time
        if let indicator = mark.indicator {
          indicatorRecords.append(
            IndicatorOutcome(
              indicator: indicator, achieved: mark.done, reason: mark.done ? nil : mark.reason,
              note: nil, source: .selfReported, session: mark.session, time: event.time,
              eventID: event.id))
        }
      case .lessonCompleted(let result):
        runs[result.run]?.result = result
        runs[result.run]?.lastActivity = event.time
      case .indicatorRecorded(let record):
        indicatorRecords.append(
          IndicatorOutcome(
            indicator: record.indicator, achieved: record.achieved, reason: record.reason,
            note: record.note, source: record.source, session: record.session, time: event.time,
            eventID: event.id))
      default:
        break
      }
    }
    for id in runOrder {
      guard let run = runs[id] else { continue }
      lessons[run.opening.lesson, default: LessonProgress(lesson: run.opening.lesson, runs: [])]
        .runs.append(run)
    }
  }

  /// The lesson's progress (empty when never opened).
  public func lesson(_ id: String) -> LessonProgress {
    lessons[id] ?? LessonProgress(lesson: id, runs: [])
  }

  /// The outcome that counts per indicator: the latest facilitator record, else the
  /// latest self-report. With `session`, only records made in that session or without a
  /// session (self-study) count.
  public func indicators(session: String? = nil) -> [String: IndicatorOutcome] {
    var result: [String: IndicatorOutcome] = [:]
    for record in indicatorRecords {
      if let session, let recorded = record.session, recorded != session { continue }
      if let current = result[record.indicator],
        current.source == .facilitator && record.source == .selfReported
      {
        continue
      }
      result[record.indicator] = record
    }
    return result
  }

  /// The course test's first pre-test score and last post-test score.
  public func testScores(test: String) -> (pre: Int?, post: Int?) {
    let results = lesson(test).completedRuns.compactMap(\.result)
    return (results.first { $0.tag == .pre }?.score, results.last { $0.tag == .post }?.score)
  }
}
