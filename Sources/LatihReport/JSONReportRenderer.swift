import LatihBase
import LatihData

/// The report as JSON (`"format": "latih-report", "version": 1`), keys always in the
/// same order and every key always present (`null` when there is no value), so scripts
/// and diffs can rely on it. The schema is in the README ("report --format json").
package struct JSONReportRenderer: Sendable {
  package let model: ReportModel

  package init(model: ReportModel) { self.model = model }

  /// The document, ending with a newline.
  package func render() -> String {
    var writer = JSONWriter(capacity: 16_384)
    let header = model.header
    writer.beginObject()
    writer.field("format", "latih-report")
    writer.field("version", 1)
    writer.field("language", model.language.rawValue)
    writer.field("generated", Timestamp.format(header.generated))
    writer.field("anonymized", header.anonymized)
    writer.key("course")
    writer.beginObject()
    writer.field("id", header.courseID)
    writer.field("title", header.courseTitle)
    writer.field("passMark", header.passMark)
    writer.endObject()
    writer.key("scope")
    writer.beginObject()
    writer.key("session")
    if let session = header.session {
      writer.beginObject()
      writer.field("id", session.id)
      writer.field("title", session.title)
      optional("place", session.place, &writer)
      optional("date", session.date, &writer)
      writer.endObject()
    } else {
      writer.null()
    }
    optional("group", header.group, &writer)
    writer.endObject()
    writer.field("enrolled", header.enrolled)
    writer.field("assessed", header.assessed)
    array("indicators", model.indicators, &writer, indicator)
    array("lessons", model.lessons, &writer, lesson)
    array("questions", model.questions, &writer, question)
    array("hardest", model.hardest, &writer) { question, writer in
      writer.beginObject()
      writer.field("lesson", question.lessonID)
      writer.field("id", question.id)
      writer.endObject()
    }
    writer.key("test")
    if let test = model.test { self.test(test, &writer) } else { writer.null() }
    // An entry per person who needs help (up to everyone): written on all cores.
    let entries = ConcurrentMap.map(model.needsHelp) { entry in
      var part = JSONWriter(capacity: 512)
      helpEntry(entry, &part)
      return part.bytes
    }
    array("needsHelp", entries, &writer) { entry, writer in writer.value(written: entry) }
    writer.field("selfReported", header.selfReported)
    array("preTestQuestions", model.preTestQuestions, &writer, question)
    parts(&writer)
    writer.endObject()
    return String(decoding: writer.bytes, as: UTF8.self) + "\n"
  }

  func optional(_ key: String, _ value: String?, _ writer: inout JSONWriter) {
    writer.key(key)
    if let value { writer.string(value) } else { writer.null() }
  }

  func optional(_ key: String, _ value: Int?, _ writer: inout JSONWriter) {
    writer.key(key)
    if let value { writer.integer(value) } else { writer.null() }
  }

  func array<T>(
    _ key: String, _ items: [T], _ writer: inout JSONWriter,
    _ write: (T, inout JSONWriter) -> Void
  ) {
    writer.key(key)
    writer.beginArray()
    for item in items { write(item, &writer) }
    writer.endArray()
  }

  /// `{"n": 9, "of": 20, "percent": 45}`; percent is null when `of` is 0.
  func ratio(_ key: String, _ ratio: ReportRatio, _ writer: inout JSONWriter) {
    writer.key(key)
    writer.beginObject()
    writer.field("n", ratio.count)
    writer.field("of", ratio.total)
    optional("percent", ratio.percent, &writer)
    writer.endObject()
  }

  /// A number with `decimals` places from its scaled integer, or null.
  private func decimal(_ key: String, _ scaled: Int?, _ decimals: Int, _ writer: inout JSONWriter) {
    writer.key(key)
    if let scaled {
      var scale = 1.0
      for _ in 0..<decimals { scale *= 10 }
      writer.decimal(Double(scaled) / scale, decimals: decimals)
    } else {
      writer.null()
    }
  }

  private func indicator(_ row: ReportIndicator, _ writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("id", row.id)
    writer.field("label", row.label)
    writer.field("assessed", row.assessed)
    ratio("achieved", row.achieved, &writer)
    ratio("notYet", row.notYet, &writer)
    array("reasons", row.reasons, &writer) { reason, writer in
      writer.beginObject()
      optional("id", reason.id, &writer)
      writer.field("label", reason.label)
      writer.field("n", reason.count.count)
      writer.field("of", reason.count.total)
      optional("percent", reason.count.percent, &writer)
      writer.endObject()
    }
    writer.field("source", "facilitator")
    writer.key("selfReported")
    writer.beginObject()
    writer.field("answered", row.selfAnswered)
    ratio("yes", row.selfYes, &writer)
    ratio("no", row.selfNo, &writer)
    writer.endObject()
    writer.endObject()
  }

  private func lesson(_ row: ReportLesson, _ writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("id", row.id)
    writer.field("title", row.title)
    writer.field("kind", row.kind.rawValue)
    writer.field("questions", row.questionCount)
    writer.field("started", row.started)
    ratio("completed", row.completed, &writer)
    decimal("meanScore", row.meanScore?.tenths, 1, &writer)
    ratio("passed", row.passed, &writer)
    writer.field("practiced", row.practiced)
    writer.endObject()
  }

  private func question(_ row: ReportQuestion, _ writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("lesson", row.lessonID)
    writer.field("id", row.id)
    writer.field("number", row.number)
    writer.field("text", row.text)
    writer.field("kind", row.kind.rawValue)
    writer.field("answered", row.answered)
    ratio("correct", row.correct, &writer)
    writer.field("hardest", row.hardest)
    writer.field("phase", row.phase.rawValue)
    writer.endObject()
  }

  private func test(_ test: ReportTest, _ writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("lesson", test.lessonID)
    writer.field("title", test.title)
    writer.field("tookPre", test.tookPre)
    writer.field("tookPost", test.tookPost)
    writer.field("paired", test.paired)
    decimal("meanPre", test.meanPre.tenths, 1, &writer)
    decimal("meanPost", test.meanPost.tenths, 1, &writer)
    decimal("gain", test.gain?.hundredths, 2, &writer)
    ratio("improved", test.improved, &writer)
    writer.field("tookNeither", test.tookNeither)
    writer.endObject()
  }

  private func helpEntry(_ entry: ReportHelpEntry, _ writer: inout JSONWriter) {
    writer.beginObject()
    optional("id", entry.participantID, &writer)
    writer.field("name", entry.name)
    optional("group", entry.group, &writer)
    array("lessons", entry.lessons, &writer) { lesson, writer in
      writer.beginObject()
      writer.field("id", lesson.id)
      writer.field("title", lesson.title)
      writer.field("kind", lesson.kind.rawValue)
      writer.field("score", lesson.score)
      writer.endObject()
    }
    array("indicators", entry.indicators, &writer) { indicator, writer in
      writer.beginObject()
      writer.field("id", indicator.id)
      writer.field("label", indicator.label)
      optional("reason", indicator.reason, &writer)
      writer.field("reasonLabel", indicator.reasonLabel)
      optional("note", indicator.note, &writer)
      writer.endObject()
    }
    writer.endObject()
  }
}
