/// The views with a report's headline figures over all the data, as `latih report` computes
/// them (README, "What the figures mean"): the indicator table with reasons, lesson
/// completion and pass rate, and the pre/post-test means and gain. Percentages and means
/// are rounded half up in integers, as ``ReportRatio``, ``ReportMean`` and
/// ``ReportGain`` do, and each view also gives the counts and sums they come from.
enum ProgrammeReportViews {
  static var all: String { test + indicators + figures }

  /// `100 * n / total` rounded half up (NULL when `total` is 0).
  private static func percent(_ n: String, _ total: String) -> String {
    "CASE WHEN \(total) > 0 THEN CAST(floor((200.0 * (\(n)) + (\(total))) / (2.0 * (\(total))))"
      + " AS BIGINT) END"
  }

  static let test = """
    -- The course test's full runs with their role, decided by time in the merged data: a
    -- tag set explicitly is kept; after the post-test was opened for one of her days, or
    -- after she finished every other lesson: post; before she finished any: pre; else
    -- neither.
    CREATE OR REPLACE VIEW test_runs AS
    WITH other AS (
      SELECT l.lesson_id FROM course_lessons l WHERE NOT l.is_test
    ), milestones AS (
      SELECT pl.person_id, min(pl.first_completion_ms) AS first_ms,
             CASE WHEN count(pl.first_completion_ms) = (SELECT count(*) FROM other)
                  THEN max(pl.first_completion_ms) END AS all_ms
      FROM person_lessons pl JOIN other o ON o.lesson_id = pl.lesson_id
      GROUP BY pl.person_id
    ), opened AS (
      SELECT d.person_id, min(t.opened_ms) AS opened_ms
      FROM person_days d JOIN post_test_days t ON t.day_id = d.day_id
      GROUP BY d.person_id
    )
    SELECT r.person_id, r.run_id, r.score, r.completed_ms, r.first_ms, r.first_event,
           CASE WHEN r.tag_set = 'explicit' AND r.tag IS NOT NULL THEN r.tag
                WHEN p.opened_ms IS NOT NULL AND r.opened_ms > p.opened_ms THEN 'post'
                WHEN m.all_ms IS NOT NULL AND r.opened_ms > m.all_ms THEN 'post'
                WHEN m.first_ms IS NULL OR r.opened_ms <= m.first_ms THEN 'pre'
                ELSE 'neither' END AS role
    FROM person_runs r
    JOIN course c ON c.test_lesson = r.lesson_id
    LEFT JOIN milestones m ON m.person_id = r.person_id
    LEFT JOIN opened p ON p.person_id = r.person_id
    WHERE NOT r.practice;

    -- Each person's pre-test and post-test score: the first finished run of each role.
    CREATE OR REPLACE VIEW person_tests AS
    WITH ranked AS (
      SELECT t.*, row_number() OVER (
               PARTITION BY person_id, role ORDER BY first_ms, first_event) AS k
      FROM test_runs t WHERE completed_ms IS NOT NULL
    )
    SELECT person_id,
           max(CASE WHEN role = 'pre' AND k = 1 THEN score END) AS pre_score,
           max(CASE WHEN role = 'post' AND k = 1 THEN score END) AS post_score,
           sum(CASE WHEN role = 'neither' THEN 1 ELSE 0 END) AS neither
    FROM ranked GROUP BY person_id;

    """

  static let indicators = """
    -- The outcome that counts per person, indicator and source: the latest record (time,
    -- then event id). 'facilitator' is verified (the official figure); 'self' is the
    -- participant's own answer (a checklist item or a self record), shown beside it.
    CREATE OR REPLACE VIEW indicator_outcomes AS
    WITH records AS (
      SELECT participant_id, indicator_id, achieved, reason, note, source, session_id,
             time_ms, event_id
      FROM indicator_records
      UNION ALL
      SELECT participant_id, indicator_id, done,
             CASE WHEN done THEN NULL ELSE reason END, CASE WHEN done THEN NULL ELSE note END,
             'self', session_id, time_ms, event_id
      FROM checklist_answers WHERE indicator_id IS NOT NULL
    )
    SELECT person_id, indicator_id, source, achieved, reason, note, session_id, time_ms,
           event_id
    FROM (SELECT pr.person_id, r.*, row_number() OVER (
                   PARTITION BY pr.person_id, r.indicator_id, r.source
                   ORDER BY r.time_ms DESC, r.event_id DESC) AS k
          FROM records r JOIN person_records pr ON pr.participant_id = r.participant_id) t
    WHERE k = 1;

    -- The people a report over all data counts: everyone not removed.
    CREATE OR REPLACE VIEW report_people AS
    SELECT * FROM people WHERE NOT removed;

    -- Outcomes of the course's indicators for the people counted.
    CREATE OR REPLACE VIEW report_outcomes AS
    SELECT o.* FROM indicator_outcomes o
    JOIN report_people p ON p.person_id = o.person_id
    JOIN course_indicators i ON i.indicator_id = o.indicator_id;

    """

