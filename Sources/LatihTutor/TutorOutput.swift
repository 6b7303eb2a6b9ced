import LatihCourse
import LatihData

/// What the tutor shows, as data: the renderer turns it into text for the terminal's
/// width and language, tests inspect it directly.
package enum TutorOutput: Hashable, Sendable {
  /// A new screen (cleared on an interactive terminal, a blank line otherwise).
  case newScreen
  /// The lesson title, "Halaman 3/7" with a progress bar, and the page title.
  case pageHeader(lessonTitle: String, page: Int, pageCount: Int, title: RichText)
  case blocks([Block])
  /// The checklist items of a page with their marks (when revisiting a page), and the
  /// course's reasons to name a "not yet" in words; without marks (presenting) no
  /// status is shown.
  case checklistOverview(
    [ChecklistItem], marks: [String: ChecklistMark]?, reasons: [CourseManifest.Label])
  /// One checklist item to answer, with its mark so far (and the course's reasons to
  /// name a "not yet" in words).
  case checklistItem(
    number: Int, count: Int, text: RichText, mark: ChecklistMark?,
    reasons: [CourseManifest.Label])
  /// The reasons for "not yet", numbered from 1.
  case reasons([CourseManifest.Label])
  /// A question to answer (attempt is 1-based, of `tries`).
  case question(number: Int, count: Int, view: QuestionView, attempt: Int, tries: Int)
  case feedback(Feedback)
  case summary(LessonSummary)
  case message(TutorText)
  /// The keys that work now, shown before reading a line.
  case keys(KeyHints)
}

/// The response to an answer.
package struct Feedback: Hashable, Sendable {
  /// nil in a test, where answers are only recorded.
  package var correct: Bool?
  /// Explanations of the picked options, then the question's explanation when settled.
  package var explanations: [RichText]
  /// Shown after a wrong try that is not the last.
  package var hint: RichText?
  /// Tries left for this question (0 when settled).
  package var triesLeft: Int
  /// Shown after the last wrong try: the right answer.
  package var rightAnswer: QuestionView?
}

/// The end of a lesson run.
package struct LessonSummary: Hashable, Sendable {
  package var lessonTitle: String
  package var correct: Int
  package var total: Int
  package var score: Int
  package var passed: Bool
  package var passMark: Int
  package var tag: TestTag?
  /// Questions to review with the answer given and the right one: a lesson's missed
  /// questions; every question of a post-test; none after a pre-test.
  package var review: [ReviewItem]
  /// Whether `r` retries the missed questions.
  package var canRetry: Bool
  /// For the course test: what this run counts as (a pre-test shows no score, no pass or
  /// fail, only thanks and what comes next).
  package var role: TestRole? = nil
  /// Whether this run retried missed questions: practice, which never changes the score.
  package var practice: Bool = false
  /// For practice: the lesson's official score (the best full run), unchanged.
  package var officialScore: Int? = nil
}

/// Which keys a prompt accepts.
package enum KeyHints: Hashable, Sendable {
  case reading(canGoBack: Bool)
  case checklistItem
  case reason(count: Int)
  /// Typing a note for "other reason".
  case note
  /// The checklist overview: a number changes an item.
  case overview(count: Int)
  /// A question; in a test (`test`) "don't know" is offered too.
  case question(QuestionKind, letters: Int, tries: Int, test: Bool = false)
  /// Reading the lesson again from a question.
  case rereading(canGoBack: Bool, canGoForward: Bool)
  case summary(canRetry: Bool)
}

/// How a lesson run ended, for the driver.
package enum LessonExit: Hashable, Sendable {
  /// Finished and the summary acknowledged.
  case completed
  /// Retry these missed questions in a new run.
  case retry([String])
  /// Back to the lesson menu.
  case menu
  /// Save and quit (`q`).
  case quit
}

/// The result of one input: events to record durably first, then output to show.
package struct TutorStep: Hashable, Sendable {
  package var events: [EventBody] = []
  package var output: [TutorOutput] = []
  package var exit: LessonExit?

  package init(events: [EventBody] = [], output: [TutorOutput] = [], exit: LessonExit? = nil) {
    self.events = events
    self.output = output
    self.exit = exit
  }
}
