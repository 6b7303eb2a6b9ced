import LatihBase
import LatihCourse
import LatihData

/// The course's structure as the report counts it, worked out once per report: indexes
/// for indicators, reasons, lessons and questions so each person is tallied in one pass.
/// A class, though it never changes once made: every person's tally and contribution
/// reads it, and copying a structure of this many parts cost a reference count for each
/// (copies of it and its lesson slots were 30 % of the tallying thread's samples in a
/// profile of a 100,000-person report).
final class ReportPlan: Sendable {
  /// A lesson in course order, in the report language where possible.
  struct LessonSlot: Sendable {
    var id: String
    var lesson: Lesson?
    /// Question id → index into ``ReportPlan/questions``.
    var questionIndex: [String: Int]
  }

  /// A question in course order.
  struct QuestionSlot: Sendable {
    var lesson: Int
    var number: Int
    var question: Question
  }

  let manifest: CourseManifest
  let language: Language
  let indicatorIndex: [String: Int]
  let reasonIndex: [String: Int]
  let lessons: [LessonSlot]
  let questions: [QuestionSlot]
  /// The course test's index in ``lessons``, if the course has one in its order.
  let testLesson: Int?
  /// Lessons, questions and indicators by number, for journals read compactly (without
  /// session aliases: a contribution only looks lessons up); nil when the course repeats a
  /// lesson id, which only the full reader counts exactly.
  let vocabulary: CompactVocabulary?
  /// The course test and the course's other lessons (``TestSchedule``'s) by their numbers
  /// in ``vocabulary`` (a lesson it does not know: -1), so a compact contribution does not
  /// look them up per person; nil without a course test or a vocabulary.
  let scheduleLessons: (test: Int, lessons: [Int])?

  init(course: Course, language: Language) {
    manifest = course.manifest
    self.language = language
    let indicatorIndex = Self.index(course.manifest.indicators.map(\.id))
    self.indicatorIndex = indicatorIndex
    reasonIndex = Self.index(course.manifest.reasons.map(\.id))
    var lessons: [LessonSlot] = []
    var questions: [QuestionSlot] = []
    for id in course.lessonIDs {
      let lesson = course.lesson(id, in: language)
      var index: [String: Int] = [:]
      for (number, question) in (lesson?.questions ?? []).enumerated()
      where index[question.id] == nil {
        index[question.id] = questions.count
        questions.append(
          QuestionSlot(lesson: lessons.count, number: number + 1, question: question))
      }
      lessons.append(LessonSlot(id: id, lesson: lesson, questionIndex: index))
    }
    self.lessons = lessons
    self.questions = questions
    testLesson = course.manifest.courseTest.flatMap { test in
      lessons.firstIndex { $0.id == test }
    }
    let vocabulary = Self.vocabulary(
      lessons: lessons, manifest: course.manifest, indicators: indicatorIndex, aliases: [:])
    self.vocabulary = vocabulary
    // The schedule's own lessons (``TestSchedule`` leaves the test out of them).
    let schedule = TestSchedule(test: course.manifest.courseTest, lessons: course.lessonIDs)
    scheduleLessons = schedule.test.flatMap { test in
      vocabulary?.lesson(test).map { number in
        (number, schedule.lessons.map { vocabulary?.lesson($0) ?? -1 })
      }
    }
  }

  /// The numbers a journal is read compactly with (``CompactProgressReader``): the
  /// lessons in course order, then the course test when it is not among them; the
  /// questions as ``LessonSlot/questionIndex`` numbers them; sessions through `aliases`.
  /// Nil when the course repeats a lesson id.
  func vocabulary(aliases: [String: String]) -> CompactVocabulary? {
    Self.vocabulary(
      lessons: lessons, manifest: manifest, indicators: indicatorIndex, aliases: aliases)
  }

  private static func vocabulary(
    lessons: [LessonSlot], manifest: CourseManifest, indicators: [String: Int],
    aliases: [String: String]
  ) -> CompactVocabulary? {
    let ids = lessons.map(\.id)
    guard Set(ids).count == ids.count else { return nil }
    let extra = manifest.courseTest.flatMap { ids.contains($0) ? nil : $0 }
    return CompactVocabulary(
      lessons: ids + (extra.map { [$0] } ?? []), questions: lessons.map(\.questionIndex),
      indicators: indicators, aliases: aliases)
  }

  var passMark: Int { manifest.passMark }

  /// The label of the indicator at `index`.
  func indicatorLabel(_ index: Int) -> String {
    manifest.indicators[index].label(in: language)
  }

  /// The label of reason `id`: the course's, else the id itself.
  func reasonLabel(_ id: String?) -> String {
    guard let id else { return ReportText.noReasonGiven.text(in: language) }
    guard let index = reasonIndex[id] else { return id }
    return manifest.reasons[index].label(in: language)
  }

  /// The title of the lesson at `index`, else its id.
  func lessonTitle(_ index: Int) -> String {
    lessons[index].lesson?.title ?? lessons[index].id
  }

  private static func index(_ ids: [String]) -> [String: Int] {
    var result: [String: Int] = [:]
    for (index, id) in ids.enumerated() where result[id] == nil { result[id] = index }
    return result
  }
}
