import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// One look at the room for `latih live`: a row per participant and the summary.
package struct LiveSnapshot: Sendable {
  /// Why someone looks stuck.
  package enum StuckReason: String, Sendable, CaseIterable {
    /// Connected, on a quiz page, nothing recorded for the stuck time.
    case idle
    /// The last two attempts were wrong.
    case twoWrong = "two-wrong"
  }

  /// The sort orders `s` cycles through.
  package enum Order: String, Sendable, CaseIterable {
    case name, idle, progress, stuck

    /// The next order.
    package var next: Order {
      let all = Order.allCases
      return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
  }

  package struct Row: Sendable, Equatable {
    package var id: String
    package var name: String
    package var connected: Bool
    package var idleMinutes: Int
    package var lesson: String?
    /// The lesson's place in the course (1-based) and title.
    package var lessonNumber: Int?
    package var lessonTitle: String?
    /// 1-based page and page count.
    package var page: Int?
    package var pages: Int?
    package var question: String?
    /// 1-based place of the question in the lesson.
    package var questionNumber: Int?
    package var attempt: Int
    package var answered: Int
    package var correct: Int
    package var ticks: Int
    package var items: Int?
    package var completedScore: Int?
    package var stuck: [StuckReason]
  }

  package var time: Int64
  package var rows: [Row]
  package var participants: Int { rows.count }
  package var active: Int { rows.filter(\.connected).count }
  /// Connected people per lesson, in course order.
  package var perLesson: [(lesson: String, number: Int?, count: Int)]
  package var mostMissed: (lesson: String, question: String, number: Int?, count: Int)?
  package var stuckMinutes: Int

  /// Builds the snapshot; `connected` holds the ids whose journal is locked by a Latih.
  package init(
    room: LiveRoom, connected: Set<String>, course: Course?, language: Language, now: Int64,
    stuckMinutes: Int, anonymize: Bool
  ) {
    time = now
    self.stuckMinutes = stuckMinutes
    let order = course?.lessonIDs ?? []
    rows = room.people.values.map { person in
      let lesson = person.lesson.flatMap { course?.lesson($0, in: language) }
      let idle = max(0, Int((now - person.lastEvent) / 60_000))
      var stuck: [StuckReason] = []
      let onQuiz =
        person.page.flatMap { lesson?.pages.indices.contains($0) == true ? $0 : nil }
        .map { lesson?.pages[$0].kind == .quiz } ?? (person.question != nil)
      let connected = connected.contains(person.id)
      if connected && person.completedScore == nil && onQuiz && idle >= stuckMinutes {
        stuck.append(.idle)
      }
      if person.wrongInARow >= 2 && person.completedScore == nil { stuck.append(.twoWrong) }
      let name = anonymize ? Self.firstName(person.name) : person.name
      return Row(
        id: person.id, name: name.isEmpty ? "?" : name, connected: connected,
        idleMinutes: idle, lesson: person.lesson,
        lessonNumber: person.lesson.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 },
        lessonTitle: lesson?.title, page: person.page.map { $0 + 1 },
        pages: lesson?.pages.count, question: person.question,
        questionNumber: person.question.flatMap { id in
          lesson?.questions.firstIndex { $0.id == id }
        }.map { $0 + 1 },
        attempt: person.attempt, answered: person.answered, correct: person.correct,
        ticks: person.ticks, items: lesson.map { $0.checklistItems.count },
        completedScore: person.completedScore, stuck: stuck)
    }
    rows.sort { ($0.name, $0.id) < ($1.name, $1.id) }
    var counts: [String: Int] = [:]
    for row in rows where row.connected {
      if let lesson = row.lesson { counts[lesson, default: 0] += 1 }
    }
    perLesson = counts.map {
      (lesson: $0.key, number: order.firstIndex(of: $0.key).map { $0 + 1 }, count: $0.value)
    }
    .sorted { ($0.number ?? Int.max, $0.lesson) < ($1.number ?? Int.max, $1.lesson) }
    mostMissed = room.mostMissed.map { missed in
      let lesson = course?.lesson(missed.key.lesson, in: language)
      let number = lesson?.questions.firstIndex { $0.id == missed.key.question }.map { $0 + 1 }
      return (missed.key.lesson, missed.key.question, number, missed.count)
    }
  }

  /// The rows in `order` (ties by name).
  package func sorted(_ order: Order) -> [Row] {
    switch order {
    case .name:
      return rows
    case .idle:
      return rows.sorted {
        $0.connected != $1.connected ? $0.connected : $0.idleMinutes > $1.idleMinutes
      }
    case .progress:
      return rows.sorted {
        ($0.lessonNumber ?? 0, $0.page ?? 0, $0.answered) > (
          $1.lessonNumber ?? 0, $1.page ?? 0, $1.answered
        )
      }
    case .stuck:
      return rows.sorted { ($0.stuck.count, $0.idleMinutes) > ($1.stuck.count, $1.idleMinutes) }
    }
  }

  /// The first word of a name (for a projector).
  static func firstName(_ name: String) -> String {
    String(name.split(whereSeparator: \.isWhitespace).first ?? "")
  }
}
