import LatihBase
import LatihCourse
import LatihData

/// The quick-entry grid of `latih evaluate` as a state machine: people (in roster order) ×
/// indicators, one line per cell or per person's row. Pure, so it is tested without a
/// terminal; ``GridView`` and `EvaluateCommand` are the thin driver around it.
///
/// A cell is asked when it has no facilitator record and was not skipped (`-`, `.`, `s` or
/// Enter, kept in ``skipped`` across runs), so the grid resumes where it was left and never
/// asks a recorded cell again, unless the facilitator asks for it: `--all` (``askAll``), or
/// a row opened with `/name`, `/number`, `a` or `b`. When only skipped cells are left, those
/// are asked.
package struct EvaluationGrid: Sendable {
  /// What the grid shows.
  package enum Output: Hashable, Sendable {
    case person(number: Int, count: Int, participant: Participant)
    /// An indicator and what is recorded for it now.
    case cell(indicator: CourseManifest.Label, current: IndicatorOutcome?)
    /// The reason list, then the reason prompt.
    case reasons([CourseManifest.Label])
    /// The numbered indicators and reasons, and how a row is typed (the intro and `?`).
    case legend(indicators: [CourseManifest.Label], reasons: [CourseManifest.Label])
    /// Every key (`?`).
    case help
    /// What is recorded for a person now, per indicator (after her row).
    case summary(participant: Participant, outcomes: [IndicatorOutcome?])
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
  /// The language reasons are typed in at the reason prompt (`dokumen`).
  package let language: Language
  /// Ask every cell, recorded or not (`--all`).
  package let askAll: Bool
  /// Current outcome per person id and indicator id.
  package internal(set) var outcomes: [String: [String: IndicatorOutcome]]
  /// Cells skipped and not recorded since (the driver keeps them between runs).
  package internal(set) var skipped: Set<GridCell>
  /// The cell being asked, as (person, indicator) indices.
  package internal(set) var cell: (person: Int, indicator: Int)
  package internal(set) var choosingReason = false
  package internal(set) var recordedCount = 0
  /// The person whose every cell is asked (opened with a jump, `a` or `b`).
  var openPerson: Int?
  /// Whether skipped cells are asked (only they were left when the grid started).
  var askSkipped = false
  /// Whether something was recorded or skipped for the current person since she showed.
  var touched = false

  package init(
    people: [Participant], indicators: [CourseManifest.Label], reasons: [CourseManifest.Label],
    session: String?, outcomes: [String: [String: IndicatorOutcome]],
    skipped: Set<GridCell> = [], askAll: Bool = false, language: Language = .id
  ) {
    self.language = language
    self.people = people
    self.indicators = indicators
    self.reasons = reasons
    self.session = session
    self.outcomes = outcomes
    self.skipped = skipped
    self.askAll = askAll
    cell = (0, 0)
  }

  /// The number a person is shown and jumped to with: her roster number, else her place.
  func number(of person: Int) -> Int { people[person].rosterNumber ?? person + 1 }

  /// The cells of the grid, in order.
  var cellCount: Int { people.count * indicators.count }

  func position(_ index: Int) -> (person: Int, indicator: Int) {
    (index / indicators.count, index % indicators.count)
  }

  func index(_ cell: (person: Int, indicator: Int)) -> Int {
    cell.person * indicators.count + cell.indicator
  }

  func key(_ cell: (person: Int, indicator: Int)) -> GridCell {
    GridCell(participant: people[cell.person].id, indicator: indicators[cell.indicator].id)
  }

  func isRecorded(_ cell: (person: Int, indicator: Int)) -> Bool {
    outcomes[people[cell.person].id]?[indicators[cell.indicator].id]?.source == .facilitator
  }

  /// Whether the grid stops at `cell` on its way forward.
  func isAsked(_ cell: (person: Int, indicator: Int)) -> Bool {
    if askAll || openPerson == cell.person { return true }
    if isRecorded(cell) { return false }
    return askSkipped || !skipped.contains(key(cell))
  }

  /// The first asked cell at or after `start`, if any.
  func nextAsked(from start: Int) -> Int? {
    (max(start, 0)..<cellCount).first { isAsked(position($0)) }
  }

  /// The intro, then the first cell to ask: the first not recorded and not skipped, else
  /// the first skipped one.
  package mutating func start() -> Step {
    if people.isEmpty || indicators.isEmpty {
      return Step(output: [.message(.evaluateNothing)], done: true)
    }
    var step = Step()
    step.output.append(.message(.evaluateIntro(people: people.count, indicators: indicators.count)))
    step.output.append(.legend(indicators: indicators, reasons: reasons))
    var first = nextAsked(from: 0)
    if first == nil {
      askSkipped = true
      first = nextAsked(from: 0)
      if first != nil {
        step.output.append(.message(.evaluateSkippedAgain(skipped.count)))
      }
    }
    guard let first else {
      step.output.append(.message(.evaluateAllRecorded(cells: cellCount)))
      step.done = true
      return step
    }
    cell = position(first)
    return ask(step, newPerson: true)
  }

  package mutating func handle(_ line: String) -> Step {
    let text = line.trimmingCharacters()
    let key = text.lowercased()
    if key == "q" { return quit() }
    if choosingReason { return chooseReason(key) }
    switch key {
    case "b": return back()
    case "?", "h":
      return ask(
        Step(output: [.legend(indicators: indicators, reasons: reasons), .help]), newPerson: true)
    case "r":
      choosingReason = true
      // What to type (Enter cancels, which the list alone does not say), then the list
      // and its prompt, as after a typo there.
      return Step(
        output: [.message(.evaluateReasonTypo(count: reasons.count)), .reasons(reasons)])
    case "a":
      openPerson = cell.person
      cell.indicator = 0
      return ask(Step(), newPerson: true)
    default: break
    }
    if key.hasPrefix("/") { return jump(String(text.dropFirst())) }
    return enter(key)
  }

  /// A line typed at the reason prompt: a reason's number, id or label start (as
  /// `record --reason` reads it), `n` (no reason) or Enter (back to the cell, nothing
  /// recorded).
  mutating func chooseReason(_ key: String) -> Step {
    if key.isEmpty {
      choosingReason = false
      return ask(Step(), newPerson: false)
    }
    if key == "n" || key == "-" {
      choosingReason = false
      return enterOne(.notYet(nil))
    }
    guard case .one(let reason) = ReasonChoice.match(key, in: reasons, language: language) else {
      return Step(output: [.message(.evaluateReasonTypo(count: reasons.count)), .reasons(reasons)])
    }
    choosingReason = false
    return enterOne(.notYet(reason.id))
  }

  mutating func quit() -> Step {
    choosingReason = false
    var step = Step()
    leavePerson(&step)
    step.output.append(.message(.evaluateDone(recorded: recordedCount, skipped: skippedLeft)))
    step.done = true
    return step
  }

  /// Skipped cells still without a record.
  var skippedLeft: Int {
    skipped.count
  }

  /// Records the outcome of the current cell (without moving).
  mutating func record(achieved: Bool, reason: String?) -> Saved {
    let person = people[cell.person]
    let indicator = indicators[cell.indicator]
    let record = IndicatorRecord(
      indicator: indicator.id, achieved: achieved, reason: reason, source: .facilitator,
      session: session)
    outcomes[person.id, default: [:]][indicator.id] = IndicatorOutcome(
      indicator: indicator.id, achieved: achieved, reason: reason, note: nil, source: .facilitator,
      session: session, time: 0, eventID: "")
    skipped.remove(key(cell))
    recordedCount += 1
    touched = true
    return Saved(participant: person, record: record)
  }

  /// Skips the current cell (without moving): kept as skipped unless it holds a record.
  mutating func skip() {
    if !isRecorded(cell) { skipped.insert(key(cell)) }
    touched = true
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

  /// `output` as it reads after records of the people `unsaved` were taken back
  /// (``notSaved(_:before:)``): their summaries and the closing count as they are now.
  package func refreshed(_ output: Output, unsaved: Set<String>) -> Output {
    switch output {
    case .summary(let participant, _) where unsaved.contains(participant.id):
      return .summary(
        participant: participant, outcomes: indicators.map { outcomes[participant.id]?[$0.id] })
    case .message(.evaluateDone):
      return .message(.evaluateDone(recorded: recordedCount, skipped: skippedLeft))
    default:
      return output
    }
  }

  /// Moves to the next asked cell after the current one: the summary of the person left,
  /// then her next cell or the next person, or the end.
  mutating func advance(_ step: Step) -> Step {
    var step = step
    guard let next = nextAsked(from: index(cell) + 1) else {
      leavePerson(&step)
      step.output.append(.message(.evaluateDone(recorded: recordedCount, skipped: skippedLeft)))
      step.done = true
      return step
    }
    let target = position(next)
    let newPerson = target.person != cell.person
    if newPerson { leavePerson(&step) }
    cell = target
    return ask(step, newPerson: newPerson)
  }

  /// Ends the current person's visit: her summary when something was entered for her.
  mutating func leavePerson(_ step: inout Step) {
    if touched, people.indices.contains(cell.person) {
      let person = people[cell.person]
      step.output.append(
        .summary(
          participant: person, outcomes: indicators.map { outcomes[person.id]?[$0.id] }))
    }
    touched = false
    openPerson = nil
  }

  /// The previous cell, recorded or not (its row opened).
  mutating func back() -> Step {
    var step = Step()
    let previous = index(cell) - 1
    guard previous >= 0 else { return ask(step, newPerson: true) }
    let target = position(previous)
    let newPerson = target.person != cell.person
    if newPerson { leavePerson(&step) }
    cell = target
    openPerson = target.person
    return ask(step, newPerson: newPerson)
  }

  func ask(_ step: Step, newPerson: Bool) -> Step {
    var step = step
    let person = people[cell.person]
    if newPerson {
      step.output.append(
        .person(number: number(of: cell.person), count: people.count, participant: person))
    }
    let indicator = indicators[cell.indicator]
    step.output.append(.cell(indicator: indicator, current: outcomes[person.id]?[indicator.id]))
    step.output.append(.keys)
    return step
  }
}
