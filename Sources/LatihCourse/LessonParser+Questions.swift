extension LessonParser {
  /// Parses the questions of a quiz page: each `###` heading and the lines under it.
  mutating func parseQuestions(_ lines: ArraySlice<SourceText.Line>) -> [Question] {
    var questions: [Question] = []
    var index = lines.startIndex
    while index < lines.endIndex {
      var end = index + 1
      while end < lines.endIndex {
        if case .heading(let level, _) = lines[end].kind, level == 3 { break }
        end += 1
      }
      if let question = parseQuestion(heading: lines[index], body: lines[(index + 1)..<end]) {
        questions.append(question)
      }
      index = end
    }
    return questions
  }

  /// The answer part being read, for deciding what a line means.
  private enum QuestionPart { case details, answers, explanation }

  /// Parses one question; nil (with diagnostics) when it cannot be asked.
  mutating func parseQuestion(heading: SourceText.Line, body: ArraySlice<SourceText.Line>)
    -> Question?
  {
    guard case .heading(_, let headingText) = heading.kind else { return nil }
    let here = location(heading.number)
    let trailing = TrailingMarkers.split(headingText, in: heading.text)
    var declared: (name: String, column: Int)?
    for marker in trailing.markers {
      let markerLocation = location(heading.number, marker.column)
      switch marker.name {
      case "true", "false", "order", "short":
        if let first = declared {
          sink.error(markerLocation, .conflictingMarkers(first.name, marker.name))
        } else if marker.argument != nil {
          sink.error(markerLocation, .markerNotAllowedHere(marker.name + ":"))
        } else {
          declared = (marker.name, marker.column)
        }
      case "checklist", "quiz", "indicator", "hint":
        sink.error(markerLocation, .markerNotAllowedHere(marker.name))
      default:
        sink.error(
          markerLocation,
          .unknownMarker(marker.name, allowed: ["true", "false", "order", "short"]))
      }
    }
    if trailing.text.isEmpty {
      sink.error(
        location(heading.number, heading.text.column(of: headingText.startIndex)), .emptyHeading)
    }

    var details: [RichText] = []
    var paragraph: String?
    var options: [AnswerOption] = []
    // Raw texts, parsed once complete so emphasis may span lines.
    var optionTexts: [String] = []
    var optionExplanations: [String?] = []
    var explanationText: String?
    var hintText: String?
    var roundOptions = 0
    var squareOptions = 0
    var listItems: [(text: Substring, line: Int)] = []
    var part = QuestionPart.details
    var reportedStray = false
    let declaredKind: QuestionKind? = declared.map { marker in
      switch marker.name {
      case "order": return .order
      case "short": return .short
      default: return .trueFalse
      }
    }
    var lastWasOption = false

    /// The kind for messages: the declared one, else what the options so far say.
    func kindSoFar() -> QuestionKind {
      declaredKind ?? (squareOptions > 0 && roundOptions == 0 ? .multiple : .single)
    }

    func stray(_ line: SourceText.Line, _ sink: inout DiagnosticSink, _ message: CheckMessage) {
      if !reportedStray {
        sink.error(SourceLocation(path: source.path, line: line.number), message)
        reportedStray = true
      }
    }

    for line in body {
      let kind = line.kind
      if part == .explanation {
        switch kind {
        case .blank: continue
        case .quote(let indent, let text) where indent < 2:
          if text.hasPrefix("[hint]") {
            hintText = (hintText ?? "").joinedLine(String(text.dropFirst(6).drop { $0 == " " }))
          } else {
            explanationText = (explanationText ?? "").joinedLine(String(text))
          }
        default:
          stray(line, &sink, .textAfterExplanation)
        }
        continue
      }
      switch kind {
      case .blank:
        if let text = paragraph {
          details.append(InlineParser.parse(text))
          paragraph = nil
        }
        lastWasOption = false
      case .text(let indent):
        if part == .details {
          paragraph = (paragraph ?? "").joinedLine(line.text.trimmingCharacters())
        } else if indent >= 2 && lastWasOption && !options.isEmpty {
          optionTexts[optionTexts.count - 1] = optionTexts[optionTexts.count - 1].joinedLine(
            line.text.trimmingCharacters())
        } else {
          stray(line, &sink, .unexpectedInQuestion(kindSoFar()))
        }
      case .listItem(let indent, let ordered, let text) where indent < 2:
        if let text = paragraph {
          details.append(InlineParser.parse(text))
          paragraph = nil
        }
        part = .answers
        lastWasOption = false
        if !ordered, let (box, rest) = Box.parse(text) {
          switch box {
          case .round(let checked):
            roundOptions += 1
            options.append(option(rest, checked: checked, line: line))
          case .square(let checked):
            squareOptions += 1
            options.append(option(rest, checked: checked, line: line))
          }
          optionTexts.append(rest.trimmingCharacters())
          optionExplanations.append(nil)
          lastWasOption = true
        } else if declaredKind == .order && ordered || declaredKind == .short && !ordered {
          listItems.append((text, line.number))
        } else {
          stray(line, &sink, .unexpectedInQuestion(kindSoFar()))
        }
      case .quote(let indent, let text) where indent >= 2:
        if lastWasOption, !options.isEmpty {
          let last = optionExplanations.count - 1
          optionExplanations[last] = (optionExplanations[last] ?? "").joinedLine(String(text))
        } else {
          // The column of `>`: each leading space or tab is one column.
          let column = line.text.prefix { $0 == " " || $0 == "\t" }.unicodeScalars.count + 1
          sink.error(location(line.number, column), .optionExplanationWithoutOption)
        }
      case .quote(_, let text):
        if let text = paragraph {
          details.append(InlineParser.parse(text))
          paragraph = nil
        }
        part = .explanation
        if text.hasPrefix("[hint]") {
          hintText = String(text.dropFirst(6).drop { $0 == " " })
        } else {
          explanationText = String(text)
        }
      default:
        stray(line, &sink, .unexpectedInQuestion(kindSoFar()))
      }
    }
    if let text = paragraph { details.append(InlineParser.parse(text)) }
    for index in options.indices {
      options[index].text = InlineParser.parse(optionTexts[index])
      options[index].explanation = optionExplanations[index].map(InlineParser.parse)
    }
    let explanation = explanationText.map(InlineParser.parse)
    let hint = hintText.map(InlineParser.parse)

    guard
      let key = answerKey(
        declared: declared?.name, options: options, round: roundOptions, square: squareOptions,
        listItems: listItems, at: here)
    else { return nil }
    return Question(
      id: explicitID(trailing, line: heading.number), prompt: InlineParser.parse(trailing.text),
      details: details, key: key, explanation: explanation, hint: hint, location: here)
  }

  private func option(_ text: Substring, checked: Bool, line: SourceText.Line) -> AnswerOption {
    AnswerOption(
      text: InlineParser.parse(text.trimmingCharacters()), isCorrect: checked,
      location: location(line.number))
  }

  /// Builds and validates the answer key; nil (reported) when the question is unusable.
  private mutating func answerKey(
    declared: String?, options: [AnswerOption], round: Int, square: Int,
    listItems: [(text: Substring, line: Int)], at here: SourceLocation
  ) -> AnswerKey? {
    switch declared {
    case "true", "false":
      if !options.isEmpty || !listItems.isEmpty {
        sink.error(options.first?.location ?? here, .trueFalseWithOptions)
      }
      return .trueFalse(declared == "true")
    case "order":
      if !options.isEmpty { sink.error(options[0].location, .unexpectedInQuestion(.order)) }
      if listItems.count < 2 {
        sink.error(here, .orderTooFewItems(listItems.count))
        return nil
      }
      if listItems.count > 10 {
        sink.error(location(listItems[10].line), .orderTooManyItems(listItems.count))
        return nil
      }
      return .order(listItems.map { InlineParser.parse($0.text.trimmingCharacters()) })
    case "short":
      if !options.isEmpty { sink.error(options[0].location, .unexpectedInQuestion(.short)) }
      let accepted = listItems.map { $0.text.trimmingCharacters() }.filter { !$0.isEmpty }
      if accepted.isEmpty {
        sink.error(here, .shortWithoutAnswers)
        return nil
      }
      return .short(accepted)
    default:
      break
    }
    if options.isEmpty {
      sink.error(here, .questionWithoutAnswers)
      return nil
    }
    if round > 0 && square > 0 {
      sink.error(options[0].location, .mixedOptionStyles)
      return nil
    }
    if options.count < 2 {
      sink.error(options[0].location, .tooFewOptions(options.count))
      return nil
    }
    if options.count > 10 {
      sink.error(options[10].location, .tooManyOptions(options.count))
      return nil
    }
    let correct = options.filter(\.isCorrect)
    if correct.isEmpty {
      sink.error(here, .noCorrectAnswer)
      return nil
    }
    if round > 0 {
      if correct.count > 1 {
        sink.error(correct[1].location, .singleChoiceManyCorrect(correct.count))
        return nil
      }
      return .single(options)
    }
    return .multiple(options)
  }
}
