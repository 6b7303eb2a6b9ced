import LatihCourse
import LatihData

extension LearnerSimulator {
  /// What a finished run left behind.
  struct RunOutcome {
    var result: LessonResult
    /// Questions settled wrong (and not right in the run retried).
    var missed: [String]
  }

  /// One run of `lesson`, as ``LessonMachine`` records it: opening, pages reached,
  /// checklist marks, answers (a second try after a wrong one when allowed) and the
  /// result. Returns nil for a run left unfinished. `retry` re-asks the missed questions
  /// of an earlier run.
  mutating func runLesson(
    _ lesson: Lesson, skill: Double, tag: TestTag?, retry: (ids: [String], of: String)? = nil
  ) -> RunOutcome? {
    let opening = LessonOpening(
      run: store.identifiers.hex(bytes: 8), lesson: lesson.id, language: language,
      seed: store.identifiers.next64(), shuffled: true, tag: tag, session: session,
      retry: retry?.ids, retryOf: retry?.of)
    record(.lessonOpened(opening), after: 5...90)
    let visited = lesson.pages.indices.filter { index in
      guard let retry else { return true }
      return lesson.pages[index].questions.contains { retry.ids.contains($0.id) }
    }
    let stopsAt: Int? =
      tag == nil && random.chance(profile.abandons) ? random.int(0...visited.count) : nil
    var finalAnswers: [String: Bool] = [:]
    for (step, index) in visited.enumerated() {
      if step == stopsAt { return nil }
      reach(index, run: opening)
      if step > 0, random.chance(0.05) {
        reach(visited[step - 1], run: opening)
        reach(index, run: opening)
      }
      let page = lesson.pages[index]
      for item in page.items { tick(item, run: opening) }
      for question in page.questions where retry?.ids.contains(question.id) ?? true {
        finalAnswers[question.id] = answer(question, in: lesson, run: opening, skill: skill)
      }
    }
    if stopsAt == visited.count { return nil }
    let questions = lesson.questions
    let retried = Set(retry?.ids ?? [])
    let right = questions.filter { question in
      (retry != nil && !retried.contains(question.id)) || finalAnswers[question.id] == true
    }.count
    let score =
      questions.isEmpty ? 100 : Int((Double(right) * 100 / Double(questions.count)).rounded())
    let result = LessonResult(
      run: opening.run, lesson: lesson.id, correct: right, total: questions.count, score: score,
      passed: score >= course.manifest.passMark, tag: tag)
    record(.lessonCompleted(result), after: 3...30)
    let missed = questions.map(\.id).filter { id in
      finalAnswers[id] == false
        || (retry != nil && retried.contains(id) && finalAnswers[id] != true)
    }
    return RunOutcome(result: result, missed: missed)
  }

  /// The participant reached page `index`.
  private mutating func reach(_ index: Int, run opening: LessonOpening) {
    record(
      .pageReached(PageVisit(run: opening.run, lesson: opening.lesson, page: index)),
      after: 15...240)
  }

  /// A checklist tick: done, or not yet with a reason; an item with an indicator follows
  /// the participant's real situation.
  private mutating func tick(_ item: ChecklistItem, run opening: LessonOpening) {
    let indicator = item.indicator.flatMap { id in
      course.manifest.indicators.firstIndex { $0.id == id }
    }
    let done = indicator.map { profile.achieves($0) } ?? random.chance(0.8)
    let reason = done ? nil : self.reason(for: indicator ?? 0)
    let mark = ChecklistMark(
      run: opening.run, lesson: opening.lesson, item: item.id, done: done, reason: reason,
      indicator: item.indicator, session: opening.session)
    record(.checklistItem(mark), after: 4...40)
  }

  /// Tries at `question` until right or out of tries; returns whether it was settled
  /// right.
  private mutating func answer(
    _ question: Question, in lesson: Lesson, run opening: LessonOpening, skill: Double
  ) -> Bool {
    let isTest = lesson.kind == .test
    let tries = question.tries(allowed: course.attempts(for: lesson), isTest: isTest)
    for attempt in 1...tries {
      let correct = random.chance(attempt == 1 ? skill : min(0.95, skill + 0.25))
      let final = correct || attempt == tries
      let answer = AnswerRecord(
        run: opening.run, lesson: opening.lesson, question: question.id, attempt: attempt,
        correct: correct, final: final, response: response(question, correct: correct))
      record(.answer(answer), after: 5...75)
      if final { return correct }
    }
    return false
  }

  /// The response as Latih stores it: option numbers, an order, true/false or the text.
  private mutating func response(_ question: Question, correct: Bool) -> String {
    switch question.key {
    case .single(let options):
      let right = options.indices.filter { options[$0].isCorrect }
      let wrong = options.indices.filter { !options[$0].isCorrect }
      let chosen = correct || wrong.isEmpty ? right.first ?? 0 : random.pick(wrong)
      return String(chosen + 1)
    case .multiple(let options):
      var chosen = Set(options.indices.filter { options[$0].isCorrect })
      if !correct, !options.isEmpty {
        let flip = random.int(0...(options.count - 1))
        if !chosen.insert(flip).inserted { chosen.remove(flip) }
      }
      return chosen.sorted().map { String($0 + 1) }.joined(separator: ",")
    case .trueFalse(let expected):
      return (expected == correct) ? "true" : "false"
    case .order(let items):
      var order = Array(items.indices)
      if !correct, order.count > 1 { order.swapAt(0, random.int(1...(order.count - 1))) }
      return order.map { String($0 + 1) }.joined(separator: ",")
    case .short(let accepted):
      return correct ? (accepted.first ?? "") : random.pick(Self.wrongWords)
    }
  }

  static let wrongWords = ["tidak tahu", "1000", "dua ribu", "Shopee", "17", "lupa", "?"]
}
