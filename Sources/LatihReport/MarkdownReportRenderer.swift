import LatihBase

/// The report as Markdown ready to paste into a document: pipe tables, every value
/// escaped so names and labels cannot become formatting, links or HTML.
package struct MarkdownReportRenderer {
  package let model: ReportModel
  private let words: ReportWording

  package init(model: ReportModel) {
    self.model = model
    words = ReportWording(model.language)
  }

  /// `text` on one line with Markdown's special characters backslash-escaped.
  package static func escape(_ text: String) -> String {
    var result = ""
    for character in TerminalSanitizer.cleanLine(text) {
      if let ascii = character.asciiValue, Self.special.contains(ascii) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Characters that start emphasis, code, links, HTML, entities, tables, strike-through
  /// or headings: \ ` * _ [ ] < > | ~ # &.
  private static let special: Set<UInt8> = Set("\\`*_[]<>|~#&".utf8)

  /// The whole report, ending with a newline.
  package func render() -> String {
    let note = ["_" + e(words(.roundingNote)) + "_"]
    let blocks =
      model.peopleOnly
      ? [header(), people(), note]
      : [
        header(), indicators(), comparison(), selfReported(), lessons(), questions(), hardest(),
        test(), needsHelp(), note,
      ].filter { !$0.isEmpty }
    return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  private func e(_ text: String) -> String { Self.escape(text) }

  private func say(_ text: ReportText) -> String { e(words(text)) }

  private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

  /// A table: titles, then the alignment row (`left` for text, else right-aligned).
  private func table(_ titles: [String], left: Set<Int>, rows: [[String]]) -> [String] {
    let rule = titles.indices.map { left.contains($0) ? "---" : "--:" }
    return [row(titles), row(rule)] + rows.map(row)
  }

  private func header() -> [String] {
    var lines = ["# " + say(.title), ""]
    lines += words.headerFields(model.header).map { "- **" + e($0.label) + ":** " + e($0.value) }
    if model.header.anonymized { lines += ["", "_" + say(.anonymized) + "_"] }
    return lines
  }

  private func indicators() -> [String] {
    let heading = "## " + say(.indicatorsHeading)
    guard !model.indicators.isEmpty else { return [heading, "", say(.noIndicators)] }
    let rows = model.indicators.map { indicator in
      [
        e(indicator.label), "\(indicator.assessed)", words.fraction(indicator.achieved),
        words.percent(indicator.achieved), words.fraction(indicator.notYet),
        words.percent(indicator.notYet),
        indicator.reasons.map { e($0.label) + ": " + words.fractionAndPercent($0.count) }
          .joined(separator: "; "),
      ]
    }
    let titles = [
      say(.indicatorColumn), "N", say(.achievedColumn), "%", say(.notYetColumn), "%",
      say(.reasonsColumn),
    ]
    return [heading, ""] + table(titles, left: [0, 6], rows: rows) + ["", say(.indicatorsNote)]
  }

  private func selfReported() -> [String] {
    let heading = "## " + say(.selfReportedHeading)
    guard !model.indicators.isEmpty else { return [heading, "", say(.noIndicators)] }
    guard model.header.selfReported > 0 else { return [heading, "", say(.noSelfReported)] }
    let rows = model.indicators.map { indicator in
      [
        e(indicator.label), "\(indicator.selfAnswered)", words.fraction(indicator.selfYes),
        words.percent(indicator.selfYes), words.fraction(indicator.selfNo),
        words.percent(indicator.selfNo),
      ]
    }
    let titles = [
      say(.indicatorColumn), say(.selfAnsweredColumn), say(.achievedColumn), "%",
      say(.notYetColumn), "%",
    ]
    return [heading, ""] + table(titles, left: [0], rows: rows) + ["", say(.selfReportedNote)]
  }

  private func lessons() -> [String] {
    let rows = model.lessons.enumerated().map { index, lesson in
      [
        "\(index + 1)", e(words.lessonTitle(lesson)), "\(lesson.started)",
        words.fraction(lesson.completed), words.percent(lesson.completed),
        words.mean(lesson.meanScore), words.fraction(lesson.passed), words.percent(lesson.passed),
      ]
    }
    let titles = [
      "#", say(.lessonColumn), say(.startedColumn), say(.completedColumn), "%",
      say(.meanScoreColumn), say(.passedColumn), "%",
    ]
    return ["## " + say(.lessonsHeading), ""] + table(titles, left: [1], rows: rows)
      + ["", say(.lessonsNote)]
  }

  private func questions() -> [String] {
    let heading = "## " + say(.questionsHeading)
    let answered = words.questionRows(model)
    guard !answered.isEmpty else { return [heading, "", say(.noQuestions)] }
    let rows = answered.map { question in
      [
        words.questionNumber(question, in: model),
        question.phase == .lesson
          ? e(question.text) : e(question.text) + " _(" + e(words.phase(question)) + ")_",
        "\(question.answered)",
        words.fraction(question.correct), words.percent(question.correct),
        question.hardest ? "**" + say(.hardestFlag) + "**" : "",
      ]
    }
    let titles = ["#", say(.questionColumn), say(.answeredColumn), say(.correctColumn), "%", ""]
    return [heading, ""] + table(titles, left: [0, 1, 5], rows: rows) + ["", say(.questionsNote)]
  }

  private func hardest() -> [String] {
    let heading = "## " + say(.hardestHeading)
    let hardest = model.hardest
    guard !hardest.isEmpty else { return [heading, "", say(.noHardest)] }
    let rows = hardest.map { question in
      [
        words.questionNumber(question, in: model), e(question.text),
        words.fraction(question.correct), words.percent(question.correct),
      ]
    }
    let titles = ["#", say(.questionColumn), say(.correctColumn), "%"]
    return [heading, ""] + table(titles, left: [0, 1], rows: rows)
  }

  private func test() -> [String] {
    let heading = "## " + say(.testHeading)
    guard let test = model.test else { return [heading, "", say(.noTest)] }
    let counts = words(
      .tookTests(pre: test.tookPre, post: test.tookPost, neither: test.tookNeither))
    return [
      heading + " — " + e(test.title), "",
      e(words(.paired(test.paired)) + " (" + counts + ")"), "",
      "- **" + say(.meanPre) + ":** " + e(words.mean(test.meanPre)),
      "- **" + say(.meanPost) + ":** " + e(words.mean(test.meanPost)),
      "- **" + say(.gain) + ":** " + e(words.gain(test)),
      "- **" + say(.improved) + ":** " + e(words.fractionAndPercent(test.improved)),
    ]
  }

  private func needsHelp() -> [String] {
    let heading = "## " + say(.needsHelpHeading)
    guard !model.needsHelp.isEmpty else { return [heading, "", say(.nobodyNeedsHelp)] }
    let rows = model.needsHelp.map { entry in
      [
        e(entry.name), entry.group.map(e) ?? ReportWording.none,
        words.helpItems(entry, passMark: model.header.passMark).map(e).joined(separator: "; "),
      ]
    }
    let titles = [say(.nameColumn), say(.groupColumn), say(.helpColumn)]
    return [heading, ""] + table(titles, left: [0, 1, 2], rows: rows)
  }

  /// The `--by` table; empty without `--by`.
  private func comparison() -> [String] {
    guard let comparison = model.comparison else { return [] }
    let heading = "## " + say(.comparisonHeading(comparison.kind))
    guard !comparison.rows.isEmpty else {
      return [heading, "", say(.noComparisonRows(comparison.kind))]
    }
    let (titles, rows) = words.comparisonTable(comparison, escape: e)
    return [heading, ""] + table(titles, left: [0], rows: rows)
      + ["", e(words.indicatorLegend(comparison.indicators.map(\.label))), ""]
      + [say(.comparisonNote(comparison.kind))]
  }

  /// The per-person table, in roster order.
  private func people() -> [String] {
    let heading = "## " + say(.peopleHeading)
    guard !model.people.isEmpty else { return [heading, "", say(.noPeople)] }
    var titles = ["#", say(.nameColumn), say(.groupColumn)]
    titles += model.indicators.indices.map(words.indicatorCode)
    titles += [say(.lessonsDoneColumn), say(.passedColumn), say(.preTestColumn)]
    titles.append(say(.postTestColumn))
    let rows = model.people.map { person in
      ["\(person.number)", e(person.name), person.group.map(e) ?? ReportWording.none]
        + person.indicators.map { e(words.personCell($0)) }
        + [
          words.lessonsDone(person), "\(person.passed)", words.score(person.preScore),
          words.score(person.postScore),
        ]
    }
    let left = Set([1, 2] + Array(3..<(3 + model.indicators.count)))
    var lines =
      [heading, ""] + table(titles, left: left, rows: rows)
      + ["", e(words.indicatorLegend(model.indicators.map(\.label)))]
    if let reasons = words.reasonLegend(model.people) { lines += ["", e(reasons)] }
    return lines + ["", say(.peopleNote)]
  }
}
