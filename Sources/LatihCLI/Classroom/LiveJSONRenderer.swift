import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// `latih live --once --format json`: one snapshot for scripts (documented in README).
package enum LiveJSONRenderer {
  package static func render(_ snapshot: LiveSnapshot, anonymize: Bool) -> String {
    var json = JSONWriter(capacity: 4096)
    json.beginObject()
    json.field("time", Timestamp.format(snapshot.time))
    json.field("participants", snapshot.participants)
    json.field("active", snapshot.active)
    json.field("stuck_minutes", snapshot.stuckMinutes)
    json.key("lessons")
    json.beginArray()
    for entry in snapshot.perLesson {
      json.beginObject()
      json.field("lesson", entry.lesson)
      json.field("active", entry.count)
      json.endObject()
    }
    json.endArray()
    json.key("most_missed")
    if let missed = snapshot.mostMissed {
      json.beginObject()
      json.field("lesson", missed.lesson)
      json.field("question", missed.question)
      json.field("misses", missed.count)
      json.endObject()
    } else {
      json.null()
    }
    json.key("people")
    json.beginArray()
    for row in snapshot.rows { person(row, anonymize: anonymize, into: &json) }
    json.endArray()
    json.endObject()
    return String(decoding: json.bytes, as: UTF8.self) + "\n"
  }

  private static func person(_ row: LiveSnapshot.Row, anonymize: Bool, into json: inout JSONWriter)
  {
    json.beginObject()
    json.field("name", row.name)
    if !anonymize { json.field("id", row.id) }
    json.field("connected", row.connected)
    json.field("idle_minutes", row.idleMinutes)
    optional("lesson", row.lesson, into: &json)
    optional("page", row.page, into: &json)
    optional("pages", row.pages, into: &json)
    optional("question", row.question, into: &json)
    optional("question_number", row.questionNumber, into: &json)
    json.field("attempt", row.attempt)
    json.field("answered", row.answered)
    json.field("correct", row.correct)
    json.field("checklist_done", row.ticks)
    optional("checklist_items", row.items, into: &json)
    optional("completed_score", row.completedScore, into: &json)
    json.key("stuck")
    json.beginArray()
    for reason in row.stuck { json.string(reason.rawValue) }
    json.endArray()
    json.endObject()
  }

  private static func optional(_ name: String, _ value: Int?, into json: inout JSONWriter) {
    json.key(name)
    if let value { json.integer(value) } else { json.null() }
  }

  private static func optional(_ name: String, _ value: String?, into json: inout JSONWriter) {
    json.key(name)
    if let value { json.string(value) } else { json.null() }
  }
}
