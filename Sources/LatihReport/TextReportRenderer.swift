import LatihBase

/// The report for the terminal: readable at 80 columns, every value passed through
/// ``TerminalSanitizer``, numbers right-aligned, headings bold when `style` allows.
package struct TextReportRenderer {
  package let model: ReportModel
  package let style: TextStyle
  package let width: Int
  private let words: ReportWording

  package init(model: ReportModel, style: TextStyle = .plain, width: Int = 80) {
    self.model = model
    self.style = style
    self.width = width
    words = ReportWording(model.language)
  }

  /// The whole report, ending with a newline.
  package func render() -> String {
    let sections =
      model.peopleOnly
      ? [header(), people(), wrap(words(.roundingNote))]
      : [
        header(), indicators(), comparison(), selfReported(), lessons(), questions(), hardest(),
        test(), needsHelp(), wrap(words(.roundingNote)),
      ].filter { !$0.isEmpty }
    return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  private func clean(_ text: String) -> String { TerminalSanitizer.cleanLine(text) }

  /// A word of the report, safe for the terminal.
  private func say(_ text: ReportText) -> String { clean(words(text)) }

  private func heading(_ text: ReportText) -> String { style.bold(say(text).uppercased()) }

  private func wrap(_ text: String, prefix: String = "", rest: String = "") -> [String] {
    TextWrapper.wrap(clean(text), width: width, firstPrefix: prefix, restPrefix: rest)
  }

  /// `label : value` lines with the colons aligned and long values wrapped.
  private func fieldLines(_ fields: [(label: String, value: String)]) -> [String] {
    let labelWidth = fields.map { DisplayWidth.of(clean($0.label)) }.max() ?? 0
    return fields.flatMap { field in
      let label = clean(field.label)
      let padding = String(repeating: " ", count: labelWidth - DisplayWidth.of(label))
      return wrap(
        field.value, prefix: label + padding + " : ",
        rest: String(repeating: " ", count: labelWidth + 3))
    }
  }

  private func titled(_ text: ReportText, _ table: TextTable, note: ReportText? = nil) -> [String] {
    [heading(text)] + table.lines(styleTitle: style.dim) + (note.map { wrap(words($0)) } ?? [])
  }

  private func header() -> [String] {
    var lines = [heading(.title)] + fieldLines(words.headerFields(model.header))
    if model.header.anonymized { lines += wrap(words(.anonymized)) }
    return lines
  }

  private func indicators() -> [String] {
    guard !model.indicators.isEmpty else {
      return [heading(.indicatorsHeading), say(.noIndicators)]
    }
    var table = TextTable(
      titles: [say(.indicatorColumn), "N", say(.achievedColumn), "%", say(.notYetColumn), "%"],
      width: width)
    for indicator in model.indicators {
      table.add([
        clean(indicator.label), "\(indicator.assessed)", words.fraction(indicator.achieved),
        words.percent(indicator.achieved), words.fraction(indicator.notYet),
        words.percent(indicator.notYet),
      ])
      for reason in indicator.reasons {
        table.add([
          "  – " + clean(reason.label), "", "", "", words.fraction(reason.count),
          words.percent(reason.count),
        ])
      }
    }
    return titled(.indicatorsHeading, table, note: .indicatorsNote)
  }

  private func selfReported() -> [String] {
    guard !model.indicators.isEmpty else {
      return [heading(.selfReportedHeading)] + [say(.noIndicators)]
    }
    guard model.header.selfReported > 0 else {
      return [heading(.selfReportedHeading), say(.noSelfReported)]
    }
    var table = TextTable(
      titles: [
        say(.indicatorColumn), say(.selfAnsweredColumn), say(.achievedColumn), "%",
        say(.notYetColumn), "%",
      ], width: width)
    for indicator in model.indicators {
      table.add([
        clean(indicator.label), "\(indicator.selfAnswered)", words.fraction(indicator.selfYes),
        words.percent(indicator.selfYes), words.fraction(indicator.selfNo),
        words.percent(indicator.selfNo),
      ])
    }
    return titled(.selfReportedHeading, table, note: .selfReportedNote)
  }

  private func lessons() -> [String] {
    var table = TextTable(
      titles: [
        say(.lessonColumn), say(.startedColumn), say(.completedColumn), "%",
        say(.meanScoreColumn), say(.passedColumn), "%",
      ], width: width)
    for (index, lesson) in model.lessons.enumerated() {
      table.add([
        "\(index + 1). " + clean(words.lessonTitle(lesson)), "\(lesson.started)",
        words.fraction(lesson.completed), words.percent(lesson.completed),
        words.mean(lesson.meanScore), words.fraction(lesson.passed), words.percent(lesson.passed),
      ])
    }
    return titled(.lessonsHeading, table, note: .lessonsNote)
  }

  private func questions() -> [String] {
    let rows = words.questionRows(model)
    guard !rows.isEmpty else { return [heading(.questionsHeading), say(.noQuestions)] }
    var table = TextTable(
      titles: [say(.questionColumn), say(.answeredColumn), say(.correctColumn), "%", ""],
      width: width)
    var group: String?
    for question in rows {
      if words.questionGroup(question) != group {
        group = words.questionGroup(question)
        table.add([clean(group ?? "")])
      }
      table.add([
        "  " + words.questionNumber(question, in: model) + " " + clean(question.text),
        "\(question.answered)", words.fraction(question.correct), words.percent(question.correct),
        question.hardest ? say(.hardestFlag) : "",
      ])
    }
    return titled(.questionsHeading, table, note: .questionsNote)
  }

  private func hardest() -> [String] {
    let hardest = model.hardest
    guard !hardest.isEmpty else { return [heading(.hardestHeading), say(.noHardest)] }
    var table = TextTable(titles: [say(.questionColumn), say(.correctColumn), "%"], width: width)
    for question in hardest {
      table.add([
        words.questionNumber(question, in: model) + " " + clean(question.text),
        words.fraction(question.correct), words.percent(question.correct),
      ])
    }
    return titled(.hardestHeading, table)
  }

  private func test() -> [String] {
    guard let test = model.test else { return [heading(.testHeading), say(.noTest)] }
    let counts = words(
      .tookTests(pre: test.tookPre, post: test.tookPost, neither: test.tookNeither))
    return [heading(.testHeading) + " — " + clean(test.title)]
      + wrap(words(.paired(test.paired)) + " (" + counts + ")")
      + fieldLines([
        (words(.meanPre), words.mean(test.meanPre)),
        (words(.meanPost), words.mean(test.meanPost)),
        (words(.gain), words.gain(test)),
        (words(.improved), words.fractionAndPercent(test.improved)),
      ])
  }

  private func needsHelp() -> [String] {
    var lines = [heading(.needsHelpHeading)]
    if model.needsHelp.isEmpty { return lines + [say(.nobodyNeedsHelp)] }
    for entry in model.needsHelp {
      let group = entry.group.map { " (" + $0 + ")" } ?? ""
      lines += wrap(entry.name + group).map(style.bold)
      for item in words.helpItems(entry, passMark: model.header.passMark) {
        lines += wrap(item, prefix: "  – ", rest: "    ")
      }
    }
    return lines
  }

  /// The `--by` table: a row per session or group, a column per indicator and the pass
  /// rate; empty without `--by`.
  private func comparison() -> [String] {
    guard let comparison = model.comparison else { return [] }
    let heading = self.heading(.comparisonHeading(comparison.kind))
    guard !comparison.rows.isEmpty else {
      return [heading, say(.noComparisonRows(comparison.kind))]
    }
    let (titles, rows) = words.comparisonTable(comparison, escape: clean)
    var table = TextTable(titles: titles, width: width)
    for row in rows { table.add(row) }
    return [heading] + table.lines(styleTitle: style.dim)
      + wrap(words.indicatorLegend(comparison.indicators.map(\.label)))
      + wrap(words(.comparisonNote(comparison.kind)))
  }

  /// The per-person table, in roster order.
  private func people() -> [String] {
    guard !model.people.isEmpty else { return [heading(.peopleHeading), say(.noPeople)] }
    var titles = [say(.nameColumn)] + model.indicators.indices.map(words.indicatorCode)
    titles += [say(.lessonsDoneColumn), say(.passedColumn), say(.preTestShort)]
    titles.append(say(.postTestShort))
    var table = TextTable(titles: titles, width: width)
    for person in model.people {
      let name = "\(person.number). " + person.name + (person.group.map { " (" + $0 + ")" } ?? "")
      table.add(
        [clean(name)] + person.indicators.map(words.personCell) + [
          words.lessonsDone(person), "\(person.passed)", words.score(person.preScore),
          words.score(person.postScore),
        ])
    }
    var lines = [heading(.peopleHeading)] + table.lines(styleTitle: style.dim)
    lines += wrap(words.indicatorLegend(model.indicators.map(\.label)))
    if let reasons = words.reasonLegend(model.people) { lines += wrap(reasons) }
    return lines + wrap(words(.peopleNote))
  }
}
