import LatihCourse
import LatihData

extension LessonMachine {
  /// The first question on `page` from index `start` that this run has not settled (and,
  /// in a retry, that is being retried).
  func openQuestion(on page: Int, from start: Int) -> Int? {
    let questions = lesson.pages[page].questions
    return questions.indices.first { index in
      index >= start && run.finalAnswer(questions[index].id) == nil
        && (opening.retry?.contains(questions[index].id) ?? true)
    }
  }

  /// The question's presentation in this run (option order from the run's seed).
  func view(_ question: Question) -> QuestionView {
    QuestionView(question, seed: opening.seed, shuffled: opening.shuffled)
  }

  /// Tries `question` gets in this lesson.
  func tries(_ question: Question) -> Int { question.tries(allowed: allowedTries, isTest: isTest) }

  /// The question's number within the lesson (1-based) and the lesson's count.
  func numbering(_ question: Question) -> (Int, Int) {
    let all = lesson.questions
    return ((all.firstIndex { $0.id == question.id } ?? 0) + 1, all.count)
  }

  /// The keys at question `question`.
  func hints(_ question: Question) -> KeyHints {
    .question(
      question.kind, letters: view(question).choices.count, tries: tries(question), test: isTest)
  }

  mutating func askQuestion(_ page: Int, _ index: Int, step: TutorStep) -> TutorStep {
    var step = step
    let question = lesson.pages[page].questions[index]
    position = .question(page: page, index: index)
    let (number, count) = numbering(question)
    let attempt = run.tries(question.id).count + 1
    step.output.append(
      .question(
        number: number, count: count, view: view(question), attempt: attempt, tries: tries(question)
      ))
    step.output.append(.keys(hints(question)))
    return step
  }

  mutating func handleQuestion(_ input: String, command: String, page: Int, index: Int) -> TutorStep
  {
    let question = lesson.pages[page].questions[index]
    let questionView = view(question)
    let hints = hints(question)
    if command == "q" || command == "m" || command == "?", let step = common(command, hints: hints)
    {
      return step
    }
    if command == "<" { return reread(from: page, question: index) }
    let parsed: ParsedAnswer
    switch AnswerParser.parse(
      input, for: questionView, in: opening.language, terms: terms, test: isTest)
    {
    case .failure(let problem):
      return TutorStep(output: [.message(.answerProblem(problem)), .keys(hints)])
    case .success(let answer):
      parsed = answer
    }
    let (correct, response) = Grader.grade(parsed, for: questionView, in: opening.language)
    let attempt = run.tries(question.id).count + 1
    let allowed = tries(question)
    let final = correct || attempt >= allowed
    let record = AnswerRecord(
      run: opening.run, lesson: lesson.id, question: question.id, attempt: attempt,
      correct: correct, final: final, response: response)
    run.answers.append(record)
    var step = TutorStep(events: [.answer(record)])

    var feedback = Feedback(
      correct: isTest ? nil : correct,
      explanations: isTest ? [] : Grader.pickedExplanations(parsed, for: questionView),
      hint: nil, triesLeft: final ? 0 : allowed - attempt, rightAnswer: nil)
    if !isTest {
      if final, let explanation = question.explanation { feedback.explanations.append(explanation) }
      if !final { feedback.hint = question.hint }
      if final && !correct { feedback.rightAnswer = questionView }
    }
    step.output.append(.feedback(feedback))
    guard final else {
      // Ask again with the choices in view (long explanations push them off a phone).
      let (number, count) = numbering(question)
      step.output.append(
        .question(
          number: number, count: count, view: questionView, attempt: attempt + 1, tries: allowed))
      step.output.append(.keys(hints))
      return step
    }
    if let next = openQuestion(on: page, from: index + 1) {
      return askQuestion(page, next, step: step)
    }
    return leave(page, step: step)
  }

  // MARK: Summary

  /// Records the run's result and shows the score.
  mutating func arriveAtSummary(_ step: TutorStep) -> TutorStep {
    var step = step
    let questions = lesson.questions
    let correctIDs = questions.filter { question in
      baseCorrect.contains(question.id) || run.finalAnswer(question.id)?.correct == true
    }.map(\.id)
    let total = questions.count
    let correct = correctIDs.count
    let score = total == 0 ? 100 : Int((Double(correct) * 100 / Double(total)).rounded())
    let passed = score >= passMark
    let result = LessonResult(
      run: opening.run, lesson: lesson.id, correct: correct, total: total, score: score,
      passed: passed, tag: opening.tag)
    run.result = result
    step.events.append(.lessonCompleted(result))
    let missed = questions.filter { !correctIDs.contains($0.id) }
    let canRetry = !isTest && !missed.isEmpty
    position = .summary
    step.output.append(.newScreen)
    // A lesson lists what was missed; a test reviews every question it asked.
    let reviewed = isTest ? questions.filter { run.finalAnswer($0.id) != nil } : missed
    var summary = LessonSummary(
      lessonTitle: lesson.title, correct: correct, total: total, score: score, passed: passed,
      passMark: passMark, tag: opening.tag,
      review: reviewed.map { question in
        let answer = run.finalAnswer(question.id)
        return ReviewItem(
          view: view(question), response: answer?.response,
          correct: correctIDs.contains(question.id))
      },
      canRetry: canRetry)
    if isTest {
      summary.role = opening.tag.map { $0 == .pre ? .pre : .post } ?? .neither
      // Only the post-test reviews its questions: after a pre-test (or a test taken
      // part-way through) the right answers would be remembered for the post-test.
      if summary.role != .post { summary.review = [] }
    }
    if isRetry {
      summary.practice = true
      summary.officialScore = officialScore
    }
    step.output.append(.summary(summary))
    step.output.append(.keys(.summary(canRetry: canRetry)))
    return step
  }

  mutating func handleSummary(_ command: String) -> TutorStep {
    let questions = lesson.questions
    let missed = questions.filter { question in
      !baseCorrect.contains(question.id) && run.finalAnswer(question.id)?.correct != true
    }.map(\.id)
    let canRetry = !isTest && !missed.isEmpty
    switch command {
    case "":
      position = .done(.completed)
      return TutorStep(exit: .completed)
    case "r" where canRetry:
      position = .done(.retry(missed))
      return TutorStep(exit: .retry(missed))
    default:
      if let step = common(command, hints: .summary(canRetry: canRetry)) { return step }
      return TutorStep(output: [
        .message(.summaryTypo(canRetry: canRetry)), .keys(.summary(canRetry: canRetry)),
      ])
    }
  }
}
