/// An indicator outcome as it stands for a participant: the record that counts.
package struct IndicatorOutcome: Hashable, Sendable {
  package var indicator: String
  package var achieved: Bool
  package var reason: String?
  package var note: String?
  package var source: RecordSource
  package var session: String?
  package var time: Int64
  package var eventID: String

  package init(
    indicator: String, achieved: Bool, reason: String?, note: String?, source: RecordSource,
    session: String?, time: Int64, eventID: String
  ) {
    self.indicator = indicator
    self.achieved = achieved
    self.reason = reason
    self.note = note
    self.source = source
    self.session = session
    self.time = time
    self.eventID = eventID
  }
}

/// Everything recorded about one person, derived from their events (all linked records),
/// independent of the order the events were written or merged in.
package struct ParticipantProgress: Sendable {
  /// Events, unique by id, in time order (ties broken by id). Events recorded on one
  /// laptop never share a time: ``Journal/record(_:)`` stamps them strictly increasing.
  package let events: [Event]
  /// Per lesson id (including lessons no longer in the course).
  package private(set) var lessons: [String: LessonProgress] = [:]
  /// Every indicator record and self-report, in time order.
  package private(set) var indicatorRecords: [IndicatorOutcome] = []
  /// Time of the last event.
  package private(set) var lastActivity: Int64?

  package init(events: [Event]) {
    self.events = Self.uniqueInTimeOrder(consume events)
    var runs = RunTable()
    for index in self.events.indices {
      let time = self.events[index].time
      lastActivity = max(lastActivity ?? time, time)
      switch self.events[index].body {
      case .lessonOpened(let opening):
        runs.open(LessonRun(opening: opening, openedAt: time))
      case .pageReached(let visit):
        runs.update(visit.run, time) { $0.lastPage = visit.page }
      case .answer(let answer):
        runs.update(answer.run, time) { $0.answers.append(answer) }
      case .checklistItem(let mark):
        runs.update(mark.run, time) { $0.marks.append(mark) }
        if let indicator = mark.indicator {
          indicatorRecords.append(
            IndicatorOutcome(
              indicator: indicator, achieved: mark.done, reason: mark.done ? nil : mark.reason,
              note: nil, source: .selfReported, session: mark.session, time: time,
              eventID: self.events[index].id))
        }
      case .lessonCompleted(let result):
        runs.update(result.run, time) { $0.result = result }
      case .indicatorRecorded(let record):
        indicatorRecords.append(
          IndicatorOutcome(
            indicator: record.indicator, achieved: record.achieved, reason: record.reason,
            note: record.note, source: record.source, session: record.session, time: time,
            eventID: self.events[index].id))
      default:
        break
      }
    }
    for run in runs.runs {
      lessons[run.opening.lesson, default: LessonProgress(lesson: run.opening.lesson, runs: [])]
        .runs.append(run)
    }
  }

  /// `events` without repeated ids (the first kept), sorted by ``Event/chronological``.
  ///
  /// A journal is nearly always in time order with unique ids already (events recorded
  /// in the same millisecond can be out of id order); then the array is used as it is,
  /// or sorted in place, instead of being copied (every copy retains all of an event's
  /// strings, which dominated reports over a million events).
  static func uniqueInTimeOrder(_ events: consuming [Event]) -> [Event] {
    var hashes = Set<Int>(minimumCapacity: events.count)
    var unique = true
    for index in events.indices where !hashes.insert(events[index].id.hashValue).inserted {
      unique = false
      break
    }
    var sorted = true
    var index = 1
    while sorted && index < events.count {
      sorted = !Event.chronological(events[index], events[index - 1])
      index += 1
    }
    if unique && sorted { return events }
    var kept = events
    if !unique {
      var seen = Set<String>(minimumCapacity: kept.count)
      kept = kept.filter { seen.insert($0.id).inserted }
    }
    if !sorted { sortNearlySorted(&kept) }
    return kept
  }

  /// Sorts by ``Event/chronological``: by swapping neighbours while the events are
  /// nearly in order (moves only, no copies), else with the standard sort.
  static func sortNearlySorted(_ events: inout [Event]) {
    var budget = 4 * events.count + 16
    for start in events.indices.dropFirst() {
      var index = start
      while index > 0, Event.chronological(events[index], events[index - 1]) {
        events.swapAt(index, index - 1)
        index -= 1
        budget -= 1
        if budget == 0 {
          events.sort(by: Event.chronological)
          return
        }
      }
    }
  }

  /// The lesson's progress (empty when never opened).
  package func lesson(_ id: String) -> LessonProgress {
    lessons[id] ?? LessonProgress(lesson: id, runs: [])
  }

  /// The outcome that counts per indicator: the latest facilitator record, else the
  /// latest self-report. With `session`, only records made in that session or without a
  /// session (self-study) count.
  package func indicators(session: String? = nil) -> [String: IndicatorOutcome] {
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
  package func testScores(test: String) -> (pre: Int?, post: Int?) {
    let results = lesson(test).completedRuns.compactMap(\.result)
    return (results.first { $0.tag == .pre }?.score, results.last { $0.tag == .post }?.score)
  }
}

/// Lesson runs in the order first opened, found by run id (the last one looked up is
/// remembered: a run's events usually come one after another).
private struct RunTable {
  private(set) var runs: [LessonRun] = []
  private var index: [String: Int] = [:]
  private var last: (id: String, position: Int)?

  /// Records a run's opening; opening the same run again starts it afresh in its place.
  mutating func open(_ run: LessonRun) {
    if let position = index[run.id] {
      runs[position] = run
    } else {
      index[run.id] = runs.count
      runs.append(run)
    }
    last = (run.id, index[run.id] ?? 0)
  }

  /// Applies `change` to run `id` (if it was opened) and stamps its last activity.
  mutating func update(_ id: String, _ time: Int64, _ change: (inout LessonRun) -> Void) {
    let position: Int
    if let last, last.id == id {
      position = last.position
    } else {
      guard let found = index[id] else { return }
      position = found
      last = (id, found)
    }
    change(&runs[position])
    runs[position].lastActivity = time
  }
}
