import LatihBase

/// The report as one self-contained HTML page, printable on A4: inline style and SVG
/// charts only, no scripts, no event handlers, no external resources, every value
/// escaped.
package struct HTMLReportRenderer: Sendable {
  package let model: ReportModel
  private let words: ReportWording

  package init(model: ReportModel) {
    self.model = model
    words = ReportWording(model.language)
  }

  /// The page, ending with a newline.
  package func render() -> String {
    let title = words(.title) + " — " + model.header.courseTitle
    var html = "<!DOCTYPE html>\n<html lang=\"\(model.language.rawValue)\">\n<head>\n"
    html += "<meta charset=\"utf-8\">\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    html += "<title>" + e(title) + "</title>\n<style>\n" + HTMLReportStyle.css + "\n</style>\n"
    html += "</head>\n<body>\n"
    let parts =
      model.peopleOnly
      ? [header(), people()]
      : [
        header(), charts(), indicators(), comparison(), selfReported(), lessons(), questions(),
        test(), needsHelp(),
      ].filter { !$0.isEmpty }
    html += parts.joined(separator: "\n")
    html += "\n<p class=\"note\">" + say(.roundingNote) + "</p>\n</body>\n</html>\n"
    return html
  }

  private func e(_ text: String) -> String { HTML.escape(text) }

  private func say(_ text: ReportText) -> String { e(words(text)) }

  /// A table: `titles` (already escaped) with the columns in `numbers` right-aligned and
  /// those in `noWrap` kept on one line.
  private func table(
    _ titles: [String], numbers: Set<Int>, noWrap: Set<Int> = [], rows: [[String]]
  ) -> String {
    func line(_ cells: [String], tag: String) -> String {
      let inner = cells.enumerated().map { index, text in
        let style = numbers.contains(index) ? "n" : noWrap.contains(index) ? "nw" : nil
        return "<\(tag)" + (style.map { " class=\"\($0)\"" } ?? "") + ">" + text + "</\(tag)>"
      }
      return "<tr>" + inner.joined() + "</tr>"
    }
    return "<table>\n<thead>" + line(titles, tag: "th") + "</thead>\n<tbody>\n"
      + rows.map { line($0, tag: "td") }.joined(separator: "\n") + "\n</tbody>\n</table>"
  }

  private func section(_ heading: ReportText, _ body: String, note: ReportText? = nil) -> String {
    var html = "<section>\n<h2>" + say(heading) + "</h2>\n" + body
    if let note { html += "\n<p class=\"note\">" + say(note) + "</p>" }
    return html + "\n</section>"
  }

  private func paragraph(_ text: ReportText) -> String { "<p>" + say(text) + "</p>" }

  private func header() -> String {
    var html = "<header>\n<h1>" + say(.title) + "</h1>\n<dl>\n"
    for field in words.headerFields(model.header) {
      html += "<dt>" + e(field.label) + "</dt><dd>" + e(field.value) + "</dd>\n"
    }
    html += "</dl>"
    if model.header.anonymized { html += "\n<p class=\"note\">" + say(.anonymized) + "</p>" }
    return html + "\n</header>"
  }

  private func charts() -> String {
    let indicators = HTMLBarChart(
      title: words(.indicatorsChart),
      bars: model.indicators.map {
        .init(label: $0.label, ratio: $0.achieved, caption: words.fractionAndPercent($0.achieved))
      })
    let lessons = HTMLBarChart(
      title: words(.lessonsChart),
      bars: model.lessons.enumerated().map { index, lesson in
        .init(
          label: "\(index + 1). " + words.lessonTitle(lesson), ratio: lesson.completed,
          caption: words.fractionAndPercent(lesson.completed))
      })
    var figures = [indicators, lessons].map { figure($0.title, $0.render()) }
    let reasons = model.indicators.enumerated().flatMap { index, indicator in
      indicator.reasons.map { reason in
        HTMLBarChart.Bar(
          label: words.indicatorCode(index) + ": " + reason.label, ratio: reason.count,
          caption: words.fractionAndPercent(reason.count))
      }
    }
    if !reasons.isEmpty {
      let chart = HTMLBarChart(title: words(.reasonsChart), bars: reasons)
      figures.append(figure(chart.title, chart.render()))
    }
    if let comparison = model.comparison, !comparison.rows.isEmpty {
      let chart = HTMLGroupedBarChart(
        title: words(.comparisonChart(comparison.kind)),
        series: comparison.indicators.indices.map(words.indicatorCode),
        groups: comparison.rows.map { .init(label: words.comparisonLabel($0), ratios: $0.achieved) }
      )
      figures.append(figure(chart.title, chart.render()))
    }
    return "<div class=\"charts\">\n" + figures.joined(separator: "\n") + "\n</div>"
  }

  private func figure(_ title: String, _ svg: String) -> String {
    "<figure><figcaption>" + e(title) + "</figcaption>" + svg + "</figure>"
  }

  /// `I1 = label; …` under a table whose columns are indicator codes.
  private func legend(_ labels: [String]) -> String {
    "<p class=\"note\">" + e(words.indicatorLegend(labels)) + "</p>"
  }

  private func comparison() -> String {
    guard let comparison = model.comparison else { return "" }
    let heading = ReportText.comparisonHeading(comparison.kind)
    guard !comparison.rows.isEmpty else {
      return section(heading, paragraph(.noComparisonRows(comparison.kind)))
    }
    let (titles, rows) = words.comparisonTable(comparison, escape: e)
    let body =
      table(titles, numbers: Set(1..<titles.count), rows: rows) + "\n"
      + legend(comparison.indicators.map(\.label))
    return section(heading, body, note: .comparisonNote(comparison.kind))
  }

  private func people() -> String {
    guard !model.people.isEmpty else { return section(.peopleHeading, paragraph(.noPeople)) }
    var titles = ["#", say(.nameColumn), say(.groupColumn)]
    titles += model.indicators.indices.map(words.indicatorCode)
    titles += [say(.lessonsDoneColumn), say(.passedColumn), say(.preTestColumn)]
    titles.append(say(.postTestColumn))
    let rows = ConcurrentMap.map(model.people) { person in
      ["\(person.number)", e(person.name), e(person.group ?? ReportWording.none)]
        + person.indicators.map { e(words.personCell($0)) }
        + [
          words.lessonsDone(person), "\(person.passed)", words.score(person.preScore),
          words.score(person.postScore),
        ]
    }
    let count = model.indicators.count
    var body =
      table(
        titles, numbers: Set([0] + Array((3 + count)..<titles.count)),
        noWrap: Set(3..<(3 + count)), rows: rows) + "\n"
      + legend(model.indicators.map(\.label))
    if let reasons = words.reasonLegend(model.people) {
      body += "\n<p class=\"note\">" + e(reasons) + "</p>"
    }
    return section(.peopleHeading, body, note: .peopleNote)
  }

  private func indicators() -> String {
    guard !model.indicators.isEmpty else {
      return section(.indicatorsHeading, paragraph(.noIndicators))
    }
    let rows = model.indicators.map { row in
      [
        e(row.label), "\(row.assessed)", words.fraction(row.achieved), words.percent(row.achieved),
        words.fraction(row.notYet), words.percent(row.notYet),
        row.reasons.map { e($0.label) + ": " + words.fractionAndPercent($0.count) }
          .joined(separator: "<br>"),
      ]
    }
    let titles = [
      say(.indicatorColumn), "N", say(.achievedColumn), "%", say(.notYetColumn), "%",
      say(.reasonsColumn),
    ]
    return section(
      .indicatorsHeading, table(titles, numbers: [1, 2, 3, 4, 5], rows: rows), note: .indicatorsNote
    )
  }

  private func selfReported() -> String {
    guard !model.indicators.isEmpty else {
      return section(.selfReportedHeading, paragraph(.noIndicators))
    }
    guard model.header.selfReported > 0 else {
      return section(.selfReportedHeading, paragraph(.noSelfReported))
    }
    let rows = model.indicators.map { row in
      [
        e(row.label), "\(row.selfAnswered)", words.fraction(row.selfYes),
        words.percent(row.selfYes), words.fraction(row.selfNo), words.percent(row.selfNo),
      ]
    }
    let titles = [
      say(.indicatorColumn), say(.selfAnsweredColumn), say(.achievedColumn), "%",
      say(.notYetColumn), "%",
    ]
    return section(
      .selfReportedHeading, table(titles, numbers: [1, 2, 3, 4, 5], rows: rows),
      note: .selfReportedNote)
  }

  private func lessons() -> String {
    let rows = model.lessons.enumerated().map { index, row in
      [
        "\(index + 1)", e(words.lessonTitle(row)), "\(row.started)", words.fraction(row.completed),
        words.percent(row.completed), e(words.mean(row.meanScore)), words.fraction(row.passed),
        words.percent(row.passed),
      ]
    }
    let titles = [
      "#", say(.lessonColumn), say(.startedColumn), say(.completedColumn), "%",
      say(.meanScoreColumn), say(.passedColumn), "%",
    ]
    return section(
      .lessonsHeading, table(titles, numbers: [0, 2, 3, 4, 5, 6, 7], rows: rows),
      note: .lessonsNote)
  }

  private func questions() -> String {
    let answered = words.questionRows(model)
    guard !answered.isEmpty else { return section(.questionsHeading, paragraph(.noQuestions)) }
    let items = answered.map { question in
      let phase = question.phase == .lesson ? "" : " (" + e(words.phase(question)) + ")"
      let text =
        e(words.questionNumber(question, in: model)) + phase + ": "
        + words.fractionAndPercent(question.correct)
      return question.hardest ? "<li class=\"hard\">" + text + "</li>" : "<li>" + text + "</li>"
    }
    var body = "<ul class=\"questions\">\n" + items.joined(separator: "\n") + "\n</ul>"
    body += "\n<h3>" + say(.hardestHeading) + "</h3>\n"
    let hardest = model.hardest
    if hardest.isEmpty {
      body += paragraph(.noHardest)
    } else {
      let rows = hardest.map { question in
        [
          e(words.questionNumber(question, in: model)), e(question.text),
          words.fraction(question.correct), words.percent(question.correct),
        ]
      }
      let titles = ["#", say(.questionColumn), say(.correctColumn), "%"]
      body += table(titles, numbers: [2, 3], rows: rows)
    }
    return section(.questionsHeading, body, note: .questionsNote)
  }

  private func test() -> String {
    guard let test = model.test else { return section(.testHeading, paragraph(.noTest)) }
    let counts = words(
      .tookTests(pre: test.tookPre, post: test.tookPost, neither: test.tookNeither))
    var body = "<p>" + e(test.title) + " · " + e(words(.paired(test.paired)) + " (" + counts + ")")
    body += "</p>\n<dl>\n"
    let fields = [
      (words(.meanPre), words.mean(test.meanPre)), (words(.meanPost), words.mean(test.meanPost)),
      (words(.gain), words.gain(test)), (words(.improved), words.fractionAndPercent(test.improved)),
    ]
    for (label, value) in fields { body += "<dt>" + e(label) + "</dt><dd>" + e(value) + "</dd>\n" }
    return section(.testHeading, body + "</dl>")
  }

  private func needsHelp() -> String {
    guard !model.needsHelp.isEmpty else {
      return section(.needsHelpHeading, paragraph(.nobodyNeedsHelp))
    }
    // A row per person (100,000 in a province's report): escaped on all cores.
    let rows = ConcurrentMap.map(model.needsHelp) { entry in
      [
        e(entry.name), e(entry.group ?? ReportWording.none),
        words.helpItems(entry, passMark: model.header.passMark).map(e).joined(separator: "; "),
      ]
    }
    let titles = [say(.nameColumn), say(.groupColumn), say(.helpColumn)]
    return section(.needsHelpHeading, table(titles, numbers: [], noWrap: [0, 1], rows: rows))
  }
}
