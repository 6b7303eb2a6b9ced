/// A lesson's kind: an ordinary lesson, or the course test used as pre- and post-test.
package enum LessonKind: String, Hashable, Sendable, CaseIterable {
  case lesson
  case test
}

/// A checklist item on a checklist page.
package struct ChecklistItem: Hashable, Sendable {
  /// Stable id: explicit `{#id}` or derived `item-N`.
  package var id: String
  package var text: RichText
  /// The course indicator that ticking this item records (self-reported).
  package var indicator: String?
  package var location: SourceLocation

  package init(id: String, text: RichText, indicator: String?, location: SourceLocation) {
    self.id = id
    self.text = text
    self.indicator = indicator
    self.location = location
  }
}

/// A page of a lesson.
package struct Page: Hashable, Sendable {
  /// What the participant does on the page.
  package enum Kind: String, Hashable, Sendable {
    case reading
    case checklist
    case quiz
  }

  package var title: RichText
  package var kind: Kind
  /// The page's text (on checklist and quiz pages: the text before the items).
  package var blocks: [Block]
  package var items: [ChecklistItem]
  package var questions: [Question]
  package var location: SourceLocation

  package init(
    title: RichText, kind: Kind, blocks: [Block] = [], items: [ChecklistItem] = [],
    questions: [Question] = [], location: SourceLocation
  ) {
    self.title = title
    self.kind = kind
    self.blocks = blocks
    self.items = items
    self.questions = questions
    self.location = location
  }
}

/// One lesson in one language.
package struct Lesson: Hashable, Sendable {
  /// The front matter's `checked:` line: the day the lesson's facts were last checked.
  package struct Checked: Hashable, Sendable {
    /// `YYYY-MM-DD`.
    package var date: String
    /// Where the date is written, for a warning when it grows old.
    package var location: SourceLocation

    package init(date: String, location: SourceLocation) {
      self.date = date
      self.location = location
    }
  }

  package var id: String
  package var title: String
  package var minutes: Int
  package var kind: LessonKind
  /// Tries per question set in the lesson, overriding the course.
  package var attempts: Int?
  package var pages: [Page]
  /// The file it came from.
  package var path: String
  /// When the facts were last checked against the sources; nil when the file does not say.
  package var checked: Checked?
  /// The sources the facts were checked against (`source.1:`, `source.2:`, …), in order:
  /// free text such as `How to Apply as an Affiliate Creator (5 February 2026)`.
  package var sources: [String]

  package init(
    id: String, title: String, minutes: Int, kind: LessonKind = .lesson, attempts: Int? = nil,
    pages: [Page], path: String, checked: Checked? = nil, sources: [String] = []
  ) {
    self.id = id
    self.title = title
    self.minutes = minutes
    self.kind = kind
    self.attempts = attempts
    self.pages = pages
    self.path = path
    self.checked = checked
    self.sources = sources
  }

  /// Every question, in page order.
  package var questions: [Question] { pages.flatMap(\.questions) }

  /// Every checklist item, in page order.
  package var checklistItems: [ChecklistItem] { pages.flatMap(\.items) }

  /// The question with `id`, if the lesson still has it.
  package func question(id: String) -> Question? { questions.first { $0.id == id } }
}
