import LatihCourse
import LatihData

/// The quick-entry grid of `latih evaluate` as a state machine: people × indicators, one
/// key per answer. Pure, so it is tested without a terminal.
package struct EvaluationGrid: Sendable {
  /// What the grid shows.
  package enum Output: Hashable, Sendable {
    case person(number: Int, count: Int, participant: Participant)
    /// An indicator and what is recorded for it now.
    case cell(indicator: CourseManifest.Label, current: IndicatorOutcome?)
    case reasons([CourseManifest.Label])
    case message(FacilitatorText)
    case keys
  }

  /// A record to save for a participant.
  package struct Saved: Hashable, Sendable {
    package var participant: Participant
    package var record: IndicatorRecord
  }

  /// One step: records to save, then output to show.
  package struct Step: Hashable, Sendable {
    package var records: [Saved] = []
    package var output: [Output] = []
    package var done = false
  }

  package let people: [Participant]
  package let indicators: [CourseManifest.Label]
  package let reasons: [CourseManifest.Label]
  package let session: String?
  /// Current outcome per person id and indicator id.
  package private(set) var outcomes: [String: [String: IndicatorOutcome]]
  /// The cell being asked, as (person, indicator) indices.
  package private(set) var cell: (person: Int, indicator: Int)
  package private(set) var choosingReason = false
  package private(set) var recordedCount = 0

  /// Starts at the first cell without a facilitator record (so the grid resumes).
  package init(
    people: [Participant], indicators: [CourseManifest.Label], reasons: [CourseManifest.Label],
    session: String?, outcomes: [String: [String: IndicatorOutcome]]
  ) {
    self.people = people
    self.indicators = indicators
    self.reasons = reasons
    self.session = session
    self.outcomes = outcomes
    cell = (people.count, 0)
    outer: for person in people.indices {
      for indicator in indicators.indices
      where outcomes[people[person].id]?[indicators[indicator].id]?.source != .facilitator {
        cell = (person, indicator)
        break outer
      }
    }
  }

  var isFinished: Bool { cell.person >= people.count || indicators.isEmpty }

  package mutating func start() -> Step {
    if people.isEmpty || indicators.isEmpty {
      return Step(output: [.message(.evaluateNothing)], done: true)
    }
    var step = Step()
    step.output.append(.message(.evaluateIntro(people: people.count, indicators: indicators.count)))
    return ask(step, newPerson: true)
  }

  package mutating func handle(_ line: String) -> Step {
    let key = line.trimmingCharacters().lowercased()
    if choosingReason {
      if key.isEmpty {
        choosingReason = false
        return ask(Step(), newPerson: false)
      }
      guard let number = Int(key), reasons.indices.contains(number - 1) else {
        return Step(output: [.message(.evaluateTypo), .reasons(reasons)])
      }
      choosingReason = false
      return record(achieved: false, reason: reasons[number - 1].id)
    }
    switch key {
    case "y", "ya", "yes": return record(achieved: true, reason: nil)
    case "n", "no", "tidak", "belum":
      choosingReason = true
      return Step(output: [.reasons(reasons)])
    case "", "s": return advance(Step())
    case "b": return back()
    case "q": return Step(output: [.message(.evaluateDone(recorded: recordedCount))], done: true)
    default: return Step(output: [.message(.evaluateTypo), .keys])
    }
  }

  mutating func record(achieved: Bool, reason: String?) -> Step {
    let person = people[cell.person]
    let indicator = indicators[cell.indicator]
    let record = IndicatorRecord(
      indicator: indicator.id, achieved: achieved, reason: reason, source: .facilitator,
      session: session)
    outcomes[person.id, default: [:]][indicator.id] = IndicatorOutcome(
      indicator: indicator.id, achieved: achieved, reason: reason, note: nil, source: .facilitator,
      session: session, time: 0, eventID: "")
    recordedCount += 1
    return advance(Step(records: [Saved(participant: person, record: record)]))
  }

  /// Takes back a record that could not be saved (the person was learning, her journal
  /// in use): it is not counted and her cell shows again what `before` held, so the
  /// record can be given again later.
  public mutating func notSaved(
    _ saved: Saved, before: [String: [String: IndicatorOutcome]]
  ) {
    let person = saved.participant.id
    outcomes[person, default: [:]][saved.record.indicator] = before[person]?[saved.record.indicator]
    recordedCount -= 1
  }

  mutating func advance(_ step: Step) -> Step {
    let previousPerson = cell.person
    if cell.indicator + 1 < indicators.count {
      cell.indicator += 1
    } else {
      cell = (cell.person + 1, 0)
    }
    if isFinished {
      var step = step
      step.output.append(.message(.evaluateDone(recorded: recordedCount)))
      step.done = true
      return step
    }
    return ask(step, newPerson: cell.person != previousPerson)
  }

  mutating func back() -> Step {
    if cell.indicator > 0 {
      cell.indicator -= 1
      return ask(Step(), newPerson: false)
    }
    guard cell.person > 0 else { return ask(Step(), newPerson: true) }
    cell = (cell.person - 1, indicators.count - 1)
    return ask(Step(), newPerson: true)
  }

  func ask(_ step: Step, newPerson: Bool) -> Step {
    var step = step
    let person = people[cell.person]
    if newPerson {
      step.output.append(.person(number: cell.person + 1, count: people.count, participant: person))
    }
    let indicator = indicators[cell.indicator]
    step.output.append(.cell(indicator: indicator, current: outcomes[person.id]?[indicator.id]))
    step.output.append(.keys)
    return step
  }
}
