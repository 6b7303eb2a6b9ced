/// The course manifest (`course.md`): the course's id, titles, languages, lesson order,
/// pass mark, evaluation indicators and reasons for "not yet".
public struct CourseManifest: Hashable, Sendable {
  /// An indicator or reason: a stable id and a label per language.
  public struct Label: Hashable, Sendable {
    public var id: String
    public var labels: [Language: String]
    public var location: SourceLocation

    public init(id: String, labels: [Language: String], location: SourceLocation) {
      self.id = id
      self.labels = labels
      self.location = location
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
  /// The certificates the course offers (`certificate:`), both by default.
  public var certificates: [CertificateKind] = CertificateKind.allCases
  /// What earns a certificate of completion (`completion:`).
  public var completion: CompletionRule = .allLessons
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
}

/// A kind of certificate a course may offer.
public enum CertificateKind: String, Hashable, Sendable, CaseIterable {
  /// Attended the session: the facilitator recorded an indicator for her in it.
  case participation
  /// Met the course's ``CompletionRule``.
  case completion
}

/// What earns a certificate of completion.
public enum CompletionRule: String, Hashable, Sendable, CaseIterable {
  /// The course test, at or above the pass mark, after studying (a post-test).
  case postTest = "post-test"
  /// Every lesson of the course (not the course test) passed.
  case allLessons = "all-lessons"
}
