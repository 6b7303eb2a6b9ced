import LatihData

extension LessonMachine {
  /// Asks checklist item `item` of page `page`.
  mutating func askItem(_ page: Int, _ item: Int, step: TutorStep) -> TutorStep {
    var step = step
    let items = lesson.pages[page].items
    position = .checklist(page: page, item: item)
    step.output.append(.checklistItem(number: item + 1, count: items.count, text: items[item].text))
    step.output.append(.keys(.checklistItem))
    return step
  }

  mutating func handleChecklist(_ command: String, page: Int, item: Int) -> TutorStep {
    switch command {
    case "y", "ya", "yes", "sudah", "done":
      return mark(page, item, done: true, reason: nil)
    case "n", "no", "tidak", "belum", "not yet":
      position = .reason(page: page, item: item)
      return TutorStep(output: [.reasons(reasons), .keys(.reason(count: reasons.count))])
    case "":
      return afterItem(page, item, step: TutorStep())
    case "b":
      if item > 0 { return askItem(page, item - 1, step: TutorStep()) }
      guard let previous = previousPage(before: page) else {
        return TutorStep(output: [.message(.firstPage), .keys(.checklistItem)])
      }
      return enterPage(previous, step: TutorStep())
    default:
      if let step = common(command, hints: .checklistItem) { return step }
      return TutorStep(output: [.message(.checklistTypo), .keys(.checklistItem)])
    }
  }

  mutating func handleReason(_ command: String, page: Int, item: Int) -> TutorStep {
    if command.isEmpty { return askItem(page, item, step: TutorStep()) }
    if let number = Int(command), (1...reasons.count).contains(number) {
      return mark(page, item, done: false, reason: reasons[number - 1].id)
    }
    if let step = common(command, hints: .reason(count: reasons.count)) { return step }
    return TutorStep(output: [
      .message(.reasonTypo(count: reasons.count)), .keys(.reason(count: reasons.count)),
    ])
  }

  /// Records a mark (with its indicator, self-reported) and moves to the next item.
  mutating func mark(_ page: Int, _ item: Int, done: Bool, reason: String?) -> TutorStep {
    let checklistItem = lesson.pages[page].items[item]
    let mark = ChecklistMark(
      run: opening.run, lesson: lesson.id, item: checklistItem.id, done: done, reason: reason,
      indicator: checklistItem.indicator, session: opening.session)
    run.marks.append(mark)
    var step = TutorStep(events: [.checklistItem(mark)])
    step.output.append(.message(done ? .itemDone : .itemNotYet))
    return afterItem(page, item, step: step)
  }

  /// The next unmarked item after `item`, or the next page.
  mutating func afterItem(_ page: Int, _ item: Int, step: TutorStep) -> TutorStep {
    let items = lesson.pages[page].items
    if let next = items.indices.first(where: { $0 > item && run.mark(items[$0].id) == nil }) {
      return askItem(page, next, step: step)
    }
    return leave(page, step: step)
  }
}
