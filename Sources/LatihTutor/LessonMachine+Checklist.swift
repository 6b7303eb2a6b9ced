import LatihCourse
import LatihData

extension LessonMachine {
  /// The reason id that asks the participant for a short text of their own.
  static let otherReason = "other"
  /// The longest note kept for "other reason", in characters.
  package static let maximumNoteLength = 80

  /// The reasons offered for a "not yet" on `item`: those the manifest ties to its
  /// indicator (every reason when the item records none).
  func offeredReasons(for item: ChecklistItem) -> [CourseManifest.Label] {
    guard let indicator = item.indicator else { return reasons }
    return manifest.reasons(for: indicator)
  }

  /// Asks checklist item `item` of page `page`, showing how it stands now.
  mutating func askItem(_ page: Int, _ item: Int, step: TutorStep) -> TutorStep {
    var step = step
    let items = lesson.pages[page].items
    position = .checklist(page: page, item: item)
    step.output.append(
      .checklistItem(
        number: item + 1, count: items.count, text: items[item].text,
        mark: run.mark(items[item].id), reasons: reasons))
    step.output.append(.keys(.checklistItem))
    return step
  }

  /// Shows every item of the page with its state; a number changes an item.
  mutating func showOverview(_ page: Int, step: TutorStep) -> TutorStep {
    var step = step
    let items = lesson.pages[page].items
    position = .overview(page: page)
    returnToOverview = false
    step.output.append(
      .checklistOverview(items, marks: marks(on: lesson.pages[page]), reasons: reasons))
    step.output.append(.message(.checklistChange(count: items.count)))
    step.output.append(.keys(.overview(count: items.count)))
    return step
  }

  mutating func handleChecklist(_ command: String, page: Int, item: Int) -> TutorStep {
    let words = AnswerWords.of(opening.language)
    if words.checklistDone.contains(command) { return mark(page, item, done: true, reason: nil) }
    if words.checklistNotYet.contains(command) { return askReason(page, item) }
    if command.isEmpty { return afterItem(page, item, step: TutorStep()) }
    if words.back.contains(command) {
      returnToOverview = false
      if item > 0 { return askItem(page, item - 1, step: TutorStep()) }
      guard let previous = previousPage(before: page) else {
        return TutorStep(output: [.message(.firstPage), .keys(.checklistItem)])
      }
      return enterPage(previous, step: TutorStep())
    }
    if let step = common(command, hints: .checklistItem) { return step }
    return TutorStep(output: [.message(.checklistTypo), .keys(.checklistItem)])
  }

  mutating func askReason(_ page: Int, _ item: Int) -> TutorStep {
    let offered = offeredReasons(for: lesson.pages[page].items[item])
    position = .reason(page: page, item: item)
    return TutorStep(output: [.reasons(offered), .keys(.reason(count: offered.count))])
  }

  mutating func handleReason(_ command: String, page: Int, item: Int) -> TutorStep {
    let offered = offeredReasons(for: lesson.pages[page].items[item])
    if command.isEmpty { return askItem(page, item, step: TutorStep()) }
    if let number = TypedLine.number(command), (1...offered.count).contains(number) {
      let reason = offered[number - 1].id
      if reason == Self.otherReason {
        position = .note(page: page, item: item)
        return TutorStep(output: [.message(.askNote), .keys(.note)])
      }
      return mark(page, item, done: false, reason: reason)
    }
    if let step = common(command, hints: .reason(count: offered.count)) { return step }
    return TutorStep(output: [
      .message(.reasonTypo(count: offered.count)), .keys(.reason(count: offered.count)),
    ])
  }

  /// The participant's words for "other reason": Enter alone records none.
  mutating func handleNote(_ input: String, page: Int, item: Int) -> TutorStep {
    if let step = common(input.lowercased(), hints: .note) { return step }
    let note = NameKey.clean(input, limit: Self.maximumNoteLength)
    return mark(page, item, done: false, reason: Self.otherReason, note: note.isEmpty ? nil : note)
  }

  /// Records a mark (with its indicator, self-reported) and moves on.
  mutating func mark(_ page: Int, _ item: Int, done: Bool, reason: String?, note: String? = nil)
    -> TutorStep
  {
    let checklistItem = lesson.pages[page].items[item]
    let mark = ChecklistMark(
      run: opening.run, lesson: lesson.id, item: checklistItem.id, done: done, reason: reason,
      indicator: checklistItem.indicator, session: opening.session, note: note)
    run.marks.append(mark)
    var step = TutorStep(events: [.checklistItem(mark)])
    step.output.append(.message(done ? .itemDone : .itemNotYet))
    return afterItem(page, item, step: step)
  }

  /// The next item (never skipping one), or the overview after the last item or when the
  /// item was chosen from the overview.
  mutating func afterItem(_ page: Int, _ item: Int, step: TutorStep) -> TutorStep {
    let items = lesson.pages[page].items
    if !returnToOverview, item + 1 < items.count { return askItem(page, item + 1, step: step) }
    return showOverview(page, step: step)
  }

  mutating func handleOverview(_ command: String, page: Int) -> TutorStep {
    let items = lesson.pages[page].items
    if command.isEmpty { return leave(page, step: TutorStep()) }
    if let number = TypedLine.number(command), (1...items.count).contains(number) {
      returnToOverview = true
      return askItem(page, number - 1, step: TutorStep())
    }
    if AnswerWords.of(opening.language).back.contains(command) {
      return askItem(page, items.count - 1, step: TutorStep())
    }
    if let step = common(command, hints: .overview(count: items.count)) { return step }
    return TutorStep(output: [
      .message(.checklistChange(count: items.count)), .keys(.overview(count: items.count)),
    ])
  }
}
