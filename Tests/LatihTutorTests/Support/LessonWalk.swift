@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Walks a whole lesson the way a hesitant participant would, so that every kind of
/// output the tutor can produce for it shows up: help, typos, "not yet" with a reason,
/// wrong answers (with hints, explanations and the right answer), the summary.
enum LessonWalk {
  /// Every step's output, in order.
  static func outputs(_ lesson: Lesson, course: Course, seed: UInt64 = 11) -> [[TutorOutput]] {
    let opening = LessonOpening(
      run: "walk", lesson: lesson.id, language: .id, seed: seed, shuffled: true,
      tag: lesson.kind == .test ? .pre : nil)
    var harness = MachineHarness(LessonMachine(lesson: lesson, course: course, opening: opening))
    var steps = [harness.start().output]
    var questions = 0
    var checklistAnswered = false
    var guardCount = 0
    while harness.machine.exit == nil && guardCount < 2_000 {
      guardCount += 1
      switch harness.machine.position {
      case .reading(let page):
        if page == 0 { steps += [harness.send("?").output, harness.send("x").output] }
        steps.append(harness.send(page == 0 ? "b" : "").output)
        if page == 0 { steps.append(harness.send("").output) }
      case .checklist:
        if checklistAnswered {
          steps.append(harness.send("y").output)
        } else {
          checklistAnswered = true
          steps += ["?", "n", "9", String(course.manifest.reasons.count)].map {
            harness.send($0).output
          }
        }
      case .reason:
        steps.append(harness.send("1").output)
      case .question:
        let id = harness.questionID
        let typos = harness.view?.question.kind == .short ? ["", "?"] : ["z", "", "?", "a a"]
        steps += typos.map { harness.send($0).output }
        steps.append(harness.answerWrong().output)
        questions += 1
        while harness.questionID == id {
          steps.append(
            questions % 2 == 0 ? harness.answerRight().output : harness.answerWrong().output)
        }
      case .summary:
        steps += [harness.send("?").output, harness.send("x").output, harness.send("").output]
      case .done:
        break
      }
    }
    return steps
  }

  /// Outputs not reached by walking: revisited checklists (every reason and an open
  /// item), the resume message and every key hint and its help.
  static func extras(_ lesson: Lesson, course: Course) -> [[TutorOutput]] {
    var steps: [[TutorOutput]] = []
    let reasons = course.manifest.reasons.map(\.id)
    for page in lesson.pages where page.kind == .checklist {
      var marks: [String: ChecklistMark] = [:]
      for (index, item) in page.items.enumerated() where index % (reasons.count + 2) != 0 {
        let reason = index % (reasons.count + 2) - 1
        marks[item.id] = ChecklistMark(
          run: "walk", lesson: lesson.id, item: item.id, done: reason == reasons.count,
          reason: reason < reasons.count ? reasons[reason] : nil)
      }
      steps.append([
        .checklistOverview(page.items, marks: marks, reasons: course.manifest.reasons)
      ])
    }
    steps.append([.message(.resumed(page: 12, pageCount: 12))])
    for hints in allHints {
      steps.append([.message(.help(hints)), .keys(hints)])
    }
    return steps
  }

  /// Every kind of key hint.
  static let allHints: [KeyHints] =
    [.reading(canGoBack: true), .reading(canGoBack: false), .checklistItem, .reason(count: 7)]
    + QuestionKind.allCases.map { .question($0, letters: 5) }
    + [.summary(canRetry: true), .summary(canRetry: false)]
}
