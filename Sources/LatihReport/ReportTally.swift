import LatihCourse
import LatihData

/// Running counts for a report, filled by visiting each person in scope once.
struct ReportTally {
  /// What one person needs help with.
  struct HelpItems {
    var lessons: [ReportHelpLesson] = []
    var indicators: [ReportHelpIndicator] = []

    var isEmpty: Bool { lessons.isEmpty && indicators.isEmpty }
  }

  let plan: ReportPlan
  private(set) var enrolled = 0
  private(set) var assessed = 0
  /// People with at least one self-reported answer to a course indicator.
  private(set) var selfAssessed = 0
  private var selfAnswered: [Int]
  private var selfYes: [Int]
  private var indicatorAssessed: [Int]
  private var indicatorAchieved: [Int]
  /// Per indicator: reason id (nil = none given) → count of not-yet outcomes.
  private var reasonCounts: [[String?: Int]]
  private var started: [Int]
  private var completed: [Int]
  private var passed: [Int]
  private var scoreSums: [Int]
  private var practiced: [Int]
  private var answered: [Int]
  private var correct: [Int]
  private var preAnswered: [Int]
  private var preCorrect: [Int]
  private var tookNeither = 0
  private var tookPre = 0
  private var tookPost = 0
  private var pairs = 0
  private var preSum = 0
  private var postSum = 0
  private var improved = 0

  init(plan: ReportPlan) {
    self.plan = plan
    let indicators = plan.manifest.indicators.count
    indicatorAssessed = Array(repeating: 0, count: indicators)
    indicatorAchieved = Array(repeating: 0, count: indicators)
    reasonCounts = Array(repeating: [:], count: indicators)
    selfAnswered = Array(repeating: 0, count: indicators)
    selfYes = Array(repeating: 0, count: indicators)
    let lessons = plan.lessons.count
    started = Array(repeating: 0, count: lessons)
    completed = Array(repeating: 0, count: lessons)
    passed = Array(repeating: 0, count: lessons)
    scoreSums = Array(repeating: 0, count: lessons)
    practiced = Array(repeating: 0, count: lessons)
    answered = Array(repeating: 0, count: plan.questions.count)
    correct = Array(repeating: 0, count: plan.questions.count)
    preAnswered = Array(repeating: 0, count: plan.questions.count)
    preCorrect = Array(repeating: 0, count: plan.questions.count)
  }

  /// Counts one person's contribution; returns what they need help with.
  mutating func add(_ contribution: ReportContribution) -> HelpItems {
    enrolled += 1
    var help = HelpItems()
    addIndicators(contribution.indicators, into: &help)
    if !contribution.selfReported.isEmpty { selfAssessed += 1 }
    for outcome in contribution.selfReported {
      selfAnswered[outcome.index] += 1
      if outcome.achieved { selfYes[outcome.index] += 1 }
    }
    for lesson in contribution.lessons { addLesson(lesson, into: &help) }
    if let test = contribution.test { addTest(test, into: &help) }
    return help
  }

  private mutating func addIndicators(
    _ outcomes: [ReportContribution.Indicator], into help: inout HelpItems
  ) {
    guard !outcomes.isEmpty else { return }
    assessed += 1
    for outcome in outcomes {
      let index = outcome.index
      indicatorAssessed[index] += 1
      if outcome.achieved {
        indicatorAchieved[index] += 1
        continue
      }
      let reason = outcome.reason.flatMap { $0.isEmpty ? nil : $0 }
      reasonCounts[index][reason, default: 0] += 1
      help.indicators.append(
        ReportHelpIndicator(
          id: plan.manifest.indicators[index].id, label: plan.indicatorLabel(index),
          reason: reason, reasonLabel: plan.reasonLabel(reason), note: outcome.note))
    }
  }

  private mutating func addLesson(_ lesson: ReportContribution.Lesson, into help: inout HelpItems) {
    let index = lesson.index
    started[index] += 1
    if lesson.practiced { practiced[index] += 1 }
    for (question, isCorrect) in lesson.firstTries {
      answered[question] += 1
      if isCorrect { correct[question] += 1 }
    }
    for (question, isCorrect) in lesson.preTestTries {
      preAnswered[question] += 1
      if isCorrect { preCorrect[question] += 1 }
    }
    guard let best = lesson.bestScore else { return }
    completed[index] += 1
    scoreSums[index] += Self.clamp(best)
    if lesson.passed {
      passed[index] += 1
    } else if index != plan.testLesson {
      help.lessons.append(
        ReportHelpLesson(
          id: plan.lessons[index].id, title: plan.lessonTitle(index), kind: .lesson,
          score: Self.clamp(best)))
    }
  }

