import LatihBase
import LatihData

/// The organizer's evaluation report as plain values: every renderer (text, Markdown,
/// CSV, HTML, JSON) draws from this, so all formats show the same numbers.
///
/// Definitions (the README's "The report" says the same in full):
///
/// - **Scope.** `--session ID`: people with any record (linked records included) that
///   joined the session; indicator outcomes are those recorded in that session or without
///   a session (self-study). `--group G`: people with any record whose group equals G
///   (case-insensitive, Unicode-normalised). No filter: everyone. Linked records of one
///   person count once. Lessons, questions and tests use all of a person's data.
/// - **Scores count once**: only full runs count; a retry of missed questions is practice
///   (``LessonProgress``) and changes no figure here.
/// - **Pre/post** are decided by time in the merged data (``TestSchedule``): her first
///   pre-test and first post-test count; a test taken mid-course is counted apart.
/// - **Enrolled**: people in scope. **Assessed**: people in scope with at least one
///   facilitator outcome for an indicator of the course. **Self-reported**: with at least
///   one own checklist answer.
/// - **Indicators** (course order): verified (the official figure) = the latest
///   facilitator record per person; N = people with one. Reasons (course order, unknown
///   reason ids after them, "no reason given" last) count the not-yet outcomes; only
///   reasons with a count are listed, each with its share of N. Self-reported yes / not
///   yet (the latest own answer) are out of the people who answered, shown apart.
/// - **Lessons** (course order): started = at least one run opened; completed = a full run
///   finished, with its share of enrolled; mean score = mean of the best full-run score of
///   those who completed (lessons with questions only); passed = completed with a passing
///   full run, pass rate = passed / completed. The course test's row counts the post-test.
/// - **Questions** (course order): answered = people who answered it at least once in a
///   full run (the course test: in a post-test; ``preTestQuestions``: in a pre-test);
///   correct = people whose first try of the first such run was right; share = correct /
///   answered. A question is among the hardest when that share is below one half
///   (compared exactly, not after rounding), never for the pre-test; the hardest are
///   listed again, lowest share first (ties in course order).
/// - **Pre/post-test**: only people with both. Mean pre, mean post; normalised gain
///   g = (mean post − mean pre) / (100 − mean pre) from the unrounded means, none when
///   the mean pre-test is 100; improved = post > pre, as n/N of those people.
/// - **Who needs help**: people with a lesson completed but never passed (below the pass
///   mark, with their best score), a post-test below the pass mark, or any verified
///   indicator not yet achieved (with its reason); sorted by name (by pseudonym number
///   when anonymised).
/// - **Sessions in scope** (the header): the `--session` one, else every session (not
///   removed) that someone in scope joined, in the order created.
/// - **Comparison** (`--by session|group`): the indicators' verified figures and the
///   post-test pass rate of each session's or group's people in scope, each row counted
///   as the whole report is (a session row counts that session's outcomes only).
/// - **People** (`--people`): everyone in scope in roster order (``Participant/inRosterOrder()``), each
///   indicator's verified outcome else her own answer, lessons finished and passed (the
///   course test left out), first pre-test and post-test.
/// - **Rounding**: percentages are shown with their counts and rounded half up to whole
///   numbers (so achieved % + not yet % can be 99 or 101); means are rounded half up to
///   one decimal; the gain half away from zero to two decimals. Scores are clamped to
///   0–100.
/// - **Anonymised** (`--anonymize`): names become "Peserta 1, 2, …" numbered over everyone
///   in the data folder in order of participant id (the same in every scope), groups
///   "Kelompok A, B, …" in order of first appearance in that order; participant ids and
///   facilitator notes are left out.
package struct ReportModel: Hashable, Sendable {
  /// The language labels and pseudonyms are in.
  package var language: Language
  package var header: ReportHeader
  /// Indicators in course order.
  package var indicators: [ReportIndicator]
  /// Lessons in course order.
  package var lessons: [ReportLesson]
  /// Questions in course order: lessons' from full runs, the course test's from the
  /// post-test.
  package var questions: [ReportQuestion]
  /// The course test's questions in the pre-test, in course order.
  package var preTestQuestions: [ReportQuestion]
  /// The course test summary; nil when the course has no test.
  package var test: ReportTest?
  /// People who need help, sorted by name (pseudonym number when anonymised).
  package var needsHelp: [ReportHelpEntry]
  /// The per-person table: everyone in scope, in roster order. Always worked out; the
  /// renderers show it with `--people` (``peopleOnly``) only, so a province-wide report
  /// stays its usual size.
  package var people: [ReportPerson] = []
  /// The comparison table of `--by`; nil without it.
  package var comparison: ReportComparison?
  /// `report --people`: show the header and the per-person table only (JSON: the whole
  /// report with `people`, which is null otherwise).
  package var peopleOnly = false

  /// The questions flagged hardest, lowest share first (ties in course order).
  package var hardest: [ReportQuestion] {
    questions.enumerated().filter(\.element.hardest).sorted { lhs, rhs in
      if lhs.element.correct.isLower(than: rhs.element.correct) { return true }
      if rhs.element.correct.isLower(than: lhs.element.correct) { return false }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}

/// Section 1: what the report covers.
package struct ReportHeader: Hashable, Sendable {
  package var courseID: String
  /// The course title in the report language.
  package var courseTitle: String
  /// The session filtered on; nil means all data.
  package var session: Session?
  /// Every session in scope: the one filtered on, else those someone in scope joined, in
  /// the order created.
  package var sessions: [Session] = []
  /// The group filtered on (a pseudonym when anonymised); nil means every group.
  package var group: String?
  /// When the report was made (milliseconds since 1970, UTC).
  package var generated: Int64
  /// The laptop's offset from UTC when the report was made, in seconds (25200 = WIB).
  package var utcOffset: Int = 0
  /// People in scope.
  package var enrolled: Int
  /// People in scope with at least one verified (facilitator) indicator outcome.
  package var assessed: Int
  /// People in scope with at least one self-reported indicator answer.
  package var selfReported: Int
  /// Percent needed to pass a lesson.
  package var passMark: Int
  /// Whether names were replaced by pseudonyms.
  package var anonymized: Bool
}
