import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// One participant's progress as `latih progress` shows it (text and JSON).
struct ProgressSummary {
  let participant: Participant
  let records: [Participant]
  let progress: ParticipantProgress
  let course: Course

  /// Lesson ids with progress that the course no longer has.
  var removedLessons: [String] {
    progress.lessons.keys.filter { !course.lessonIDs.contains($0) }.sorted()
  }

  /// Answers to questions the course no longer has, per lesson.
  func unknownQuestions(_ lessonID: String) -> [String] {
    guard let lesson = course.lesson(lessonID, in: course.manifest.primaryLanguage) else {
      return []
    }
    let known = Set(lesson.questions.map(\.id))
    var seen: Set<String> = []
    return progress.lesson(lessonID).runs.flatMap(\.answers).map(\.question).filter {
      !known.contains($0) && seen.insert($0).inserted
    }
  }

  /// The one-entry form used when listing everyone, wrapped to `width` columns.
  func lineText(language: Language, width: Int) -> [String] {
    let passed = course.lessonIDs.filter { progress.lesson($0).passed }.count
    let last =
      progress.lastActivity.map { Timestamp.format($0).prefix(16).replacingT() }
      ?? ProgressText.never.text(in: language)
    let text =
      TerminalSanitizer.cleanLine(ParticipantLabel(participant).text(in: language)) + " — "
      + ProgressText.summaryLine(passed: passed, total: course.lessonIDs.count).text(in: language)
      + " · "
      + ProgressText.lastActive(last).text(in: language)
    return TextWrapper.wrap(text, width: width, restPrefix: "  ")
  }

  /// The detailed form for one participant, wrapped to `width` columns.
  func detailText(language: Language, style: TextStyle, width: Int) -> [String] {
    func say(_ text: ProgressText) -> String { text.text(in: language) }
    var lines: [String] = []
    func add(_ text: String, first: String = "", rest: String = "") {
      lines += TextWrapper.wrap(text, width: width, firstPrefix: first, restPrefix: rest)
    }
    add(style.bold(TerminalSanitizer.cleanLine(ParticipantLabel(participant).text(in: language))))
    let last =
      progress.lastActivity.map { String(Timestamp.format($0).prefix(16)).replacingT() }
      ?? say(.never)
    add(say(.enrolledOn(Timestamp.date(participant.enrolledAt))) + " · " + say(.lastActive(last)))
    lines += ["", say(.lessonsHeading)]
    for (index, id) in course.lessonIDs.enumerated() {
      let lesson = course.lesson(id, in: language)
      let lessonProgress = progress.lesson(id)
      var details = [TutorText.status(lessonProgress.status).text(in: language)]
      if let best = lessonProgress.bestScore, (lesson?.questions.count ?? 0) > 0 {
        details.append(TutorText.bestScore(best).text(in: language))
      }
      if !lessonProgress.completedRuns.isEmpty {
        details.append(say(.runs(lessonProgress.completedRuns.count)))
      }
      if let open = lessonProgress.openRun, let page = open.lastPage, let lesson {
        details.append(say(.onPage(page: page + 1, count: lesson.pages.count)))
      }
      let unknown = unknownQuestions(id)
      if !unknown.isEmpty {
        details.append(TutorText.unknownQuestions(unknown.count).text(in: language))
      }
      let number = "\(index + 1)".leftPadded(to: 2) + ". "
      add(TerminalSanitizer.cleanLine(lesson?.title ?? id), first: number, rest: "    ")
      add(details.joined(separator: " · "), first: "    ", rest: "    ")
    }
    for id in removedLessons {
      add(say(.removedLesson(TerminalSanitizer.cleanLine(id))), first: " – ", rest: "   ")
    }
    lines += ["", say(.indicatorsHeading)]
    let outcomes = progress.indicators()
    if outcomes.isEmpty { lines.append("  " + say(.noIndicators)) }
    for indicator in course.manifest.indicators {
      guard let outcome = outcomes[indicator.id] else { continue }
      let reason =
        outcome.reason.map { course.manifest.reason($0)?.label(in: language) ?? $0 } ?? "-"
      let verdict = outcome.achieved ? say(.achieved) : say(.notYet(reason: reason))
      let label = TerminalSanitizer.cleanLine(indicator.label(in: language))
      let source = " (" + say(.source(outcome.source)) + ")"
      add(label + ": " + TerminalSanitizer.cleanLine(verdict) + source, first: "  ", rest: "    ")
    }
    if let test = course.manifest.courseTest {
      let scores = progress.testScores(test: test)
      let pre = scores.pre.map { "\($0)%" } ?? say(.notTaken)
      let post = scores.post.map { "\($0)%" } ?? say(.notTaken)
      lines.append("")
      add(say(.test(pre: pre, post: post)))
    }
    return lines
  }

