/// The ids a report counts, as numbers: the course's lessons, each lesson's questions and
/// the indicators, so a journal can be read into ``CompactProgress`` without making a
/// `String` per event. Session ids are resolved to their day's canonical id
/// (``SessionList/aliases``) as ``ProgressLoader`` does.
package struct CompactVocabulary: Sendable {
  /// Lesson id → lesson number (the first of a repeated id).
  let lessons: ByteTable
  /// Per lesson number: question id → the number the report gives the question.
  let questions: [ByteTable]
  /// Indicator id → indicator number.
  let indicators: ByteTable
  /// Session ids that are not canonical → their canonical id.
  let aliases: [String: String]

  /// `lessons` in order with, per lesson, its question numbers; `indicators` numbered;
  /// `aliases` as ``Roster/sessionAliases``.
  package init(
    lessons: [String], questions: [[String: Int]], indicators: [String: Int],
    aliases: [String: String]
  ) {
    self.lessons = ByteTable(lessons.enumerated().map { ($1, $0) })
    self.questions = lessons.indices.map { index in
      ByteTable(index < questions.count ? questions[index].map { ($0, $1) } : [])
    }
    self.indicators = ByteTable(indicators.map { ($0, $1) })
    self.aliases = aliases
  }

  /// The number of lesson `id`, if it is one of the vocabulary's.
  package func lesson(_ id: String) -> Int? {
    var id = id
    return id.withUTF8 { lessons.value($0) }
  }
}

/// What a report needs from one journal, read once (``CompactProgressReader``): each
/// lesson run with its first-try material and result, and the indicator records, in the
/// order ``ParticipantProgress`` would hold them, by number instead of by id.
package struct CompactProgress: Sendable {
  /// A lesson run, in the order runs were first opened (opened again: started afresh).
  package struct Run: Sendable {
    /// Lesson number (``CompactVocabulary``), -1 for a lesson the report does not know.
    package var lesson: Int32
    /// A retry of missed questions.
    package var isPractice: Bool
    /// The test tag set explicitly (`learn --pre/--post`), if any.
    package var explicitTag: TestTag?
    package var openedAt: Int64
    /// Tries of questions the lesson has (question number, right or not), in order.
    package var answers: [(question: Int32, correct: Bool)] = []
    /// The latest result: its score and whether it passed.
    package var score: Int?
    package var passed = false
    /// When the latest result was recorded.
    package var completedAt: Int64?
  }

  /// An indicator record (a facilitator's, or a checklist answer naming an indicator).
  package struct Indicator: Sendable {
    /// Indicator number (``CompactVocabulary``).
    package var index: Int32
    package var achieved: Bool
    package var reason: String?
    package var note: String?
    package var source: RecordSource
    /// The session, as its day's canonical id.
    package var session: String?
  }

  package var runs: [Run] = []
  /// In time order.
  package var indicators: [Indicator] = []
  /// Damaged whole lines, and the unfinished last line, as ``JournalContents`` says.
  package var skippedLines: [Int] = []
  package var tornTail: TornTail?
  /// False when the journal holds something only the full reader handles exactly (a
  /// repeated event id, an id with escapes or beyond ASCII): read it with
  /// ``ProgressLoader`` then.
  package var isExact = true
  /// The lines whose events a roster reads (enrolment, sessions joined, links, renames,
  /// removals), as byte ranges of the journal without their newlines, in file order:
  /// every such line whose checksum matches and that decodes, the unfinished last line
  /// included and sequence numbers not checked, as
  /// ``JournalReader/events(in:containing:)`` takes them. ``Roster`` reads these instead
  /// of searching the journal again.
  package var rosterLines: [Range<Int>] = []

  package init() {}
}