  private mutating func addTest(_ scores: TestScores, into help: inout HelpItems) {
    if scores.neither > 0 { tookNeither += 1 }
    if scores.pre != nil { tookPre += 1 }
    if let post = scores.post {
      tookPost += 1
      if Self.clamp(post) < plan.passMark, let index = plan.testLesson {
        help.lessons.append(
          ReportHelpLesson(
            id: plan.lessons[index].id, title: plan.lessonTitle(index), kind: .test,
            score: Self.clamp(post)))
      }
    }
    guard let pre = scores.pre.map(Self.clamp), let post = scores.post.map(Self.clamp) else {
      return
    }
    pairs += 1
    preSum += pre
    postSum += post
    if post > pre { improved += 1 }
  }

  /// A score kept within 0–100 (journals merged from elsewhere are untrusted).
  static func clamp(_ score: Int) -> Int { min(100, max(0, score)) }
}

extension ReportTally {
  /// The indicator rows.
  var indicators: [ReportIndicator] {
    plan.manifest.indicators.enumerated().map { index, indicator in
      let total = indicatorAssessed[index]
      let counts = reasonCounts[index]
      let known = plan.manifest.reasons.map(\.id).filter { counts[$0] != nil }
      let unknown = counts.keys.compactMap { $0 }.filter { plan.reasonIndex[$0] == nil }.sorted()
      var ids: [String?] = known + unknown
      if counts[nil] != nil { ids.append(nil) }
      let reasons = ids.map { id in
        ReportReason(
          id: id, label: plan.reasonLabel(id), count: ReportRatio(counts[id] ?? 0, of: total))
      }
      return ReportIndicator(
        id: indicator.id, label: plan.indicatorLabel(index), assessed: total,
        achieved: ReportRatio(indicatorAchieved[index], of: total),
        notYet: ReportRatio(total - indicatorAchieved[index], of: total), reasons: reasons,
        selfYes: ReportRatio(selfYes[index], of: selfAnswered[index]),
        selfNo: ReportRatio(selfAnswered[index] - selfYes[index], of: selfAnswered[index]))
    }
  }

  /// The lesson rows.
  var lessons: [ReportLesson] {
    plan.lessons.enumerated().map { index, slot in
      let questionCount = slot.lesson?.questions.count ?? 0
      return ReportLesson(
        id: slot.id, title: plan.lessonTitle(index), kind: slot.lesson?.kind ?? .lesson,
        questionCount: questionCount, started: started[index],
        completed: ReportRatio(completed[index], of: enrolled),
        meanScore: questionCount > 0
          ? ReportMean(sum: scoreSums[index], count: completed[index]) : nil,
        passed: ReportRatio(passed[index], of: completed[index]), practiced: practiced[index])
    }
  }

  /// The question rows: lesson questions from full runs, the course test's from the
  /// post-test; hardest flagged among these only.
  var questions: [ReportQuestion] {
    plan.questions.enumerated().map { index, slot in
      let ratio = ReportRatio(correct[index], of: answered[index])
      return ReportQuestion(
        lessonID: plan.lessons[slot.lesson].id, lessonTitle: plan.lessonTitle(slot.lesson),
        id: slot.question.id, number: slot.number, text: slot.question.prompt.plainText,
        kind: slot.question.kind, correct: ratio, hardest: ratio.total > 0 && ratio.isBelowHalf,
        phase: slot.lesson == plan.testLesson ? .post : .lesson)
    }
  }

  /// The course test's questions in the pre-test (never flagged hardest).
  var preTestQuestions: [ReportQuestion] {
    plan.questions.enumerated().compactMap { index, slot in
      guard slot.lesson == plan.testLesson else { return nil }
      return ReportQuestion(
        lessonID: plan.lessons[slot.lesson].id, lessonTitle: plan.lessonTitle(slot.lesson),
        id: slot.question.id, number: slot.number, text: slot.question.prompt.plainText,
        kind: slot.question.kind, correct: ReportRatio(preCorrect[index], of: preAnswered[index]),
        hardest: false, phase: .pre)
    }
  }

  /// The course test summary, when the course has a test.
  var test: ReportTest? {
    guard let index = plan.testLesson else { return nil }
    return ReportTest(
      lessonID: plan.lessons[index].id, title: plan.lessonTitle(index), tookPre: tookPre,
      tookPost: tookPost, tookNeither: tookNeither, meanPre: ReportMean(sum: preSum, count: pairs),
      meanPost: ReportMean(sum: postSum, count: pairs),
      gain: ReportGain.of(preSum: preSum, postSum: postSum, pairs: pairs),
      improved: ReportRatio(improved, of: pairs))
  }
}
