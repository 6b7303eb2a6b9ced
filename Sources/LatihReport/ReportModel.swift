import LatihBase
import LatihData

/// The organizer's evaluation report as plain values: every renderer (text, Markdown,
/// CSV, HTML, JSON) draws from this, so all formats show the same numbers.
///
/// Definitions (copied into the README):
///
/// - **Scope.** `--session ID`: people with any record (linked records included) that
///   joined the session; indicator outcomes are those recorded in that session or without
///   a session (self-study). `--group G`: people with any record whose group equals G
///   (case-insensitive, Unicode-normalised). No filter: everyone. Linked records of one
///   person count once. Lessons, questions and tests use all of a person's data.
/// - **Enrolled**: people in scope. **Assessed**: people in scope with at least one
///   outcome for an indicator of the course.
/// - **Indicators** (course order): the outcome that counts per person is the latest
///   facilitator record, else the latest self-report. N = people with an outcome for that
///   indicator; achieved n/N and not yet n/N. Reasons (course order, unknown reason ids
///   after them, "no reason given" last) count the not-yet outcomes; only reasons with a
///   count are listed, each with its share of N.
/// - **Lessons** (course order, the course test included): started = at least one run
///   opened; completed = at least one run finished, with its share of enrolled; mean score
///   = mean of the best score of those who completed (lessons with questions only);
///   passed = completed with a passing run, pass rate = passed / completed.
/// - **Questions** (course order): answered = people who answered it at least once;
///   correct = people whose first try of the first run in which they answered it was
///   right; share = correct / answered. A question is among the hardest when that share
///   is below one half (compared exactly, not after rounding); the hardest are listed
///   again, lowest share first (ties in course order).
/// - **Pre/post-test** (the course test): only people with both a pre-test (their first)
///   and a post-test (their last). Mean pre, mean post; normalised gain
///   g = (mean post − mean pre) / (100 − mean pre) from the unrounded means, none when
///   the mean pre-test is 100; improved = post > pre, as n/N of those people.
/// - **Who needs help**: people with a lesson completed but never passed (below the pass
///   mark, with their best score), a post-test below the pass mark, or any indicator not
///   yet achieved (with its reason); sorted by name (by pseudonym number when
///   anonymised).
/// - **Rounding**: percentages are shown with their counts and rounded half up to whole
///   numbers (so achieved % + not yet % can be 99 or 101); means are rounded half up to
///   one decimal; the gain half away from zero to two decimals. Scores are clamped to
///   0–100.
/// - **Anonymised** (`--anonymize`): names become "Peserta 1, 2, …" numbered in order of
///   participant id, groups "Kelompok A, B, …" in order of first appearance in that order;
///   participant ids and facilitator notes are left out.
package struct ReportModel: Hashable, Sendable {
  /// The language labels and pseudonyms are in.
  package var language: Language
  package var header: ReportHeader
  /// Indicators in course order.
  package var indicators: [ReportIndicator]
  /// Lessons in course order.
  package var lessons: [ReportLesson]
  /// Questions in course order.
  package var questions: [ReportQuestion]
  /// The course test summary; nil when the course has no test.
  package var test: ReportTest?
  /// People who need help, sorted by name (pseudonym number when anonymised).
  package var needsHelp: [ReportHelpEntry]

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
  /// The group filtered on (a pseudonym when anonymised); nil means every group.
  package var group: String?
  /// When the report was made (milliseconds since 1970, UTC).
  package var generated: Int64
  /// People in scope.
  package var enrolled: Int
  /// People in scope with at least one indicator outcome.
  package var assessed: Int
  /// Percent needed to pass a lesson.
  package var passMark: Int
  /// Whether names were replaced by pseudonyms.
  package var anonymized: Bool
}
