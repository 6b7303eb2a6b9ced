import LatihBase

/// The course manifest (`course.md`): the course's id, titles, languages, lesson order,
/// pass mark, evaluation indicators and reasons for "not yet".
package struct CourseManifest: Hashable, Sendable {
  /// An indicator or reason: a stable id and a label per language.
  package struct Label: Hashable, Sendable {
    package var id: String
    package var labels: [Language: String]
    package var location: SourceLocation
    /// For a reason: the indicators it explains (`- for: …`), in the order written; empty
    /// when it explains every indicator. Always empty for an indicator.
    package var indicators: [String]

    package init(
      id: String, labels: [Language: String], location: SourceLocation, indicators: [String] = []
    ) {
      self.id = id
      self.labels = labels
      self.location = location
      self.indicators = indicators
    }

    /// Whether this reason explains `indicator` (a reason tied to nothing explains all).
    package func explains(_ indicator: String) -> Bool {
      indicators.isEmpty || indicators.contains(indicator)
    }

    /// The label in `language`, else in any language, else the id.
    package func label(in language: Language) -> String {
      labels[language] ?? labels.values.sorted().first ?? id
    }
  }

  /// A lesson in the course order.
  package struct LessonEntry: Hashable, Sendable {
    package var id: String
    package var location: SourceLocation
  }

  package var id: String
  /// The languages; the first is the primary language translations are checked against.
  package var languages: [Language]
  package var titles: [Language: String]
  /// Percent needed to pass a lesson.
  package var passMark: Int
  /// Tries per question unless a lesson says otherwise.
  package var attempts: Int
  /// The lesson used as pre-test and post-test.
  package var courseTest: String?
  package var lessons: [LessonEntry]
  /// The certificates the course offers (`certificate:`), both by default.
  package var certificates: [CertificateKind] = CertificateKind.allCases
  /// What earns a certificate of completion (`completion:`).
  package var completion: CompletionRule = .allLessons
  package var indicators: [Label]
  package var reasons: [Label]
  package var path: String

  /// The default pass mark, in percent.
  package static let defaultPassMark = 70
  /// The default number of tries per question.
  package static let defaultAttempts = 2
  /// The most lessons a course may list.
  package static let maximumLessons = 1000

  /// The course title in `language`, else in the primary language.
  package func title(in language: Language) -> String {
    titles[language] ?? languages.lazy.compactMap { titles[$0] }.first ?? id
  }

  /// The primary language.
  package var primaryLanguage: Language { languages.first ?? .standard }

  /// The indicator with `id`.
  package func indicator(_ id: String) -> Label? { indicators.first { $0.id == id } }

  /// The reason with `id`.
  package func reason(_ id: String) -> Label? { reasons.first { $0.id == id } }

  /// The reasons that can explain a "not yet" on `indicator`, in the manifest's order: those
  /// tied to it and those tied to no indicator.
  package func reasons(for indicator: String) -> [Label] {
    reasons.filter { $0.explains(indicator) }
  }
}

/// A kind of certificate a course may offer.
package enum CertificateKind: String, Hashable, Sendable, CaseIterable {
  /// Attended the session: the facilitator recorded an indicator for her in it.
  case participation
  /// Met the course's ``CompletionRule``.
  case completion
}

/// What earns a certificate of completion.
package enum CompletionRule: String, Hashable, Sendable, CaseIterable {
  /// The course test, at or above the pass mark, after studying (a post-test).
  case postTest = "post-test"
  /// Every lesson of the course (not the course test) passed.
  case allLessons = "all-lessons"
}
