import LatihBase
import LatihCourse
import LatihData

/// Turns the course and each event into the rows of a programme export. Every event has
/// its `events` row (the raw JSON); the kinds the report counts also have a typed row.
package enum ProgrammeRows {
  /// The course's rows: its pass mark and test, lessons (with their question counts in
  /// `language`), indicators and reasons.
  package static func course(_ course: Course, language: Language) -> [ProgrammeRow] {
    let manifest = course.manifest
    let id = ProgrammeValue.text(manifest.id)
    let test = manifest.courseTest.flatMap { course.lessonIDs.contains($0) ? $0 : nil }
    var rows = [
      ProgrammeRow(
        table: .course,
        values: [id, .integer(Int64(manifest.passMark)), test.map(ProgrammeValue.text) ?? .null])
    ]
    var seen: Set<String> = []
    for (position, lesson) in course.lessonIDs.enumerated() where seen.insert(lesson).inserted {
      let questions = course.lesson(lesson, in: language)?.questions.count ?? 0
      rows.append(
        ProgrammeRow(
          table: .courseLessons,
          values: [
            id, .text(lesson), .integer(Int64(position + 1)), .integer(Int64(questions)),
            .bool(lesson == test),
          ]))
    }
    for (position, indicator) in manifest.indicators.enumerated() {
      rows.append(
        ProgrammeRow(
          table: .courseIndicators,
          values: [id, .text(indicator.id), .integer(Int64(position + 1))]))
    }
    for (position, reason) in manifest.reasons.enumerated() {
      rows.append(
        ProgrammeRow(
          table: .courseReasons, values: [id, .text(reason.id), .integer(Int64(position + 1))]))
    }
    return rows
  }

  /// The rows of `event` (already without the parts an export leaves out).
  package static func rows(_ event: Event) -> [ProgrammeRow] {
    let id = ProgrammeValue.text(event.id)
    let time = ProgrammeValue.integer(event.time)
    let raw = String(decoding: EventFields.object(event), as: UTF8.self)
    var rows = [
      ProgrammeRow(
        table: .events,
        values: [
          id, .time(event.time), time, .text(event.device), text(event.participant),
          .text(event.body.typeName), .json(raw),
        ])
    ]
    if let typed = typed(event, id: id, time: time) { rows.append(typed) }
    return rows
  }

  private static func text(_ value: String?) -> ProgrammeValue { value.map { .text($0) } ?? .null }
  private static func int(_ value: Int) -> ProgrammeValue { .integer(Int64(value)) }

  private static func typed(_ event: Event, id: ProgrammeValue, time: ProgrammeValue)
    -> ProgrammeRow?
  {
    // Only these kinds name their participant; without one they are not counted.
    let person = text(event.participant)
    func change(_ kind: String, other: String? = nil, name: String? = nil) -> ProgrammeRow {
      ProgrammeRow(
        table: .participantChanges,
        values: [id, person, .text(kind), text(other), text(name), time]
      )
    }
    func session(_ session: String, _ kind: String, other: String? = nil, info: SessionInfo? = nil)
      -> ProgrammeRow
    {
      ProgrammeRow(
        table: .sessionChanges,
        values: [
          id, .text(session), .text(kind), text(other), text(info?.title), text(info?.place),
          text(info?.date), time,
        ])
    }
    switch event.body {
    case .sessionCreated(let info):
      return ProgrammeRow(
        table: .sessions,
        values: [
          id, .text(info.session), .text(info.title), text(info.place), text(info.date),
          .text(NameKey.key(info.title)), .text(NameKey.key(info.place ?? "")),
          .text(NameKey.key(info.date ?? "")), .text(event.device), time,
        ])
    case .sessionRenamed(let info): return session(info.session, "renamed", info: info)
    case .sessionRemoved(let id): return session(id, "removed")
    case .sessionRestored(let id): return session(id, "restored")
    case .sessionsLinked(let id, let other): return session(id, "linked", other: other)
    case .postTestOpened(let id): return session(id, "post-test-opened")
    default: break
    }
    guard event.participant != nil else { return nil }
    switch event.body {
    case .enrolled(let value):
      return ProgrammeRow(
        table: .participants,
        values: [
          id, person, .text(value.name), text(value.group), text(value.code),
          text(value.phone), time,
        ])
    case .participantsLinked(let other): return change("linked", other: other)
    case .participantRenamed(let name): return change("renamed", name: NameKey.clean(name))
    case .participantRemoved: return change("removed")
    case .participantRestored: return change("restored")
    case .sessionJoined(let session):
      return ProgrammeRow(table: .memberships, values: [id, person, .text(session), time])
    case .lessonOpened(let value):
      return ProgrammeRow(
        table: .lessonRuns,
        values: [
          id, .text(value.run), person, .text(value.lesson), .text(value.language.rawValue),
          text(value.tag?.rawValue), text(value.tagSet?.rawValue), text(value.session),
          .bool(value.isPractice), text(value.retryOf),
          text(value.retry?.joined(separator: ",")), time,
        ])
    case .lessonCompleted(let value):
      return ProgrammeRow(
        table: .lessonResults,
        values: [
          id, .text(value.run), person, .text(value.lesson), int(value.correct), int(value.total),
          int(value.score), .bool(value.passed), text(value.tag?.rawValue), time,
        ])
    case .answer(let value):
      return ProgrammeRow(
        table: .answers,
        values: [
          id, .text(value.run), person, .text(value.lesson), .text(value.question),
          int(value.attempt), .bool(value.correct), .bool(value.final), .text(value.response), time,
        ])
    case .checklistItem(let value):
      return ProgrammeRow(
        table: .checklistAnswers,
        values: [
          id, .text(value.run), person, .text(value.lesson), .text(value.item), .bool(value.done),
          text(value.reason), text(value.indicator), text(value.session), text(value.note), time,
        ])
    case .indicatorRecorded(let value):
      return ProgrammeRow(
        table: .indicatorRecords,
        values: [
          id, person, .text(value.indicator), .bool(value.achieved), text(value.reason),
          text(value.note), .text(value.source.rawValue), text(value.session), time,
        ])
    default:
      return nil
    }
  }
}