  static var figures: String {
    """
    -- Header: enrolled, assessed (a verified outcome for some indicator), self-reported.
    CREATE OR REPLACE VIEW report_summary AS
    SELECT (SELECT count(*) FROM report_people) AS enrolled,
           (SELECT count(DISTINCT person_id) FROM report_outcomes
            WHERE source = 'facilitator') AS assessed,
           (SELECT count(DISTINCT person_id) FROM report_outcomes
            WHERE source = 'self') AS self_reported;

    -- The indicator table: achieved and not yet out of those assessed (verified), and the
    -- self-reported answers beside it.
    CREATE OR REPLACE VIEW report_indicators AS
    WITH counts AS (
      SELECT indicator_id,
             sum(CASE WHEN source = 'facilitator' THEN 1 ELSE 0 END) AS assessed,
             sum(CASE WHEN source = 'facilitator' AND achieved THEN 1 ELSE 0 END) AS achieved,
             sum(CASE WHEN source = 'self' THEN 1 ELSE 0 END) AS self_answered,
             sum(CASE WHEN source = 'self' AND achieved THEN 1 ELSE 0 END) AS self_yes
      FROM report_outcomes GROUP BY indicator_id
    ), filled AS (
      SELECT i.indicator_id, i.position, coalesce(c.assessed, 0) AS assessed,
             coalesce(c.achieved, 0) AS achieved,
             coalesce(c.self_answered, 0) AS self_answered, coalesce(c.self_yes, 0) AS self_yes
      FROM course_indicators i LEFT JOIN counts c ON c.indicator_id = i.indicator_id
    )
    SELECT indicator_id, position, assessed, achieved,
           \(percent("achieved", "assessed")) AS achieved_percent,
           assessed - achieved AS not_yet,
           \(percent("assessed - achieved", "assessed")) AS not_yet_percent,
           self_answered, self_yes, \(percent("self_yes", "self_answered")) AS self_yes_percent,
           self_answered - self_yes AS self_no
    FROM filled;

    -- Why not yet: verified outcomes not achieved, per reason (NULL: none given).
    CREATE OR REPLACE VIEW report_indicator_reasons AS
    WITH reasons AS (
      SELECT indicator_id, CASE WHEN reason = '' THEN NULL ELSE reason END AS reason_id
      FROM report_outcomes WHERE source = 'facilitator' AND NOT achieved
    )
    SELECT r.indicator_id, r.reason_id, count(*) AS n, i.assessed,
           \(percent("count(*)", "i.assessed")) AS percent
    FROM reasons r JOIN report_indicators i ON i.indicator_id = r.indicator_id
    GROUP BY r.indicator_id, r.reason_id, i.assessed;

    -- Lessons: started, completed (a finished full run) out of everyone counted, mean
    -- best score and pass rate out of those who completed. The course test's row counts
    -- the post-test.
    CREATE OR REPLACE VIEW report_lessons AS
    WITH scores AS (
      SELECT pl.person_id, pl.lesson_id, pl.practiced,
             CASE WHEN l.is_test THEN t.post_score ELSE pl.best_score END AS score,
             CASE WHEN l.is_test THEN coalesce(t.post_score >= c.pass_mark, FALSE)
                  ELSE pl.passed END AS passed
      FROM person_lessons pl
      JOIN report_people p ON p.person_id = pl.person_id
      JOIN course_lessons l ON l.lesson_id = pl.lesson_id
      JOIN course c ON c.course_id = l.course_id
      LEFT JOIN person_tests t ON t.person_id = pl.person_id
    ), counts AS (
      SELECT lesson_id, count(*) AS started,
             count(score) AS completed,
             sum(CASE WHEN score IS NULL THEN 0 WHEN score < 0 THEN 0 WHEN score > 100 THEN 100
                      ELSE score END) AS score_sum,
             sum(CASE WHEN score IS NOT NULL AND passed THEN 1 ELSE 0 END) AS passed,
             sum(CASE WHEN practiced THEN 1 ELSE 0 END) AS practiced
      FROM scores GROUP BY lesson_id
    ), filled AS (
      SELECT l.lesson_id, l.position, l.questions, l.is_test,
             (SELECT count(*) FROM report_people) AS enrolled,
             coalesce(c.started, 0) AS started, coalesce(c.completed, 0) AS completed,
             coalesce(c.score_sum, 0) AS score_sum, coalesce(c.passed, 0) AS passed,
             coalesce(c.practiced, 0) AS practiced
      FROM course_lessons l LEFT JOIN counts c ON c.lesson_id = l.lesson_id
    ), rounded AS (
      SELECT filled.*,
             CASE WHEN questions > 0 AND completed > 0
                  THEN CAST(floor((20.0 * score_sum + completed) / (2.0 * completed)) AS BIGINT)
             END AS mean_score_tenths
      FROM filled
    )
    SELECT lesson_id, position, questions, is_test, started, completed, enrolled,
           \(percent("completed", "enrolled")) AS completed_percent, score_sum,
           mean_score_tenths, CAST(mean_score_tenths / 10.0 AS DECIMAL(6, 1)) AS mean_score,
           passed, \(percent("passed", "completed")) AS passed_percent, practiced
    FROM rounded;

    -- Pre-test and post-test: who took each, the means of the paired scores, the
    -- normalised gain (post - pre) / (100 - pre) from the unrounded means, and who improved.
    CREATE OR REPLACE VIEW report_test AS
    WITH clamped AS (
      SELECT t.person_id,
             CASE WHEN pre_score < 0 THEN 0 WHEN pre_score > 100 THEN 100 ELSE pre_score END
               AS pre,
             CASE WHEN post_score < 0 THEN 0 WHEN post_score > 100 THEN 100 ELSE post_score END
               AS post,
             neither
      FROM person_tests t JOIN report_people p ON p.person_id = t.person_id
    ), sums AS (
      SELECT count(pre) AS took_pre, count(post) AS took_post,
             sum(CASE WHEN neither > 0 THEN 1 ELSE 0 END) AS took_neither,
             sum(CASE WHEN pre IS NOT NULL AND post IS NOT NULL THEN 1 ELSE 0 END) AS paired,
             sum(CASE WHEN post IS NOT NULL THEN pre ELSE 0 END) AS pre_sum,
             sum(CASE WHEN pre IS NOT NULL THEN post ELSE 0 END) AS post_sum,
             sum(CASE WHEN post > pre THEN 1 ELSE 0 END) AS improved
      FROM clamped
    ), filled AS (
      SELECT c.test_lesson AS lesson_id, coalesce(took_pre, 0) AS took_pre,
             coalesce(took_post, 0) AS took_post, coalesce(took_neither, 0) AS took_neither,
             coalesce(paired, 0) AS paired, coalesce(pre_sum, 0) AS pre_sum,
             coalesce(post_sum, 0) AS post_sum, coalesce(improved, 0) AS improved
      FROM course c CROSS JOIN sums WHERE c.test_lesson IS NOT NULL
    ), rounded AS (
      SELECT filled.*,
             CASE WHEN paired > 0
                  THEN CAST(floor((20.0 * pre_sum + paired) / (2.0 * paired)) AS BIGINT)
             END AS mean_pre_tenths,
             CASE WHEN paired > 0
                  THEN CAST(floor((20.0 * post_sum + paired) / (2.0 * paired)) AS BIGINT)
             END AS mean_post_tenths,
             CASE WHEN paired > 0 AND 100 * paired - pre_sum > 0
                  THEN CASE WHEN post_sum < pre_sum THEN -1 ELSE 1 END * CAST(floor(
                         (200.0 * abs(post_sum - pre_sum) + (100 * paired - pre_sum))
                         / (2.0 * (100 * paired - pre_sum))) AS BIGINT)
             END AS gain_hundredths
      FROM filled
    )
    SELECT lesson_id, took_pre, took_post, took_neither, paired, pre_sum, post_sum,
           mean_pre_tenths, CAST(mean_pre_tenths / 10.0 AS DECIMAL(6, 1)) AS mean_pre,
           mean_post_tenths, CAST(mean_post_tenths / 10.0 AS DECIMAL(6, 1)) AS mean_post,
           gain_hundredths, CAST(gain_hundredths / 100.0 AS DECIMAL(6, 2)) AS gain,
           improved, \(percent("improved", "paired")) AS improved_percent
    FROM rounded;

    """
  }
}
