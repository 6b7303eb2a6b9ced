import Testing

@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Questions of every kind: right first time, wrong then right, wrong until the tries run
/// out, the tries rule and typos that are not answers.
@Suite struct LessonMachineQuizTests {
  /// A question of the fixture lesson and what answering it right is stored as.
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    /// Questions answered right before it is asked.
    var before: Int
    var tries: Int
    var rightResponse: String
    /// The explanations shown for ``MachineHarness/wrong(_:)``'s answer (the first wrong
    /// option), as written in the fixture.
    var wrongExplanations: [String] = []
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "tunggal", before: 0, tries: 2, rightResponse: "2",
      wrongExplanations: ["Konsumen hanya membeli."]),
    Case(id: "semua", before: 1, tries: 2, rightResponse: "1,2"),
    Case(id: "benar-salah", before: 2, tries: 1, rightResponse: "false"),
    Case(id: "urutan", before: 3, tries: 2, rightResponse: "1,2,3"),
    Case(id: "singkat", before: 4, tries: 2, rightResponse: "25"),
    Case(id: "dua", before: 5, tries: 1, rightResponse: "1"),
  ]

  /// A harness waiting at question `item` of the fixture lesson.
  func harness(at item: Case) throws -> MachineHarness {
    var harness = try MachineHarness(TutorCourse.load())
    harness.start()
    harness.send(["", "", "", ""])  // two reading pages, two checklist items skipped
    for _ in 0..<item.before { harness.answerRight() }
    #expect(harness.questionID == item.id)
    return harness
  }

  @Test(arguments: cases)
  func rightFirstTime(_ item: Case) throws {
    var harness = try harness(at: item)
    let view = try #require(harness.view)
    let step = harness.answerRight()
    let record = AnswerRecord(
      run: "run-1", lesson: "contoh", question: item.id, attempt: 1, correct: true, final: true,
      response: item.rightResponse)
    #expect(step.events.first == .answer(record))
    guard case .feedback(let feedback) = step.output.first else {
      Issue.record("no feedback first: \(step.output)")
      return
    }
    #expect(feedback.correct == true)
    #expect(feedback.triesLeft == 0)
    #expect(feedback.rightAnswer == nil)
    #expect(feedback.hint == nil)
    #expect(feedback.explanations == (view.question.explanation.map { [$0] } ?? []))
    #expect(harness.questionID != item.id)
  }

  @Test(arguments: cases.filter { $0.tries == 2 })
  func wrongThenRight(_ item: Case) throws {
    var harness = try harness(at: item)
    let view = try #require(harness.view)
    let wrong = harness.answerWrong()
    let first = try #require(harness.answers.last)
    #expect(first.attempt == 1 && !first.correct && !first.final)
    #expect(wrong.events.count == 1)
    let feedback = Feedback(
      correct: false,
      explanations: item.wrongExplanations.map { RichText(plain: $0) },
      hint: view.question.hint, triesLeft: 1, rightAnswer: nil)
    #expect(wrong.output.first == .feedback(feedback))
    #expect(harness.questionID == item.id, "still the same question")

    harness.answerRight()
    let second = try #require(harness.answers.last)
    #expect(second.question == item.id)
    #expect(second.attempt == 2 && second.correct && second.final)
    #expect(second.response == item.rightResponse)
    #expect(harness.questionID != item.id)
  }

  @Test(arguments: cases)
  func wrongUntilTriesRunOut(_ item: Case) throws {
    var harness = try harness(at: item)
    let view = try #require(harness.view)
    var step = TutorStep()
    for _ in 0..<item.tries { step = harness.answerWrong() }
    let tries = harness.answers.filter { $0.question == item.id }
    #expect(tries.map(\.attempt) == Array(1...item.tries))
    #expect(tries.map(\.final) == Array(repeating: false, count: item.tries - 1) + [true])
    #expect(tries.allSatisfy { !$0.correct })
    guard case .feedback(let feedback) = step.output.first else {
      Issue.record("no feedback first: \(step.output)")
      return
    }
    #expect(feedback.correct == false)
    #expect(feedback.rightAnswer == view, "the right answer is shown after the last try")
    #expect(feedback.triesLeft == 0)
    #expect(feedback.hint == nil)
    if let explanation = view.question.explanation {
      #expect(feedback.explanations.last == explanation)
    }
    #expect(harness.questionID != item.id)
  }

  @Test(arguments: cases)
  func questionShowsItsTries(_ item: Case) throws {
    var harness = try MachineHarness(TutorCourse.load())
    harness.start()
    harness.send(["", "", "", ""])
    var asked: [String: Int] = [:]
    for _ in 0..<6 {
      for case .question(_, _, let view, let attempt, let tries) in harness.last.output {
        #expect(attempt == 1)
        asked[view.question.id] = tries
      }
      harness.answerRight()
    }
    #expect(asked[item.id] == item.tries)
  }

  @Test(arguments: [
    (2, false, 2), (3, false, 2), (1, false, 1), (5, true, 1),
  ])
  func singleChoiceTries(allowed: Int, isTest: Bool, expected: Int) throws {
    let lesson = try #require(try TutorCourse.load().lesson("contoh", in: .id))
    let single = try #require(lesson.question(id: "tunggal"))
    #expect(single.tries(allowed: allowed, isTest: isTest) == expected)
    let order = try #require(lesson.question(id: "urutan"))
    #expect(order.tries(allowed: allowed, isTest: isTest) == (isTest ? 1 : allowed))
    let truth = try #require(lesson.question(id: "benar-salah"))
    #expect(truth.tries(allowed: allowed, isTest: isTest) == 1)
  }

  /// A typed line that is not an answer, and the hint it gets.
  struct Typo: Sendable, CustomTestStringConvertible {
    var question: Case
    var input: String
    var problem: AnswerProblem
    var testDescription: String { "\(question.id) '\(input)'" }
  }

  static let typos: [Typo] = [
    Typo(question: cases[0], input: "z", problem: .unknownLetter("z", letters: 3)),
    Typo(question: cases[0], input: "", problem: .empty),
    Typo(question: cases[0], input: "   ", problem: .empty),
    Typo(question: cases[0], input: "a a", problem: .chooseOne(letters: 3)),
    Typo(question: cases[0], input: "ab", problem: .chooseOne(letters: 3)),
    Typo(question: cases[1], input: "a a", problem: .repeatedLetter("a")),
    Typo(question: cases[1], input: "a z", problem: .unknownLetter("z", letters: 3)),
    Typo(question: cases[2], input: "mungkin", problem: .trueOrFalse),
    Typo(question: cases[3], input: "a b", problem: .orderIncomplete(letters: 3)),
    Typo(question: cases[3], input: "c a a", problem: .repeatedLetter("a")),
    Typo(question: cases[4], input: "", problem: .empty),
  ]

  @Test(arguments: typos)
  func typoIsNotAnAnswer(_ typo: Typo) throws {
    var harness = try harness(at: typo.question)
    let view = try #require(harness.view)
    let position = harness.machine.position
    let step = harness.send(typo.input)
    #expect(step.events.isEmpty)
    #expect(
      step.output == [
        .message(.answerProblem(typo.problem)),
        .keys(.question(view.question.kind, letters: view.choices.count)),
      ])
    #expect(harness.machine.position == position)
    harness.answerRight()
    #expect(harness.answers.last?.attempt == 1, "a typo does not use a try")
  }
}
