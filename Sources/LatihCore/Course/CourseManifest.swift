/// The course manifest (`course.md`): the course's id, titles, languages, lesson order,
/// pass mark, evaluation indicators and reasons for "not yet".
public struct CourseManifest: Hashable, Sendable {
  /// An indicator or reason: a stable id and a label per language.
  public struct Label: Hashable, Sendable {
    public var id: String
    public var labels: [Language: String]
    public var location: SourceLocation
    /// For a reason: the indicators it explains (`- for: …`), in the order written; empty
    /// when it explains every indicator. Always empty for an indicator.
    public var indicators: [String]

    public init(
      id: String, labels: [Language: String], location: SourceLocation, indicators: [String] = []
    ) {
      self.id = id
      self.labels = labels
      self.location = location
      self.indicators = indicators
    }

    /// Whether this reason explains `indicator` (a reason tied to nothing explains all).
    public func explains(_ indicator: String) -> Bool {
      indicators.isEmpty || indicators.contains(indicator)
    }

    /// The label in `language`, else in any language, else the id.
    public func label(in language: Language) -> String {
      labels[language] ?? labels.values.sorted().first ?? id
    }
  }

  /// A lesson in the course order.
  public struct LessonEntry: Hashable, Sendable {
    public var id: String
    public var location: SourceLocation
  }

  public var id: String
  /// The languages; the first is the primary language translations are checked against.
  public var languages: [Language]
  public var titles: [Language: String]
  /// Percent needed to pass a lesson.
  public var passMark: Int
  /// Tries per question unless a lesson says otherwise.
  public var attempts: Int
  /// The lesson used as pre-test and post-test.
  public var courseTest: String?
  public var lessons: [LessonEntry]
  public var indicators: [Label]
  public var reasons: [Label]
  public var path: String

  /// The default pass mark, in percent.
  public static let defaultPassMark = 70
  /// The default number of tries per question.
  public static let defaultAttempts = 2
  /// The most lessons a course may list.
  public static let maximumLessons = 1000

  /// The course title in `language`, else in the primary language.
  public func title(in language: Language) -> String {
    titles[language] ?? languages.lazy.compactMap { titles[$0] }.first ?? id
  }

  /// The primary language.
  public var primaryLanguage: Language { languages.first ?? .standard }

  /// The indicator with `id`.
  public func indicator(_ id: String) -> Label? { indicators.first { $0.id == id } }

  /// The reason with `id`.
  public func reason(_ id: String) -> Label? { reasons.first { $0.id == id } }

  /// The reasons that can explain a "not yet" on `indicator`, in the manifest's order: those
  /// tied to it and those tied to no indicator.
  public func reasons(for indicator: String) -> [Label] {
    reasons.filter { $0.explains(indicator) }
  }
}
