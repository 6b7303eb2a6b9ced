import LatihBase
import LatihCourse
import LatihData

/// Turns ``TutorOutput`` into text for one terminal: its width, colour and language.
package struct TutorRenderer: Sendable {
  package var language: Language
  package var blocks: BlockRenderer
  /// Whether a new screen clears the terminal (only for a person at a real terminal).
  package var clearsScreen: Bool
  /// The participant's name (cleaned), shown on the page line of every lesson screen so a
  /// shared laptop always says whose turn it is; nil on a pipe and on the projector.
  package var participant: String?

  package init(
    language: Language, width: Int, style: TextStyle, clearsScreen: Bool,
    participant: String? = nil
  ) {
    self.language = language
    self.blocks = BlockRenderer(width: width, style: style)
    self.clearsScreen = clearsScreen
    self.participant = participant
  }

  /// Clears the screen (cursor home, erase display).
  package static let clearScreen = "\u{1B}[H\u{1B}[2J"
  /// Clears the screen and the terminal's scrollback (`ESC[3J`, ignored by terminals
  /// without one): at a hand-over and at quit, so the next person cannot scroll back
  /// through the previous one's answers.
  package static let clearScreenAndScrollback = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

  package var style: TextStyle { blocks.style }
  package var width: Int { blocks.width }

  func text(_ message: TutorText) -> String { message.text(in: language) }

  /// The text for a step's output, ending with the prompt when keys are shown.
  package func render(_ outputs: [TutorOutput]) -> String {
    var lines: [String] = []
    var clear = false
    for output in outputs {
      switch output {
      case .newScreen:
        if clearsScreen && lines.isEmpty {
          clear = true
        } else {
          lines.append("")
        }
      default:
        lines.append(contentsOf: render(output))
      }
    }
    var result = clear ? Self.clearScreen : ""
    for (index, line) in lines.enumerated() {
      let isPrompt = index == lines.count - 1 && line == "> "
      result += isPrompt ? line : line + "\n"
    }
    return result
  }

  func render(_ output: TutorOutput) -> [String] {
    switch output {
    case .newScreen:
      return [""]
    case .pageHeader(let lessonTitle, let page, let count, let title):
      return pageHeader(lessonTitle: lessonTitle, page: page, count: count, part: nil)
        + pageTitle(title)
    case .blocks(let content):
      return [""] + blocks.render(content)
    case .checklistOverview(let items, let marks, let reasons):
      return items.enumerated().flatMap { index, item -> [String] in
        guard let marks else { return blocks.wrap(item.text, first: "[ ] ", rest: "    ") }
        let number = "\(index + 1). ".leftPadded(to: 4)
        return checklistLine(item.text, mark: marks[item.id], reasons: reasons, prefix: number)
      }
    case .checklistItem(let number, let count, let itemText, let mark, let reasons):
      return ["", style.dim("\(number)/\(count)")]
        + checklistLine(itemText, mark: mark, reasons: reasons, prefix: "")
        + TextWrapper.wrap(text(.checklistQuestion), width: width)
    case .reasons(let reasons):
      return [text(.reasonsHeading)]
        + reasons.enumerated().flatMap { index, reason in
          TextWrapper.wrap(
            TerminalSanitizer.cleanLine(reason.label(in: language)), width: width,
            firstPrefix: "\(index + 1). ".leftPadded(to: 4), restPrefix: "    ")
        }
    case .question(let number, let count, let view, let attempt, let tries):
      return question(number: number, count: count, view: view, attempt: attempt, tries: tries)
    case .feedback(let feedback):
      return self.feedback(feedback)
    case .summary(let summary):
      return self.summary(summary)
    case .message(let message):
      return TextWrapper.wrap(TerminalSanitizer.clean(text(message)), width: width)
    case .keys(let hints):
      return Self.keyLines(text(.keys(hints)), width: width, style: style) + ["> "]
    }
  }

  /// The top of a lesson screen, kept on every part of a long page: the lesson title, and
  /// "Halaman 3/7 (bagian 1/2)" with the progress bar and the participant's name.
  package func pageHeader(lessonTitle: String, page: Int, count: Int, part: (Int, Int)?)
    -> [String]
  {
    let fraction = BlockRenderer.pageFraction(page: page - 1, of: count)
    var pageLine =
      part.map { ScreenText.pagePart(page: page, count: count, part: $0.0, parts: $0.1) }?
      .text(in: language) ?? text(.pageOf(page: page, count: count))
    if part == nil && participant == nil {
      pageLine += "  " + BlockRenderer.bar(fraction, cells: max(5, min(20, width - 16)))
    } else {
      // The bar takes what is left of the line, and goes when too little is left.
      // The name stays whole with its dot (a line of its own when it does not fit).
      let name =
        participant.map { " ·\u{00A0}" + String($0.map { $0 == " " ? "\u{00A0}" : $0 }) } ?? ""
      let free = width - DisplayWidth.of(pageLine) - DisplayWidth.of(name) - 4
      if free >= 5 { pageLine += "  " + BlockRenderer.bar(fraction, cells: min(20, free)) }
      pageLine += name
    }
    return TextWrapper.wrap(style.dim(TerminalSanitizer.cleanLine(lessonTitle)), width: width)
      + TextWrapper.wrap(pageLine, width: width)
  }

  /// A page's title under its header.
  package func pageTitle(_ title: RichText) -> [String] {
    [""] + TextWrapper.wrap(style.bold(blocks.inline(title)), width: width)
  }

  /// An item with its box (`[x]` done, `[-]` not yet, `[ ]` not answered) and, under it,
  /// its state in words (the reason and any note for a "not yet").
  func checklistLine(
    _ itemText: RichText, mark: ChecklistMark?, reasons: [CourseManifest.Label], prefix: String
  ) -> [String] {
    let box = mark == nil ? "[ ] " : mark!.done ? "[x] " : "[-] "
    let status: String
    switch mark {
    case .none: status = text(.markOpen)
    case .some(let value) where value.done: status = text(.markDone)
    case .some(let value):
      var reason = value.reason.map { id in
        reasons.first { $0.id == id }?.label(in: language) ?? id
      }
      if let note = value.note { reason = (reason.map { $0 + ": " } ?? "") + note }
      status = text(.markNotYet(reason: TerminalSanitizer.cleanLine(reason ?? "-")))
    }
    let indent = String(repeating: " ", count: prefix.count + 4)
    return blocks.wrap(itemText, first: prefix + box, rest: indent)
      + TextWrapper.wrap(style.dim(status), width: width, firstPrefix: indent, restPrefix: indent)
  }

  /// A question with its choices; `instructions` false leaves out what to type (the
  /// projector shows the question to a room, nobody types there).
  package func question(
    number: Int, count: Int, view: QuestionView, attempt: Int, tries: Int,
    instructions: Bool = true
  ) -> [String] {
    let question = view.question
    var lines = [
      "",
      style.dim(
        text(.questionOf(number: number, count: count)) + " · " + question.kind.name(in: language)),
    ]
    lines += TextWrapper.wrap(style.bold(blocks.inline(question.prompt)), width: width)
    for detail in question.details { lines += blocks.wrap(detail) }
    for (index, choice) in view.choices.enumerated() {
      lines += blocks.wrap(choice, first: QuestionView.letter(index) + ") ", rest: "   ")
    }
    guard instructions else { return lines }
    if question.kind == .trueFalse { lines.append(text(.trueFalseChoices)) }
    lines += TextWrapper.wrap(
      text(.instruction(question.kind, letters: view.choices.count)), width: width)
    if attempt > 1 { lines.append(style.yellow(text(.attemptOf(attempt: attempt, tries: tries)))) }
    return lines
  }

  func feedback(_ feedback: Feedback) -> [String] {
    var lines: [String] = []
    switch feedback.correct {
    case .some(true): lines.append(style.green(style.bold(text(.right))))
    case .some(false): lines.append(style.red(style.bold(text(.wrong))))
    case .none: lines.append(text(.recorded))
    }
    for explanation in feedback.explanations { lines += blocks.wrap(explanation) }
    if let view = feedback.rightAnswer { lines += rightAnswer(view) }
    if feedback.triesLeft > 0 {
      if let hint = feedback.hint { lines += blocks.wrap(hint, first: text(.hintLabel) + " ") }
      lines.append(text(.tryAgain(left: feedback.triesLeft)))
    }
    return lines
  }

  /// "The right answer: …" with the option texts, every line starting with `indent`.
  package func rightAnswer(_ view: QuestionView, indent: String = "") -> [String] {
    func wrap(_ answer: String) -> [String] {
      TextWrapper.wrap(
        text(.rightAnswerIs(answer)), width: width, firstPrefix: indent, restPrefix: indent)
    }
    let question = view.question
    switch question.key {
    case .single(let options), .multiple(let options):
      let right = view.order.enumerated().filter { options[$0.element].isCorrect }
        .map { QuestionView.letter($0.offset) + ") " + blocks.inline(options[$0.element].text) }
      return wrap(right.joined(separator: "; "))
    case .order(let items):
      var lines = wrap(view.correctLetters)
      for (index, item) in items.enumerated() {
        lines += blocks.wrap(item, first: indent + "  \(index + 1). ", rest: indent + "     ")
      }
      return lines
    case .trueFalse(let value):
      let word: CommonText = value ? .trueWord : .falseWord
      return wrap(word.text(in: language))
    case .short(let accepted):
      return wrap(TerminalSanitizer.cleanLine(accepted.first ?? ""))
    }
  }

  func summary(_ summary: LessonSummary) -> [String] {
    var lines = TextWrapper.wrap(
      style.bold(text(.finished(TerminalSanitizer.cleanLine(summary.lessonTitle)))), width: width)
    lines.append("")
    if summary.role == .pre {
      lines += TextWrapper.wrap(text(.preTestThanks), width: width)
      lines.append("")
      return lines
    }
    if summary.practice {
      lines += TextWrapper.wrap(
        text(.practiceScore(correct: summary.correct, total: summary.total)), width: width)
      lines += TextWrapper.wrap(text(.officialScoreKept(summary.officialScore)), width: width)
    } else if summary.total == 0 {
      lines += TextWrapper.wrap(text(.readingDone), width: width)
    } else {
      lines += TextWrapper.wrap(
        text(.score(correct: summary.correct, total: summary.total, percent: summary.score)),
        width: width)
      let verdict =
        summary.passed
        ? style.green(style.bold(text(.passed(passMark: summary.passMark))))
        : style.yellow(text(.notPassed(passMark: summary.passMark)))
      lines += TextWrapper.wrap(verdict, width: width)
    }
    if summary.role == .neither {
      lines += TextWrapper.wrap(text(.testMidCourse), width: width)
    } else if let tag = summary.tag {
      lines += TextWrapper.wrap(text(.testTagged(tag)), width: width)
    }
    if summary.role == .post { lines += TextWrapper.wrap(text(.courseFinished), width: width) }
    lines += review(summary.review, isTest: summary.role != nil)
    lines.append("")
    return lines
  }

  /// A key-hint line wrapped only between hints (`[q] simpan & keluar` stays whole).
  package static func keyLines(_ hints: String, width: Int, style: TextStyle) -> [String] {
    let glued = hints.split(separator: "·")
      .map { String($0.trimmingCharacters().map { $0 == " " ? "\u{00A0}" : $0 }) }
      .joined(separator: "\u{00A0}· ")
    return TextWrapper.wrap(glued, width: width).map { style.dim($0) }
  }
}
