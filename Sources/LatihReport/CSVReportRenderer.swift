import LatihBase

/// The report as one CSV file for spreadsheets (LibreOffice, Excel, Google Sheets).
///
/// Layout: the first cell of every row names its section; each section starts with its
/// own header row, then its data rows. Sections, in order:
///
/// - `report`: `field`, `value`; one row each for format (`latih-report`), version,
///   language, course_id, course_title, session_id, session_title, session_place,
///   session_date, group, generated, enrolled, assessed, pass_mark, anonymized,
///   self_reported, time_zone (`WIB`, `WITA`, `WIT` or `UTC+hh:mm`), generated_local
///   (`YYYY-MM-DD HH:MM` in that zone).
/// - `indicators`: `indicator_id`, `label`, `assessed`, `achieved`, `achieved_percent`,
///   `not_yet`, `not_yet_percent` (verified by the facilitator: the official figure),
///   then `self_answered`, `self_yes`, `self_yes_percent`, `self_no`, `self_no_percent`
///   (the participants' own checklist answers, not verified).
/// - `reasons`: `indicator_id`, `reason_id` (empty: no reason given), `label`, `count`,
///   `percent` (of the indicator's assessed).
/// - `lessons`: `lesson_id`, `title`, `kind` (`lesson`/`test`), `questions`, `started`,
///   `completed`, `completed_percent`, `mean_score`, `passed`, `passed_percent`,
///   `practiced`.
/// - `questions`: `lesson_id`, `question_id`, `number`, `text`, `answered`, `correct`,
///   `correct_percent`, `hardest` (`true`/`false`), `phase` (`lesson`/`post`).
/// - `pre_test_questions`: `lesson_id`, `question_id`, `number`, `text`, `answered`,
///   `correct`, `correct_percent`: the course test's questions in the pre-test.
/// - `test`: `lesson_id`, `title`, `took_pre`, `took_post`, `paired`, `mean_pre`,
///   `mean_post`, `gain`, `improved`, `improved_percent`, `took_neither` (no data row
///   without a test).
/// - `needs_help`: `participant_id` (empty when anonymised), `name`, `group`, `kind`
///   (`lesson`: never passed, with the best score; `test`: post-test below the pass mark;
///   `indicator`: not yet, with the reason), `item_id`, `item`, `score`, `reason_id`,
///   `reason`, `note`; one row per item.
///
/// - `sessions`: `session_id`, `title`, `place`, `date`: the sessions in scope.
/// - `comparison` (with `--by`): `by` (`session`/`group`), `session_id`, `label`, `place`,
///   `date`, `enrolled`, `assessed`, then per indicator `<id>_achieved`, `<id>_assessed`,
///   `<id>_percent`, then `passed`, `post_tested`, `passed_percent` (the post-test).
///
/// With `--people` the file is the per-person table alone: one header row
/// (``peopleColumns``) and one row per person in roster order, no section column.
///
/// Numbers are written plainly (`.` as decimal point); a missing value is an empty cell.
package struct CSVReportRenderer {
  package let model: ReportModel

  package init(model: ReportModel) { self.model = model }

  /// The whole file: BOM, CRLF line ends.
  package func render() -> String {
    var table = CSVTable()
    if model.peopleOnly {
      table.add(peopleColumns.map { .text($0) })
      for person in model.people { table.add(personCells(person)) }
      return table.text
    }
    header(&table)
    indicators(&table)
    lessons(&table)
    questions(&table)
    test(&table)
    needsHelp(&table)
    sessions(&table)
    comparison(&table)
    return table.text
  }

  /// The per-person table's columns: `number` (roster order), `participant_id` (empty
  /// when anonymised), `name`, `group`, per indicator `<id>` (`achieved`, `not-yet`,
  /// `self-achieved`, `self-not-yet`, empty: not assessed) and `<id>_reason` (the reason
  /// id), then `lessons_completed`, `lessons_total`, `lessons_passed`, `pre_score`,
  /// `post_score`.
  var peopleColumns: [String] {
    ["number", "participant_id", "name", "group"]
      + model.indicators.flatMap { [$0.id, $0.id + "_reason"] }
      + ["lessons_completed", "lessons_total", "lessons_passed", "pre_score", "post_score"]
  }

  private func personCells(_ person: ReportPerson) -> [CSVTable.Cell] {
    [number(person.number), text(person.participantID), .text(person.name), text(person.group)]
      + person.indicators.flatMap { cell in
        [cell.status == .none ? .empty : .text(cell.status.rawValue), text(cell.reason)]
      }
      + [
        number(person.completed.count), number(person.completed.total), number(person.passed),
        number(person.preScore), number(person.postScore),
      ]
  }

  private func sessions(_ table: inout CSVTable) {
    title("sessions", ["session_id", "title", "place", "date"], &table)
    for session in model.header.sessions {
      table.add([
        .text("sessions"), .text(session.id), .text(session.title), text(session.place),
        text(session.date),
      ])
    }
  }

  private func comparison(_ table: inout CSVTable) {
    guard let comparison = model.comparison else { return }
    title(
      "comparison",
      ["by", "session_id", "label", "place", "date", "enrolled", "assessed"]
        + comparison.indicators.flatMap {
          [$0.id + "_achieved", $0.id + "_assessed", $0.id + "_percent"]
        }
        + ["passed", "post_tested", "passed_percent"], &table)
    for row in comparison.rows {
      table.add(
        [
          .text("comparison"), .text(comparison.kind.rawValue), text(row.id), text(row.label),
          text(row.place), text(row.date), number(row.enrolled), number(row.assessed),
        ]
          + row.achieved.flatMap { [number($0.count), number($0.total), number($0.percent)] }
          + [number(row.passed?.count), number(row.passed?.total), number(row.passed?.percent)])
    }
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
      ("self_reported", number(header.selfReported)),
      ("time_zone", .text(ReportWording.zone(header.utcOffset))),
      (
        "generated_local",
        .text(ReportWording.localTime(header.generated, offset: header.utcOffset))
      ),
    ]
    for (name, value) in fields { table.add([.text("report"), .text(name), value]) }
  }

  private func indicators(_ table: inout CSVTable) {
    title(
      "indicators",
      [
        "indicator_id", "label", "assessed", "achieved", "achieved_percent", "not_yet",
        "not_yet_percent", "self_answered", "self_yes", "self_yes_percent", "self_no",
        "self_no_percent",
      ], &table)
    for row in model.indicators {
      table.add([
        .text("indicators"), .text(row.id), .text(row.label), number(row.assessed),
        number(row.achieved.count), number(row.achieved.percent), number(row.notYet.count),
        number(row.notYet.percent), number(row.selfAnswered), number(row.selfYes.count),
        number(row.selfYes.percent), number(row.selfNo.count), number(row.selfNo.percent),
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
        "mean_score", "passed", "passed_percent", "practiced",
      ], &table)
    for row in model.lessons {
      table.add([
        .text("lessons"), .text(row.id), .text(row.title), .text(row.kind.rawValue),
        number(row.questionCount), number(row.started), number(row.completed.count),
        number(row.completed.percent), decimal(row.meanScore?.tenths, 1), number(row.passed.count),
        number(row.passed.percent), number(row.practiced),
      ])
    }
  }

  private func questions(_ table: inout CSVTable) {
    title(
      "questions",
      [
        "lesson_id", "question_id", "number", "text", "answered", "correct", "correct_percent",
        "hardest", "phase",
      ], &table)
    for row in model.questions {
      table.add([
        .text("questions"), .text(row.lessonID), .text(row.id), number(row.number), .text(row.text),
        number(row.answered), number(row.correct.count), number(row.correct.percent),
        .text(String(row.hardest)), .text(row.phase.rawValue),
      ])
    }
    title(
      "pre_test_questions",
      [
        "lesson_id", "question_id", "number", "text", "answered", "correct", "correct_percent",
      ], &table)
    for row in model.preTestQuestions {
      table.add([
        .text("pre_test_questions"), .text(row.lessonID), .text(row.id), number(row.number),
        .text(row.text), number(row.answered), number(row.correct.count),
        number(row.correct.percent),
      ])
    }
  }

  private func test(_ table: inout CSVTable) {
    title(
      "test",
      [
        "lesson_id", "title", "took_pre", "took_post", "paired", "mean_pre", "mean_post", "gain",
        "improved", "improved_percent", "took_neither",
      ], &table)
    guard let test = model.test else { return }
    table.add([
      .text("test"), .text(test.lessonID), .text(test.title), number(test.tookPre),
      number(test.tookPost), number(test.paired), decimal(test.meanPre.tenths, 1),
      decimal(test.meanPost.tenths, 1), decimal(test.gain?.hundredths, 2),
      number(test.improved.count), number(test.improved.percent), number(test.tookNeither),
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
