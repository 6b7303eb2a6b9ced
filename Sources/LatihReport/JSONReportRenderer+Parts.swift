import LatihData

/// The keys added with issue 12, after every older key: the local time zone, the
/// sessions in scope, the `--by` comparison and the per-person table.
extension JSONReportRenderer {
  /// `"timeZone"`, `"utcOffsetMinutes"`, `"sessions"`, `"comparison"`, `"people"` (null
  /// without `--people`).
  func parts(_ writer: inout JSONWriter) {
    writer.field("timeZone", ReportWording.zone(model.header.utcOffset))
    writer.field("utcOffsetMinutes", model.header.utcOffset / 60)
    array("sessions", model.header.sessions, &writer) { session, writer in
      writer.beginObject()
      writer.field("id", session.id)
      writer.field("title", session.title)
      optional("place", session.place, &writer)
      optional("date", session.date, &writer)
      writer.endObject()
    }
    writer.key("comparison")
    if let comparison = model.comparison {
      self.comparison(comparison, &writer)
    } else {
      writer.null()
    }
    if model.peopleOnly {
      array("people", model.people, &writer, person)
    } else {
      writer.key("people")
      writer.null()
    }
  }

  private func comparison(_ comparison: ReportComparison, _ writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("by", comparison.kind.rawValue)
    array("rows", comparison.rows, &writer) { row, writer in
      writer.beginObject()
      optional("id", row.id, &writer)
      optional("label", row.label, &writer)
      optional("place", row.place, &writer)
      optional("date", row.date, &writer)
      writer.field("enrolled", row.enrolled)
      writer.field("assessed", row.assessed)
      array("indicators", Array(zip(comparison.indicators, row.achieved)), &writer) {
        pair, writer in
        writer.beginObject()
        writer.field("id", pair.0.id)
        ratio("achieved", pair.1, &writer)
        writer.endObject()
      }
      if let passed = row.passed {
        ratio("passed", passed, &writer)
      } else {
        writer.key("passed")
        writer.null()
      }
      writer.endObject()
    }
    writer.endObject()
  }

  private func person(_ person: ReportPerson, _ writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("number", person.number)
    optional("id", person.participantID, &writer)
    writer.field("name", person.name)
    optional("group", person.group, &writer)
    array("indicators", person.indicators, &writer) { cell, writer in
      writer.beginObject()
      writer.field("id", cell.id)
      writer.field("status", cell.status.rawValue)
      optional("reason", cell.reason, &writer)
      optional("reasonLabel", cell.reasonLabel, &writer)
      writer.endObject()
    }
    writer.key("lessons")
    writer.beginObject()
    writer.field("completed", person.completed.count)
    writer.field("of", person.completed.total)
    writer.field("passed", person.passed)
    writer.endObject()
    optional("preTest", person.preScore, &writer)
    optional("postTest", person.postScore, &writer)
    writer.endObject()
  }
}
