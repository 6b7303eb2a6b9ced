/// Writes an event's fields (everything but `seq` and `crc`) in JSON; ``EventDecoder``
/// reads them back.
package enum EventFields {
  /// The event as one JSON object (its journal line without `seq` and `crc`), for
  /// programme exports that keep every event raw.
  package static func object(_ event: Event) -> [UInt8] {
    var writer = JSONWriter(capacity: 320)
    writer.beginObject()
    write(event, into: &writer)
    writer.endObject()
    return writer.bytes
  }

  /// Writes `id`, `t`, `dev`, `p`, `type` and the body's fields into an open object.
  static func write(_ event: Event, into writer: inout JSONWriter) {
    writer.field(literal: "id", event.id)
    writer.field(literal: "t", time: event.time)
    writer.field(literal: "dev", event.device)
    writer.field(literal: "p", event.participant)
    writer.field(literal: "type", event.body.typeName)
    switch event.body {
    case .enrolled(let value):
      writer.field(literal: "name", value.name)
      writer.field(literal: "group", value.group)
      writer.field(literal: "code", value.code)
      writer.field(literal: "phone", value.phone)
      if let number = value.rosterNumber { writer.field(literal: "roster", number) }
    case .sessionCreated(let value):
      writer.field(literal: "session", value.session)
      writer.field(literal: "title", value.title)
      writer.field(literal: "place", value.place)
      writer.field(literal: "date", value.date)
    case .sessionJoined(let session):
      writer.field(literal: "session", session)
    case .lessonOpened(let value):
      writer.field(literal: "run", value.run)
      writer.field(literal: "lesson", value.lesson)
      writer.field(literal: "lang", value.language.rawValue)
      writer.field(literal: "seed", digitString: value.seed)
      writer.field(literal: "shuffled", value.shuffled)
      writer.field(literal: "tag", value.tag?.rawValue)
      writer.field(literal: "tag-set", value.tagSet?.rawValue)
      writer.field(literal: "session", value.session)
      if let retry = value.retry {
        writer.key(literal: "retry")
        writer.beginArray()
        for id in retry { writer.string(id) }
        writer.endArray()
      }
      writer.field(literal: "retry-of", value.retryOf)
    case .pageReached(let value):
      writer.field(literal: "run", value.run)
      writer.field(literal: "lesson", value.lesson)
      writer.field(literal: "page", value.page)
    case .checklistItem(let value):
      writer.field(literal: "run", value.run)
      writer.field(literal: "lesson", value.lesson)
      writer.field(literal: "item", value.item)
      writer.field(literal: "done", value.done)
      writer.field(literal: "reason", value.reason)
      writer.field(literal: "indicator", value.indicator)
      writer.field(literal: "session", value.session)
      writer.field(literal: "note", value.note)
    case .answer(let value):
      writer.field(literal: "run", value.run)
      writer.field(literal: "lesson", value.lesson)
      writer.field(literal: "question", value.question)
      writer.field(literal: "attempt", value.attempt)
      writer.field(literal: "correct", value.correct)
      writer.field(literal: "final", value.final)
      writer.field(literal: "response", value.response)
    case .lessonCompleted(let value):
      writer.field(literal: "run", value.run)
      writer.field(literal: "lesson", value.lesson)
      writer.field(literal: "correct", value.correct)
      writer.field(literal: "total", value.total)
      writer.field(literal: "score", value.score)
      writer.field(literal: "passed", value.passed)
      writer.field(literal: "tag", value.tag?.rawValue)
    case .indicatorRecorded(let value):
      writer.field(literal: "indicator", value.indicator)
      writer.field(literal: "achieved", value.achieved)
      writer.field(literal: "reason", value.reason)
      writer.field(literal: "note", value.note)
      writer.field(literal: "source", value.source.rawValue)
      writer.field(literal: "session", value.session)
    case .participantsLinked(let other):
      writer.field(literal: "other", other)
    case .postTestOpened(let session):
      writer.field(literal: "session", session)
    case .participantRenamed(let name):
      writer.field(literal: "name", name)
    case .participantRemoved, .participantRestored:
      break
    case .sessionRenamed(let value):
      writer.field(literal: "session", value.session)
      writer.field(literal: "title", value.title)
      writer.field(literal: "place", value.place)
      writer.field(literal: "date", value.date)
    case .sessionRemoved(let session), .sessionRestored(let session):
      writer.field(literal: "session", session)
    case .sessionsLinked(let session, let other):
      writer.field(literal: "session", session)
      writer.field(literal: "other", other)
    case .sessionPin(let session, let policy):
      writer.field(literal: "session", session)
      writer.field(literal: "pin", policy.rawValue)
    case .pinSet(let pin):
      writer.field(literal: "pin", pin?.stored)
    case .unknown(_, let fields):
      writer.rawFields(Array(fields.utf8))
    }
  }
}
