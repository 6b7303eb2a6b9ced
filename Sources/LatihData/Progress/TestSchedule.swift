/// What a course-test run is, decided by time in a person's merged data.
package enum TestRole: String, Hashable, Sendable, CaseIterable {
  /// Opened before she finished any lesson of the course: the pre-test.
  case pre
  /// Opened after she finished every lesson of the course, or after the facilitator
  /// opened the post-test for a session she belongs to: the post-test.
  case post
  /// Opened part-way through the course: counted as neither.
  case neither
}

/// A person's course-test results as reports count them: the first finished pre-test
/// and the first finished post-test, and how many finished runs were neither.
package struct TestScores: Hashable, Sendable {
  package var pre: Int?
  package var post: Int?
  /// The runs those scores come from.
  package var preRun: String?
  package var postRun: String?
  /// Finished test runs opened part-way through the course (not counted).
  package var neither: Int = 0

  package init(pre: Int? = nil, post: Int? = nil) {
    self.pre = pre
    self.post = post
  }
}

/// Decides which course-test runs of a person are the pre-test and which the post-test,
/// from the times in her merged, linked data, so the answer is the same whatever laptop
/// or order produced it:
///
/// - a tag set explicitly (`learn --pre/--post`) is kept;
/// - a run opened after the facilitator opened the post-test for a session she belongs
///   to (`latih session post-test`), or after she finished every other lesson of the
///   course, is the post-test;
/// - a run opened before she finished any other lesson is the pre-test (a retake before
///   studying is still a pre-test);
/// - any other run is neither.
///
/// The tag a laptop stored when the run was opened (without `tag-set: explicit`) is not
/// used: it only knew that laptop's data.
package struct TestSchedule: Hashable, Sendable {
  /// The course test's lesson id; nil when the course has none.
  package var test: String?
  /// The course's other lessons.
  package var lessons: [String]
  /// When the post-test was first opened for a session the person belongs to.
  package var postTestOpened: Int64?

  package init(test: String?, lessons: [String], postTestOpened: Int64? = nil) {
    self.test = test
    self.lessons = lessons.filter { $0 != test }
    self.postTestOpened = postTestOpened
  }

  /// The role of a course-test run opened at `time` (with `opening`) for `progress`.
  package func role(opening: LessonOpening?, at time: Int64, in progress: ParticipantProgress)
    -> TestRole
  {
    role(opening: opening, at: time, milestones: milestones(progress))
  }

  /// Every full course-test run of `progress` with its role, in the order opened.
  package func roles(in progress: ParticipantProgress) -> [(run: LessonRun, role: TestRole)] {
    guard let test else { return [] }
    let milestones = milestones(progress)
    return progress.lesson(test).runs.filter { !$0.opening.isPractice }.map { run in
      (run, role(opening: run.opening, at: run.openedAt, milestones: milestones))
    }
  }

  /// The scores reports use: the first finished pre-test and the first finished
  /// post-test.
  package func scores(in progress: ParticipantProgress) -> TestScores {
    var scores = TestScores()
    for (run, role) in roles(in: progress) {
      guard let result = run.result else { continue }
      switch role {
      case .pre where scores.pre == nil:
        scores.pre = result.score
        scores.preRun = run.id
      case .post where scores.post == nil:
        scores.post = result.score
        scores.postRun = run.id
      case .neither:
        scores.neither += 1
      default:
        break
      }
    }
    return scores
  }

  /// When she first finished any other lesson, and when she had finished all of them.
  private func milestones(_ progress: ParticipantProgress) -> (first: Int64?, all: Int64?) {
    var first: Int64?
    var all: Int64? = lessons.isEmpty ? nil : Int64.min
    for lesson in lessons {
      let done = progress.lessons[lesson]?.firstCompletion
      if let done { first = min(first ?? done, done) }
      if let latest = all { all = done.map { max(latest, $0) } }
    }
    return (first, all)
  }

  private func role(
    opening: LessonOpening?, at time: Int64, milestones: (first: Int64?, all: Int64?)
  ) -> TestRole {
    role(
      explicitTag: opening.flatMap { $0.hasExplicitTag ? $0.tag : nil }, at: time,
      milestones: milestones)
  }

  /// The role of a run opened at `time` with `explicitTag` (a tag set explicitly), given
  /// when she first finished another lesson and when she had finished all of them.
  func role(explicitTag: TestTag?, at time: Int64, milestones: (first: Int64?, all: Int64?))
    -> TestRole
  {
    if let tag = explicitTag { return tag == .pre ? .pre : .post }
    if let opened = postTestOpened, time > opened { return .post }
    if let all = milestones.all, time > all { return .post }
    guard let first = milestones.first, time > first else { return .pre }
    return .neither
  }
}
