import LatihBase
import LatihCourse

/// The report as an Excel workbook: one sheet per part, each one table with its titles
/// in the first row.
///
/// Sheets, in order: summary (the header and the pre-test/post-test figures, one item a
/// row), indicators (verified, then self-reported), reasons for not yet, lessons,
/// questions (the course test's pre-test rows last), who needs help (one row per item),
/// with `--by` the comparison, and the per-person table. With `--people`: the summary and
/// the per-person table alone.
/// Counts are numbers, percentages percent-formatted numbers holding the report's
/// rounded figure (`0.45` shown as `45%`), means and the gain numbers with one and two
/// decimals; text is text, never a formula. A value that does not exist is an empty cell.
package struct XLSXReportRenderer {
  package let model: ReportModel
  private let words: ReportWording

  package init(model: ReportModel) {
    self.model = model
    words = ReportWording(model.language)
  }

  /// The `.xlsx` file's bytes.
  package func render() -> [UInt8] { workbook().bytes() }

  /// The workbook's sheets.
  package func workbook() -> XLSXWorkbook {
    if model.peopleOnly { return XLSXWorkbook(sheets: [summary(), people()]) }
    var sheets = [summary(), indicators(), reasons(), lessons(), questions(), needsHelp()]
    if let comparison = model.comparison { sheets.append(self.comparison(comparison)) }
    // A workbook is where people are filtered and pivoted: the per-person sheet is always
    // there (the other formats keep it to `--people` so they stay their size).
    sheets.append(people())
    return XLSXWorkbook(sheets: sheets)
  }

  private func say(_ text: ReportText) -> String { words(text) }
  private func say(_ text: WorkbookText) -> String { text.text(in: model.language) }

  private func kind(_ kind: LessonKind) -> String {
    say(kind == .test ? WorkbookText.testKind : .lessonKind)
  }

  private func summary() -> XLSXSheet {
    let header = model.header
    // One session (chosen, or the only one in scope) apart; several as `title (place,
    // date)` joined; "all data" when nobody in scope joined one.
    let sessions = header.session.map { [$0] } ?? header.sessions
    let one = sessions.count == 1 ? sessions.first : nil
    let sessionText =
      one?.title
      ?? (sessions.isEmpty
        ? say(.allData) : sessions.map(words.sessionLine).joined(separator: "; "))
    var rows: [(String, XLSXCell)] = [
      (say(.course), .text(header.courseTitle)), (say(.courseID), .text(header.courseID)),
      (say(.session), .text(sessionText)),
      (say(.sessionID), .text(one?.id)), (say(.place), .text(one?.place)),
      (say(.date), .text(one?.date)), (say(.group), .text(header.group)),
      (say(.enrolled), .integer(header.enrolled)), (say(.assessed), .integer(header.assessed)),
      (say(.selfReportedPeople), .integer(header.selfReported)),
      (say(.passMark), .percent(header.passMark)),
      (say(.generated), .text(words.time(header.generated, offset: header.utcOffset))),
      (say(.anonymizedField), .boolean(header.anonymized)),
    ]
    if let test = model.test {
      rows += [
        (say(.testTitle), .text(test.title)), (say(.tookPre), .integer(test.tookPre)),
        (say(.tookPost), .integer(test.tookPost)), (say(.paired), .integer(test.paired)),
        (say(.tookNeither), .integer(test.tookNeither)),
        (say(.meanPre), .decimal(test.meanPre.tenths, decimals: 1)),
        (say(.meanPost), .decimal(test.meanPost.tenths, decimals: 1)),
        (say(.gain), test.gain.map { .decimal($0.hundredths, decimals: 2) } ?? .empty),
        (say(.improved), .integer(test.improved.count)),
        (say(.improvedPercent), .percent(test.improved.percent)),
      ]
    }
    return XLSXSheet(
      name: say(.summarySheet), titles: [say(.itemColumn), say(.valueColumn)],
      rows: rows.map { [.text($0.0), $0.1] })
  }

  private func indicators() -> XLSXSheet {
    let percent = say(WorkbookText.percentColumn)
    let titles = [
      say(.idColumn), say(.indicatorColumn), "N", say(.achievedColumn), percent,
      say(.notYetColumn), percent, say(.selfAnsweredColumn), say(.selfYesColumn), percent,
      say(.selfNoColumn), percent,
    ]
    let rows = model.indicators.map { row -> [XLSXCell] in
      [
        .text(row.id), .text(row.label), .integer(row.assessed), .integer(row.achieved.count),
        .percent(row.achieved.percent), .integer(row.notYet.count), .percent(row.notYet.percent),
        .integer(row.selfAnswered), .integer(row.selfYes.count), .percent(row.selfYes.percent),
        .integer(row.selfNo.count), .percent(row.selfNo.percent),
      ]
    }
    return XLSXSheet(name: say(.indicatorsSheet), titles: titles, rows: rows)
  }

  private func reasons() -> XLSXSheet {
    let titles = [
      say(.idColumn), say(.indicatorColumn), say(.reasonIDColumn), say(.reasonColumn),
      say(.countColumn), say(WorkbookText.percentColumn), "N",
    ]
    let rows = model.indicators.flatMap { row in
      row.reasons.map { reason -> [XLSXCell] in
        [
          .text(row.id), .text(row.label), .text(reason.id), .text(reason.label),
          .integer(reason.count.count), .percent(reason.count.percent), .integer(row.assessed),
        ]
      }
    }
    return XLSXSheet(name: say(.reasonsSheet), titles: titles, rows: rows)
  }

  private func lessons() -> XLSXSheet {
    let percent = say(WorkbookText.percentColumn)
    let titles = [
      say(.idColumn), say(.lessonColumn), say(.kindColumn), say(.questionsCountColumn),
      say(.startedColumn), say(.completedColumn), percent, say(.meanScoreColumn),
      say(.passedColumn), percent, say(.practicedColumn),
    ]
    let rows = model.lessons.map { row -> [XLSXCell] in
      [
        .text(row.id), .text(row.title), .text(kind(row.kind)), .integer(row.questionCount),
        .integer(row.started), .integer(row.completed.count), .percent(row.completed.percent),
        .decimal(row.meanScore?.tenths, decimals: 1), .integer(row.passed.count),
        .percent(row.passed.percent), .integer(row.practiced),
      ]
    }
    return XLSXSheet(name: say(.lessonsSheet), titles: titles, rows: rows)
  }

  private func questions() -> XLSXSheet {
    let titles = [
      say(.lessonIDColumn), say(.lessonColumn), say(.numberColumn), say(.idColumn),
      say(.questionColumn), say(.phaseColumn), say(.answeredColumn), say(.correctColumn),
      say(WorkbookText.percentColumn), say(.hardestColumn),
    ]
    let rows = (model.questions + model.preTestQuestions).map { row -> [XLSXCell] in
      let phase = row.phase == .lesson ? say(WorkbookText.lessonKind) : words.phase(row)
      return [
        .text(row.lessonID), .text(row.lessonTitle), .integer(row.number), .text(row.id),
        .text(row.text), .text(phase), .integer(row.answered), .integer(row.correct.count),
        .percent(row.correct.percent), .boolean(row.hardest),
      ]
    }
    return XLSXSheet(name: say(.questionsSheet), titles: titles, rows: rows)
  }

  private func needsHelp() -> XLSXSheet {
    let titles = [
      say(.participantIDColumn), say(.nameColumn), say(.groupColumn), say(.kindColumn),
      say(.itemIDColumn), say(.itemColumn), say(.scoreColumn), say(.reasonIDColumn),
      say(.reasonColumn), say(.noteColumn),
    ]
    var rows: [[XLSXCell]] = []
    for entry in model.needsHelp {
      let person: [XLSXCell] = [.text(entry.participantID), .text(entry.name), .text(entry.group)]
      for lesson in entry.lessons {
        rows.append(
          person + [
            .text(kind(lesson.kind)), .text(lesson.id), .text(lesson.title),
            .percent(lesson.score),
          ])
      }
      for indicator in entry.indicators {
        rows.append(
          person + [
            .text(say(WorkbookText.indicatorKind)), .text(indicator.id), .text(indicator.label),
            .empty, .text(indicator.reason), .text(indicator.reasonLabel), .text(indicator.note),
          ])
      }
    }
    return XLSXSheet(name: say(.needsHelpSheet), titles: titles, rows: rows)
  }

  /// `--by`: one row per session or group: people, assessed, each indicator's verified
  /// achieved, N and %, then the post-test pass rate (passed, post-tested, %).
  private func comparison(_ comparison: ReportComparison) -> XLSXSheet {
    let percent = say(WorkbookText.percentColumn)
    let bySession = comparison.kind == .session
    var titles = [say(.idColumn), say(bySession ? ReportText.session : .group)]
    if bySession { titles += [say(.place), say(.date)] }
    titles += [say(.enrolled), say(.assessed)]
    for column in comparison.indicators {
      titles += [
        column.id + ": " + say(.achievedColumn), column.id + ": N", column.id + ": " + percent,
      ]
    }
    if comparison.hasTest {
      titles += [
        say(.passRateColumn), say(.passRateColumn) + ": N", say(.passRateColumn) + ": " + percent,
      ]
    }
    let rows = comparison.rows.map { row -> [XLSXCell] in
      var cells: [XLSXCell] = [.text(row.id), .text(row.label ?? say(.noGroup))]
      if bySession { cells += [.text(row.place), .text(row.date)] }
      cells += [.integer(row.enrolled), .integer(row.assessed)]
      for ratio in row.achieved {
        cells += [.integer(ratio.count), .integer(ratio.total), .percent(ratio.percent)]
      }
      if comparison.hasTest {
        cells += [
          .integer(row.passed?.count), .integer(row.passed?.total), .percent(row.passed?.percent),
        ]
      }
      return cells
    }
    return XLSXSheet(name: say(.comparisonSheet), titles: titles, rows: rows)
  }

  /// `--people`: everyone in scope in roster order, each indicator's outcome and reason,
  /// lessons finished and passed, pre-test and post-test.
  private func people() -> XLSXSheet {
    var titles = [
      say(.numberColumn), say(.participantIDColumn), say(.nameColumn), say(.groupColumn),
    ]
    for indicator in model.indicators {
      titles += [indicator.id, indicator.id + ": " + say(.reasonColumn)]
    }
    titles += [
      say(.completedColumn), say(.lessonsTotalColumn), say(.passedColumn), say(.preTestColumn),
      say(.postTestColumn),
    ]
    let rows = model.people.map { person -> [XLSXCell] in
      var cells: [XLSXCell] = [
        .integer(person.number), .text(person.participantID), .text(person.name),
        .text(person.group),
      ]
      for cell in person.indicators {
        cells += [.text(words.status(cell.status)), .text(cell.reasonLabel)]
      }
      cells += [
        .integer(person.completed.count), .integer(person.completed.total),
        .integer(person.passed), .percent(person.preScore), .percent(person.postScore),
      ]
      return cells
    }
    return XLSXSheet(name: say(.peopleSheet), titles: titles, rows: rows)
  }
}
