/// A lesson's kind: an ordinary lesson, or the course test used as pre- and post-test.
public enum LessonKind: String, Hashable, Sendable, CaseIterable {
  case lesson
  case test
}

/// A checklist item on a checklist page.
public struct ChecklistItem: Hashable, Sendable {
  /// Stable id: explicit `{#id}` or derived `item-N`.
  public var id: String
  public var text: RichText
  /// The course indicator that ticking this item records (self-reported).
  public var indicator: String?
  public var location: SourceLocation

  public init(id: String, text: RichText, indicator: String?, location: SourceLocation) {
    self.id = id
    self.text = text
    self.indicator = indicator
    self.location = location
  }
}

/// A page of a lesson.
public struct Page: Hashable, Sendable {
  /// What the participant does on the page.
  public enum Kind: String, Hashable, Sendable {
    case reading
    case checklist
    case quiz
  }

  public var title: RichText
  public var kind: Kind
  /// The page's text (on checklist and quiz pages: the text before the items).
  public var blocks: [Block]
  public var items: [ChecklistItem]
  public var questions: [Question]
  public var location: SourceLocation

  public init(
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
public struct Lesson: Hashable, Sendable {
  /// The front matter's `checked:` line: the day the lesson's facts were last checked.
  public struct Checked: Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// Where the date is written, for a warning when it grows old.
    public var location: SourceLocation

    public init(date: String, location: SourceLocation) {
      self.date = date
      self.location = location
    }
  }

  public var id: String
  public var title: String
  public var minutes: Int
  public var kind: LessonKind
  /// Tries per question set in the lesson, overriding the course.
  public var attempts: Int?
  public var pages: [Page]
  /// The file it came from.
  public var path: String
  /// When the facts were last checked against the sources; nil when the file does not say.
  public var checked: Checked?
  /// The sources the facts were checked against (`source.1:`, `source.2:`, …), in order:
  /// free text such as `How to Apply as an Affiliate Creator (5 February 2026)`.
  public var sources: [String]

  public init(
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
  public var questions: [Question] { pages.flatMap(\.questions) }

  /// Every checklist item, in page order.
  public var checklistItems: [ChecklistItem] { pages.flatMap(\.items) }

  /// The question with `id`, if the lesson still has it.
  public func question(id: String) -> Question? { questions.first { $0.id == id } }
}
