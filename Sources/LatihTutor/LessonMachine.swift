import LatihCourse
import LatihData

/// The tutor for one lesson run as a state machine: state + a typed line → events to
/// record and output to show. It never touches a terminal or a file, so every path
/// (each question kind, tries, back and forth, resume) is tested directly.
package struct LessonMachine: Sendable {
  /// Where the participant is.
  package enum Position: Hashable, Sendable {
    /// A page shown whole, waiting for Enter (reading pages, and finished checklists
    /// and quizzes when revisited).
    case reading(page: Int)
    case checklist(page: Int, item: Int)
    /// Choosing the reason for "not yet" for an item.
    case reason(page: Int, item: Int)
    /// Typing a short text for "other reason".
    case note(page: Int, item: Int)
    /// Every item of a checklist page with its state; a number changes one.
    case overview(page: Int)
    case question(page: Int, index: Int)
    /// Reading lesson page `page` again from question `question` on page `returnPage`.
    case rereading(page: Int, returnPage: Int, question: Int)
    case summary
    case done(LessonExit)
  }

  package let lesson: Lesson
  package let opening: LessonOpening
  let reasons: [CourseManifest.Label]
  let manifest: CourseManifest
  let passMark: Int
  let allowedTries: Int
  /// The course's words, so a real word is never taken for a typo (see ``CourseTerms``).
  let terms: CourseTerms
  package internal(set) var position: Position
  /// This run so far: answers and marks (resumed runs start with their history).
  package internal(set) var run: LessonRun
  /// Questions that count as right before a retry: those the base run settled right and,
  /// when the base was itself a retry, those it did not need to retry.
  let baseCorrect: Set<String>
  /// The lesson's official score (best finished full run) when this run started: a
  /// retry's summary shows it unchanged.
  let officialScore: Int?
  private let isNewRun: Bool
  /// Whether the item being asked was chosen from the overview (so the overview follows).
  var returnToOverview = false

  /// A machine for `opening` in `course`. Pass `resume` to continue a run where it
  /// stopped, and `base` (the earlier run) for a retry of missed questions, with
  /// `officialScore`, the lesson's score that a retry (practice) leaves unchanged.
  package init(
    lesson: Lesson, course: Course, opening: LessonOpening, resume: LessonRun? = nil,
    base: LessonRun? = nil, officialScore: Int? = nil, now: Int64 = 0
  ) {
    self.officialScore = officialScore
    self.lesson = lesson
    self.opening = opening
    reasons = course.manifest.reasons
    manifest = course.manifest
    passMark = course.manifest.passMark
    allowedTries = course.attempts(for: lesson)
    let hasShortAnswers = lesson.questions.contains { $0.kind == .short }
    terms = hasShortAnswers ? CourseTerms(course: course, language: opening.language) : .none
    run = resume ?? LessonRun(opening: opening, openedAt: now)
    isNewRun = resume == nil
    let rightInBase = (base?.answers ?? []).filter { $0.final && $0.correct }.map(\.question)
    let rightBefore = base?.opening.retry.map { retried in
      lesson.questions.map(\.id).filter { !retried.contains($0) }
    }
    baseCorrect = Set(rightInBase + (rightBefore ?? []))
    position = .reading(page: 0)
  }

  package var isTest: Bool { lesson.kind == .test }
  var isRetry: Bool { opening.retry != nil }

  /// Whether the machine has finished.
  package var exit: LessonExit? {
    if case .done(let exit) = position { return exit }
    return nil
  }

  // MARK: Starting

  /// The first step: a new run records its opening and first page; a resumed run
  /// continues on the page where it stopped.
  package mutating func start() -> TutorStep {
    var step = TutorStep()
    if isNewRun {
      step.events.append(.lessonOpened(opening))
      guard let first = nextPage(after: -1) else { return arriveAtSummary(step) }
      return enterPage(first, step: step)
    }
    let last = min(run.lastPage ?? 0, max(lesson.pages.count - 1, 0))
    guard !lesson.pages.isEmpty, let page = isVisited(last) ? last : nextPage(after: last) else {
      return arriveAtSummary(step)
    }
    step = enterPage(page, step: step, record: false)
    // Say where we continue just under the page header, so a cleared screen keeps it.
    let header = step.output.firstIndex {
      if case .pageHeader = $0 { return true } else { return false }
    }
    step.output.insert(
      .message(.resumed(page: page + 1, pageCount: lesson.pages.count)),
      at: header.map { $0 + 1 } ?? 0)
    return step
  }

  // MARK: Input

  /// Handles one typed line.
  package mutating func handle(_ line: String) -> TutorStep {
    // Arrow keys move between pages where there are pages; elsewhere they are dropped.
    let typed = TypedLine(line)
    var isReading = false
    switch position {
    case .reading, .rereading: isReading = true
    default: break
    }
    let input = (isReading ? typed.pageCommand : typed.text).trimmingCharacters()
    let command = input.lowercased()
    switch position {
    case .done:
      return TutorStep(exit: exit)
    case .reading(let page):
      return handleReading(command, page: page)
    case .checklist(let page, let item):
      return handleChecklist(command, page: page, item: item)
    case .reason(let page, let item):
      return handleReason(command, page: page, item: item)
    case .note(let page, let item):
      return handleNote(input, page: page, item: item)
    case .overview(let page):
      return handleOverview(command, page: page)
    case .question(let page, let index):
      return handleQuestion(input, command: command, page: page, index: index)
    case .rereading(let page, let returnPage, let question):
      return handleReread(command, page: page, returnPage: returnPage, question: question)
    case .summary:
      return handleSummary(command)
    }
  }

  private mutating func handleReading(_ command: String, page: Int) -> TutorStep {
    switch command {
    case "":
      return leave(page, step: TutorStep())
    case "b", "<":
      guard let previous = previousPage(before: page) else {
        return TutorStep(output: [.message(.firstPage), .keys(.reading(canGoBack: false))])
      }
      return enterPage(previous, step: TutorStep())
    default:
      if let step = common(command, hints: .reading(canGoBack: previousPage(before: page) != nil)) {
        return step
      }
      return TutorStep(output: [
        .message(.readingTypo), .keys(.reading(canGoBack: previousPage(before: page) != nil)),
      ])
    }
  }

  /// `m`, `q` and `?`, which work at every prompt.
  mutating func common(_ command: String, hints: KeyHints) -> TutorStep? {
    switch command {
    case "q":
      position = .done(.quit)
      return TutorStep(exit: .quit)
    case "m":
      position = .done(.menu)
      return TutorStep(exit: .menu)
    case "?":
      return TutorStep(output: [.message(.help(hints)), .keys(hints)])
    default:
      return nil
    }
  }

  // MARK: Pages

  /// Whether page `index` is part of this run (a retry visits only its quiz pages).
  func isVisited(_ index: Int) -> Bool {
    guard lesson.pages.indices.contains(index) else { return false }
    guard let retry = opening.retry else { return true }
    return lesson.pages[index].questions.contains { retry.contains($0.id) }
  }

  func nextPage(after index: Int) -> Int? {
    var candidate = index + 1
    while candidate < lesson.pages.count {
      if isVisited(candidate) { return candidate }
      candidate += 1
    }
    return nil
  }

  func previousPage(before index: Int) -> Int? {
    var candidate = index - 1
    while candidate >= 0 {
      if isVisited(candidate) { return candidate }
      candidate -= 1
    }
    return nil
  }

  /// Moves on from `page`: the next page, or the summary after the last.
  mutating func leave(_ page: Int, step: TutorStep) -> TutorStep {
    guard let next = nextPage(after: page) else { return arriveAtSummary(step) }
    return enterPage(next, step: step)
  }

  /// Shows page `index` and waits at its first open item or question (recording that
  /// the page was reached unless resuming onto it).
  mutating func enterPage(_ index: Int, step: TutorStep, record: Bool = true) -> TutorStep {
    var step = step
    let page = lesson.pages[index]
    if record {
      let visit = PageVisit(run: opening.run, lesson: lesson.id, page: index)
      step.events.append(.pageReached(visit))
      run.lastPage = index
    }
    step.output.append(.newScreen)
    step.output.append(
      .pageHeader(
        lessonTitle: lesson.title, page: index + 1, pageCount: lesson.pages.count, title: page.title
      ))
    if !page.blocks.isEmpty { step.output.append(.blocks(page.blocks)) }
    switch page.kind {
    case .reading:
      break
    case .checklist:
      returnToOverview = false
      if let item = page.items.indices.first(where: { run.mark(page.items[$0].id) == nil }) {
        return askItem(index, item, step: step)
      }
      if !page.items.isEmpty { return showOverview(index, step: step) }
    case .quiz:
      if let question = openQuestion(on: index, from: 0) {
        return askQuestion(index, question, step: step)
      }
      step.output.append(.message(.pageAnswered))
    }
    position = .reading(page: index)
    step.output.append(.keys(.reading(canGoBack: previousPage(before: index) != nil)))
    return step
  }

  func marks(on page: Page) -> [String: ChecklistMark] {
    var result: [String: ChecklistMark] = [:]
    for item in page.items { result[item.id] = run.mark(item.id) }
    return result
  }
}
