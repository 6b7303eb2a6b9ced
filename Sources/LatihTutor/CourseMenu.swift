import LatihBase
import LatihCourse
import LatihData

/// The lesson list a participant sees: each lesson with its status, a progress bar and
/// best score, and the lesson suggested next.
package struct CourseMenu: Sendable {
  /// One lesson in the list.
  package struct Row: Hashable, Sendable {
    /// 1-based position in the course.
    package var number: Int
    package var lessonID: String
    package var title: String
    package var kind: LessonKind
    package var minutes: Int
    package var questions: Int
    package var status: LessonStatus
    /// How far through the lesson (0…1), for the bar.
    package var fraction: Double
    package var bestScore: Int?
    /// False when the lesson's file has errors.
    package var available: Bool
    /// The course test when only a pre-test has been finished: shown as such, never as
    /// "needs review".
    package var preTestOnly: Bool = false
  }

  package var rows: [Row]
  /// Index into `rows` of the suggested lesson, if any is left.
  package var suggested: Int?

  /// The list for `progress`; `schedule` decides which course-test runs are pre-tests
  /// (the course alone when nil).
  package init(
    course: Course, language: Language, progress: ParticipantProgress?,
    schedule: TestSchedule? = nil
  ) {
    let schedule =
      schedule
      ?? TestSchedule(test: course.manifest.courseTest, lessons: course.lessonIDs)
    let scores = progress.map { schedule.scores(in: $0) }
    let testRoles = progress.map { schedule.roles(in: $0) } ?? []
    rows = course.lessonIDs.enumerated().map { index, id in
      let lesson = course.lesson(id, in: language)
      let lessonProgress = progress?.lesson(id) ?? LessonProgress(lesson: id, runs: [])
      var status = lessonProgress.status
      let preTestOnly =
        id == schedule.test && (status == .needsReview || status == .passed)
        && testRoles.allSatisfy { $0.run.result == nil || $0.role == .pre }
      if preTestOnly { status = .notStarted }
      var fraction = 0.0
      switch status {
      case .passed, .needsReview: fraction = 1
      case .inProgress:
        fraction = BlockRenderer.pageFraction(
          page: lessonProgress.openRun?.lastPage ?? 0, of: lesson?.pages.count ?? 1)
      case .notStarted: fraction = 0
      }
      return Row(
        number: index + 1, lessonID: id, title: lesson?.title ?? id, kind: lesson?.kind ?? .lesson,
        minutes: lesson?.minutes ?? 0, questions: lesson?.questions.count ?? 0, status: status,
        fraction: fraction, bestScore: preTestOnly ? nil : lessonProgress.bestScore,
        available: lesson != nil, preTestOnly: preTestOnly)
    }
    suggested = Self.suggestion(rows, test: course.manifest.courseTest, scores: scores)
  }

  /// The course test first while no lesson has started and no pre-test is finished (also
  /// when it was left half done); then the first lesson not passed; the course test again
  /// at the end (post-test). A finished pre-test is never suggested again before the
  /// lessons.
  static func suggestion(_ rows: [Row], test: String?, scores: TestScores?) -> Int? {
    let testIndex = rows.firstIndex { $0.lessonID == test && $0.available }
    let lessons = rows.indices.filter { rows[$0].lessonID != test && rows[$0].available }
    let noLessonStarted = rows.allSatisfy { $0.lessonID == test || $0.status == .notStarted }
    if noLessonStarted, let testIndex, scores?.pre == nil,
      [.notStarted, .inProgress].contains(rows[testIndex].status)
    {
      return testIndex
    }
    if let open = lessons.first(where: { rows[$0].status == .inProgress }) { return open }
    if let next = lessons.first(where: { rows[$0].status != .passed }) { return next }
    if let testIndex {
      if scores?.post == nil || rows[testIndex].status == .inProgress { return testIndex }
    }
    return nil
  }

  /// Whether the suggestion is the course test after every other lesson is passed: the
  /// post-test, the last step of the course.
  package var isPostTestNext: Bool {
    guard let suggested, rows[suggested].kind == .test else { return false }
    return rows.allSatisfy { $0.kind == .test || !$0.available || $0.status == .passed }
  }

  /// The row for a typed lesson number or id.
  package func row(for selector: String) -> Row? {
    if let number = TypedLine.number(selector), rows.indices.contains(number - 1) {
      return rows[number - 1]
    }
    return rows.first { $0.lessonID == selector }
  }

  /// Renders the list for a terminal.
  package func render(language: Language, width: Int, style: TextStyle) -> [String] {
    renderRows(language: language, width: width, style: style).flatMap { $0 }
  }

  /// Each row's lines (so a screen too short for the list can show the rows around the
  /// suggestion).
  package func renderRows(language: Language, width: Int, style: TextStyle) -> [[String]] {
    var result: [[String]] = []
    let cells = max(5, min(10, width - 30))
    for row in rows {
      var lines: [String] = []
      defer { result.append(lines) }
      let number = "\(row.number)".leftPadded(to: 2) + ". "
      var title = TerminalSanitizer.cleanLine(row.title)
      if row.kind == .test {
        // The label is one unit: it never splits across lines (`[tes` / `awal/akhir]`).
        let label = String(
          CourseText.testTag.text(in: language).map { $0 == " " ? "\u{00A0}" : $0 })
        title += " [" + label + "]"
      }
      lines += TextWrapper.wrap(
        row.number - 1 == suggested ? style.bold(title) : title, width: width, firstPrefix: number,
        restPrefix: "    ")
      guard row.available else {
        lines.append("    " + style.yellow(CourseText.unavailable.text(in: language)))
        continue
      }
      var details = [
        row.preTestOnly
          ? TutorText.preTestDone.text(in: language)
          : TutorText.status(row.status).text(in: language)
      ]
      if let best = row.bestScore, row.questions > 0 {
        details.append(TutorText.bestScore(best).text(in: language))
      }
      details.append(CourseText.minutes(row.minutes).text(in: language))
      lines += TextWrapper.wrap(
        BlockRenderer.bar(row.fraction, cells: cells) + " " + details.joined(separator: " · "),
        width: width, firstPrefix: "    ", restPrefix: "    ")
    }
    return result
  }
}
