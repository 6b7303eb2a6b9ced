/// Writes an event's fields (everything but `seq` and `crc`) in JSON; ``EventDecoder``
/// reads them back.
enum EventFields {
  /// Writes `id`, `t`, `dev`, `p`, `type` and the body's fields into an open object.
  static func write(_ event: Event, into writer: inout JSONWriter) {
    writer.field("id", event.id)
    writer.field("t", Timestamp.format(event.time))
    writer.field("dev", event.device)
    writer.field("p", event.participant)
    writer.field("type", event.body.typeName)
    switch event.body {
    case .enrolled(let value):
      writer.field("name", value.name)
      writer.field("group", value.group)
      writer.field("code", value.code)
      writer.field("phone", value.phone)
    case .sessionCreated(let value):
      writer.field("session", value.session)
      writer.field("title", value.title)
      writer.field("place", value.place)
      writer.field("date", value.date)
    case .sessionJoined(let session):
      writer.field("session", session)
    case .lessonOpened(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("lang", value.language.rawValue)
      writer.field("seed", String(value.seed))
      writer.field("shuffled", value.shuffled)
      writer.field("tag", value.tag?.rawValue)
      writer.field("session", value.session)
      if let retry = value.retry {
        writer.key("retry")
        writer.beginArray()
        for id in retry { writer.string(id) }
        writer.endArray()
      }
      writer.field("retry-of", value.retryOf)
    case .pageReached(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("page", value.page)
    case .checklistItem(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("item", value.item)
      writer.field("done", value.done)
      writer.field("reason", value.reason)
      writer.field("indicator", value.indicator)
      writer.field("session", value.session)
    case .answer(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("question", value.question)
      writer.field("attempt", value.attempt)
      writer.field("correct", value.correct)
      writer.field("final", value.final)
      writer.field("response", value.response)
    case .lessonCompleted(let value):
      writer.field("run", value.run)
      writer.field("lesson", value.lesson)
      writer.field("correct", value.correct)
      writer.field("total", value.total)
      writer.field("score", value.score)
      writer.field("passed", value.passed)
      writer.field("tag", value.tag?.rawValue)
    case .indicatorRecorded(let value):
      writer.field("indicator", value.indicator)
      writer.field("achieved", value.achieved)
      writer.field("reason", value.reason)
      writer.field("note", value.note)
      writer.field("source", value.source.rawValue)
      writer.field("session", value.session)
    case .participantsLinked(let other):
      writer.field("other", other)
    case .unknown(_, let fields):
      writer.rawFields(Array(fields.utf8))
    }
  }
}
