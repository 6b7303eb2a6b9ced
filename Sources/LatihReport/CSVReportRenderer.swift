import LatihBase

/// The report as one CSV file for spreadsheets (LibreOffice, Excel, Google Sheets).
///
/// Layout: the first cell of every row names its section; each section starts with its
/// own header row, then its data rows. Sections, in order:
///
/// - `report`: `field`, `value`; one row each for format (`latih-report`), version,
///   language, course_id, course_title, session_id, session_title, session_place,
///   session_date, group, generated, enrolled, assessed, pass_mark, anonymized.
/// - `indicators`: `indicator_id`, `label`, `assessed`, `achieved`, `achieved_percent`,
///   `not_yet`, `not_yet_percent`.
/// - `reasons`: `indicator_id`, `reason_id` (empty: no reason given), `label`, `count`,
///   `percent` (of the indicator's assessed).
/// - `lessons`: `lesson_id`, `title`, `kind` (`lesson`/`test`), `questions`, `started`,
///   `completed`, `completed_percent`, `mean_score`, `passed`, `passed_percent`.
/// - `questions`: `lesson_id`, `question_id`, `number`, `text`, `answered`, `correct`,
///   `correct_percent`, `hardest` (`true`/`false`).
/// - `test`: `lesson_id`, `title`, `took_pre`, `took_post`, `paired`, `mean_pre`,
///   `mean_post`, `gain`, `improved`, `improved_percent` (no data row without a test).
/// - `needs_help`: `participant_id` (empty when anonymised), `name`, `group`, `kind`
///   (`lesson`: never passed, with the best score; `test`: post-test below the pass mark;
///   `indicator`: not yet, with the reason), `item_id`, `item`, `score`, `reason_id`,
///   `reason`, `note`; one row per item.
///
/// Numbers are written plainly (`.` as decimal point); a missing value is an empty cell.
package struct CSVReportRenderer {
  package let model: ReportModel

  package init(model: ReportModel) { self.model = model }

  /// The whole file: BOM, CRLF line ends.
  package func render() -> String {
    var table = CSVTable()
    header(&table)
    indicators(&table)
    lessons(&table)
    questions(&table)
    test(&table)
    needsHelp(&table)
    return table.text
  }

  private func title(_ section: String, _ columns: [String], _ table: inout CSVTable) {
    table.add(([section] + columns).map { .text($0) })
  }

  private func text(_ value: String?) -> CSVTable.Cell { value.map { .text($0) } ?? .empty }

  private func number(_ value: Int?) -> CSVTable.Cell {
    value.map { .number(String($0)) } ?? .empty
  }

  private func decimal(_ scaled: Int?, _ decimals: Int) -> CSVTable.Cell {
    scaled.map { .number(ReportDecimal.format($0, decimals: decimals)) } ?? .empty
  }

  private func header(_ table: inout CSVTable) {
    let header = model.header
    title("report", ["field", "value"], &table)
    let fields: [(String, CSVTable.Cell)] = [
      ("format", .text("latih-report")), ("version", .number("1")),
      ("language", .text(model.language.rawValue)), ("course_id", .text(header.courseID)),
      ("course_title", .text(header.courseTitle)), ("session_id", text(header.session?.id)),
      ("session_title", text(header.session?.title)),
      ("session_place", text(header.session?.place)),
      ("session_date", text(header.session?.date)), ("group", text(header.group)),
      ("generated", .text(Timestamp.format(header.generated))),
      ("enrolled", number(header.enrolled)), ("assessed", number(header.assessed)),
      ("pass_mark", number(header.passMark)), ("anonymized", .text(String(header.anonymized))),
    ]
    for (name, value) in fields { table.add([.text("report"), .text(name), value]) }
  }

  private func indicators(_ table: inout CSVTable) {
    title(
      "indicators",
      [
        "indicator_id", "label", "assessed", "achieved", "achieved_percent", "not_yet",
        "not_yet_percent",
      ], &table)
    for row in model.indicators {
      table.add([
        .text("indicators"), .text(row.id), .text(row.label), number(row.assessed),
        number(row.achieved.count), number(row.achieved.percent), number(row.notYet.count),
        number(row.notYet.percent),
      ])
    }
    title("reasons", ["indicator_id", "reason_id", "label", "count", "percent"], &table)
    for row in model.indicators {
      for reason in row.reasons {
        table.add([
          .text("reasons"), .text(row.id), text(reason.id), .text(reason.label),
          number(reason.count.count), number(reason.count.percent),
        ])
      }
    }
  }

  private func lessons(_ table: inout CSVTable) {
    title(
      "lessons",
      [
        "lesson_id", "title", "kind", "questions", "started", "completed", "completed_percent",
        "mean_score", "passed", "passed_percent",
      ], &table)
    for row in model.lessons {
      table.add([
        .text("lessons"), .text(row.id), .text(row.title), .text(row.kind.rawValue),
        number(row.questionCount), number(row.started), number(row.completed.count),
        number(row.completed.percent), decimal(row.meanScore?.tenths, 1), number(row.passed.count),
        number(row.passed.percent),
      ])
    }
  }

  private func questions(_ table: inout CSVTable) {
    title(
      "questions",
      [
        "lesson_id", "question_id", "number", "text", "answered", "correct", "correct_percent",
        "hardest",
      ], &table)
    for row in model.questions {
      table.add([
        .text("questions"), .text(row.lessonID), .text(row.id), number(row.number), .text(row.text),
        number(row.answered), number(row.correct.count), number(row.correct.percent),
        .text(String(row.hardest)),
      ])
    }
  }

  private func test(_ table: inout CSVTable) {
    title(
      "test",
      [
        "lesson_id", "title", "took_pre", "took_post", "paired", "mean_pre", "mean_post", "gain",
        "improved", "improved_percent",
      ], &table)
    guard let test = model.test else { return }
    table.add([
      .text("test"), .text(test.lessonID), .text(test.title), number(test.tookPre),
      number(test.tookPost), number(test.paired), decimal(test.meanPre.tenths, 1),
      decimal(test.meanPost.tenths, 1), decimal(test.gain?.hundredths, 2),
      number(test.improved.count), number(test.improved.percent),
    ])
  }

  private func needsHelp(_ table: inout CSVTable) {
    title(
      "needs_help",
      [
        "participant_id", "name", "group", "kind", "item_id", "item", "score", "reason_id",
        "reason", "note",
      ], &table)
    for entry in model.needsHelp {
      let person: [CSVTable.Cell] = [
        .text("needs_help"), text(entry.participantID), .text(entry.name), text(entry.group),
      ]
      for lesson in entry.lessons {
        table.add(
          person + [
            .text(lesson.kind.rawValue), .text(lesson.id), .text(lesson.title),
            number(lesson.score),
            .empty,
            .empty, .empty,
          ])
      }
      for indicator in entry.indicators {
        table.add(
          person + [
            .text("indicator"), .text(indicator.id), .text(indicator.label), .empty,
            text(indicator.reason), .text(indicator.reasonLabel), text(indicator.note),
          ])
      }
    }
  }
}
