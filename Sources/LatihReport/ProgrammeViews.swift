/// The views that resolve a programme export's rows as Latih does: one person per linked
/// group of records, one training day per group of sessions, each lesson run with its
/// result, and the course test's pre- and post-test decided by time (README, "For
/// analysts"). Plain SQL that PostgreSQL 15 and DuckDB both run; the headline figures are
/// in ``ProgrammeReportViews``.
package enum ProgrammeViews {
  /// Every view, in the order they must be created.
  package static var all: String { people + sessions + runs + ProgrammeReportViews.all }

  /// Records, their person and the people.
  static let people = """
    -- A record's enrolment: its first enrolled event (time, then event id).
    CREATE OR REPLACE VIEW record_enrolments AS
    SELECT event_id, participant_id, name, group_name, code, phone, time_ms AS enrolled_ms
    FROM (SELECT p.*, row_number() OVER (
            PARTITION BY participant_id ORDER BY time_ms, event_id) AS k
          FROM participants p) t
    WHERE k = 1;

    -- Each record's person: linked records are one person, named by the record enrolled
    -- first (then the smallest id).
    CREATE OR REPLACE VIEW person_records AS
    WITH RECURSIVE links AS (
      SELECT c.participant_id AS a, c.other_id AS b FROM participant_changes c
      WHERE c.kind = 'linked'
        AND c.participant_id IN (SELECT participant_id FROM record_enrolments)
        AND c.other_id IN (SELECT participant_id FROM record_enrolments)
    ), edges AS (
      SELECT a, b FROM links UNION SELECT b, a FROM links
    ), reach(start_id, node_id) AS (
      SELECT participant_id, participant_id FROM record_enrolments
      UNION
      SELECT r.start_id, e.b FROM reach r JOIN edges e ON e.a = r.node_id
    )
    SELECT participant_id, person_id FROM (
      SELECT r.start_id AS participant_id, r.node_id AS person_id, row_number() OVER (
               PARTITION BY r.start_id ORDER BY x.enrolled_ms, r.node_id) AS k
      FROM reach r JOIN record_enrolments x ON x.participant_id = r.node_id) t
    WHERE k = 1;

    -- One row per person: the latest rename and removal of any of her records count.
    CREATE OR REPLACE VIEW people AS
    WITH changes AS (
      SELECT pr.person_id, c.participant_id, c.kind, c.name, c.time_ms, c.event_id
      FROM participant_changes c
      JOIN person_records pr ON pr.participant_id = c.participant_id
    ), record_renames AS (
      SELECT person_id, name, time_ms, event_id FROM (
        SELECT changes.*, row_number() OVER (
                 PARTITION BY participant_id ORDER BY time_ms DESC, event_id DESC) AS k
        FROM changes WHERE kind = 'renamed') t
      WHERE k = 1 AND name <> ''
    ), renames AS (
      SELECT person_id, name FROM (
        SELECT record_renames.*, row_number() OVER (
                 PARTITION BY person_id ORDER BY time_ms DESC, event_id DESC) AS k
        FROM record_renames) t
      WHERE k = 1
    ), removals AS (
      SELECT person_id, kind FROM (
        SELECT changes.*, row_number() OVER (
                 PARTITION BY person_id ORDER BY time_ms DESC, event_id DESC) AS k
        FROM changes WHERE kind IN ('removed', 'restored')) t
      WHERE k = 1
    ), counts AS (
      SELECT person_id, count(*) AS records FROM person_records GROUP BY person_id
    )
    SELECT x.participant_id AS person_id, coalesce(rn.name, x.name) AS name, x.group_name,
           x.code, x.phone, x.enrolled_ms, n.records,
           coalesce(rm.kind = 'removed', FALSE) AS removed
    FROM record_enrolments x
    JOIN counts n ON n.person_id = x.participant_id
    LEFT JOIN renames rn ON rn.person_id = x.participant_id
    LEFT JOIN removals rm ON rm.person_id = x.participant_id;

    """

  /// Training days and who belongs to them.
  static let sessions = """
    -- Each session's training day: sessions created with the same title, place and date
    -- are one day, and so are linked sessions; the day is named by its member created
    -- first.
    CREATE OR REPLACE VIEW session_members AS
    WITH RECURSIVE created AS (
      SELECT session_id, title_key, place_key, date_key, time_ms, event_id FROM (
        SELECT s.*, row_number() OVER (
                 PARTITION BY session_id ORDER BY time_ms, event_id) AS k
        FROM sessions s) t
      WHERE k = 1
    ), first_of_day AS (
      SELECT session_id, title_key, place_key, date_key FROM (
        SELECT created.*, row_number() OVER (
                 PARTITION BY title_key, place_key, date_key ORDER BY time_ms, event_id) AS k
        FROM created) t
      WHERE k = 1
    ), links AS (
      SELECT c.session_id AS a, c.other_id AS b FROM session_changes c
      WHERE c.kind = 'linked'
        AND c.session_id IN (SELECT session_id FROM created)
        AND c.other_id IN (SELECT session_id FROM created)
      UNION
      SELECT f.session_id, c.session_id FROM created c
      JOIN first_of_day f ON f.title_key = c.title_key AND f.place_key = c.place_key
        AND f.date_key = c.date_key
    ), edges AS (
      SELECT a, b FROM links UNION SELECT b, a FROM links
    ), reach(start_id, node_id) AS (
      SELECT session_id, session_id FROM created
      UNION
      SELECT r.start_id, e.b FROM reach r JOIN edges e ON e.a = r.node_id
    )
    SELECT session_id, day_id FROM (
      SELECT r.start_id AS session_id, r.node_id AS day_id, row_number() OVER (
               PARTITION BY r.start_id ORDER BY c.time_ms, c.event_id) AS k
      FROM reach r JOIN created c ON c.session_id = r.node_id) t
    WHERE k = 1;

    -- When the post-test was first opened for each training day.
    CREATE OR REPLACE VIEW post_test_days AS
    SELECT coalesce(m.day_id, c.session_id) AS day_id, min(c.time_ms) AS opened_ms
    FROM session_changes c LEFT JOIN session_members m ON m.session_id = c.session_id
    WHERE c.kind = 'post-test-opened'
    GROUP BY coalesce(m.day_id, c.session_id);

    -- Each person's training days (any record's memberships).
    CREATE OR REPLACE VIEW person_days AS
    SELECT DISTINCT pr.person_id, coalesce(m.day_id, ms.session_id) AS day_id
    FROM memberships ms
    JOIN person_records pr ON pr.participant_id = ms.participant_id
    LEFT JOIN session_members m ON m.session_id = ms.session_id;

    """

  /// Lesson runs with their results, and each person's lessons.
  static let runs = """
    -- Each run of a person: its latest opening (an opening again starts it afresh), its
    -- place in order (the first opening) and its result (the latest after that opening).
    CREATE OR REPLACE VIEW person_runs AS
    WITH openings AS (
      SELECT pr.person_id, r.*,
             row_number() OVER (PARTITION BY pr.person_id, r.run_id
                                ORDER BY r.time_ms DESC, r.event_id DESC) AS k,
             first_value(r.time_ms) OVER (PARTITION BY pr.person_id, r.run_id
                                          ORDER BY r.time_ms, r.event_id) AS first_ms,
             first_value(r.event_id) OVER (PARTITION BY pr.person_id, r.run_id
                                           ORDER BY r.time_ms, r.event_id) AS first_event
      FROM lesson_runs r JOIN person_records pr ON pr.participant_id = r.participant_id
    ), latest AS (
      SELECT * FROM openings WHERE k = 1
    ), results AS (
      SELECT o.person_id, o.run_id, x.score, x.passed, x.time_ms AS completed_ms,
             row_number() OVER (PARTITION BY o.person_id, o.run_id
                                ORDER BY x.time_ms DESC, x.event_id DESC) AS k
      FROM latest o
      JOIN person_records pr ON pr.person_id = o.person_id
      JOIN lesson_results x ON x.participant_id = pr.participant_id AND x.run_id = o.run_id
      WHERE x.time_ms > o.time_ms OR (x.time_ms = o.time_ms AND x.event_id > o.event_id)
    )
    SELECT o.person_id, o.run_id, o.lesson_id, o.practice, o.tag, o.tag_set,
           o.time_ms AS opened_ms, o.first_ms, o.first_event, s.score, s.passed, s.completed_ms
    FROM latest o
    LEFT JOIN results s ON s.person_id = o.person_id AND s.run_id = o.run_id AND s.k = 1;

    -- Each person's lessons: started (any run), the best score and pass of a finished
    -- full run (retries of missed questions are practice and never count), practice done.
    CREATE OR REPLACE VIEW person_lessons AS
    SELECT person_id, lesson_id,
           max(CASE WHEN NOT practice AND completed_ms IS NOT NULL THEN score END)
             AS best_score,
           max(CASE WHEN NOT practice AND completed_ms IS NOT NULL AND passed THEN 1 ELSE 0 END)
             = 1 AS passed,
           max(CASE WHEN practice AND completed_ms IS NOT NULL THEN 1 ELSE 0 END) = 1
             AS practiced,
           min(CASE WHEN NOT practice THEN completed_ms END) AS first_completion_ms
    FROM person_runs
    GROUP BY person_id, lesson_id;

    """
}