  /// The documented JSON form (see README, "progress --format json").
  static func json(_ entries: [ProgressSummary], course: Course, generated: Int64) -> String {
    var writer = JSONWriter(capacity: 4096)
    writer.beginObject()
    writer.field("format", "latih-progress")
    writer.field("version", 1)
    writer.field("course", course.manifest.id)
    writer.field("generated", Timestamp.format(generated))
    writer.key("participants")
    writer.beginArray()
    for entry in entries { entry.write(into: &writer) }
    writer.endArray()
    writer.endObject()
    return String(decoding: writer.bytes, as: UTF8.self) + "\n"
  }

  func write(into writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("id", participant.id)
    writer.field("name", participant.name)
    writer.key("group")
    participant.group.map { writer.string($0) } ?? writer.null()
    writer.key("code")
    participant.code.map { writer.string($0) } ?? writer.null()
    writer.key("records")
    writer.beginArray()
    for record in records { writer.string(record.id) }
    writer.endArray()
    writer.field("enrolled", Timestamp.format(participant.enrolledAt))
    writer.key("lastActivity")
    progress.lastActivity.map { writer.string(Timestamp.format($0)) } ?? writer.null()
    writer.key("sessions")
    writer.beginArray()
    for session in records.flatMap(\.sessions) { writer.string(session) }
    writer.endArray()
    writer.key("lessons")
    writer.beginArray()
    for id in course.lessonIDs + removedLessons { writeLesson(id, into: &writer) }
    writer.endArray()
    writer.key("indicators")
    writer.beginArray()
    for (id, outcome) in progress.indicators().sorted(by: { $0.key < $1.key }) {
      writer.beginObject()
      writer.field("id", id)
      writer.field("achieved", outcome.achieved)
      writer.key("reason")
      outcome.reason.map { writer.string($0) } ?? writer.null()
      writer.key("note")
      outcome.note.map { writer.string($0) } ?? writer.null()
      writer.field("source", outcome.source.rawValue)
      writer.key("session")
      outcome.session.map { writer.string($0) } ?? writer.null()
      writer.field("recorded", Timestamp.format(outcome.time))
      writer.endObject()
    }
    writer.endArray()
    writer.key("test")
    writer.beginObject()
    let scores = course.manifest.courseTest.map { progress.testScores(test: $0) }
    writer.key("pre")
    (scores?.pre).map { writer.integer($0) } ?? writer.null()
    writer.key("post")
    (scores?.post).map { writer.integer($0) } ?? writer.null()
    writer.endObject()
    writer.endObject()
  }

  func writeLesson(_ id: String, into writer: inout JSONWriter) {
    let lessonProgress = progress.lesson(id)
    let lesson = course.lesson(id, in: course.manifest.primaryLanguage)
    writer.beginObject()
    writer.field("id", id)
    writer.field("inCourse", lesson != nil)
    writer.field("status", lessonProgress.status.rawValue)
    writer.key("bestScore")
    lessonProgress.bestScore.map { writer.integer($0) } ?? writer.null()
    writer.field("runs", lessonProgress.runs.count)
    writer.field("completedRuns", lessonProgress.completedRuns.count)
    writer.key("lastActivity")
    lessonProgress.lastActivity.map { writer.string(Timestamp.format($0)) } ?? writer.null()
    writer.key("page")
    (lessonProgress.openRun?.lastPage).map { writer.integer($0 + 1) } ?? writer.null()
    writer.key("questions")
    writer.beginArray()
    let answers = lessonProgress.runs.flatMap(\.answers)
    var order: [String] = lesson?.questions.map(\.id) ?? []
    for answer in answers where !order.contains(answer.question) { order.append(answer.question) }
    let known = Set(lesson?.questions.map(\.id) ?? [])
    for question in order {
      let tries = answers.filter { $0.question == question }
      guard !tries.isEmpty else { continue }
      writer.beginObject()
      writer.field("id", question)
      writer.field("inCourse", known.contains(question))
      writer.field("tries", tries.count)
      writer.field("correct", tries.last { $0.final }?.correct ?? false)
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
  }
}

extension StringProtocol {
  /// `2026-11-23T09:02` → `2026-11-23 09:02`.
  func replacingT() -> String { String(self).split(separator: "T").joined(separator: " ") }
}
