/// A language Latih speaks: the UI and a course's lessons. Indonesian first.
package enum Language: String, Sendable, CaseIterable, Hashable, Codable {
  case id
  case en

  /// The default when nothing is set.
  package static let standard: Language = .id

  /// Parses `id`, `en`, or a locale such as `en_US.UTF-8` / `id-ID`.
  package init?(code: String) {
    let lowered = code.lowercased()
    let base = lowered.prefix { $0.isLetter }
    guard let language = Language(rawValue: String(base)) else { return nil }
    self = language
  }
}

/// A user-facing message, with its text in every ``Language``.
///
/// Each domain has one enum of messages; its Indonesian table lives in
/// `Localization/id/` and its English table in `Localization/en/`, each an exhaustive
/// `switch`, so the compiler refuses a message missing from either language.
package protocol LocalizedText: Sendable {
  /// The Indonesian text.
  var indonesian: String { get }
  /// The English text.
  var english: String { get }
}

extension LocalizedText {
  /// The text in `language`.
  package func text(in language: Language) -> String {
    switch language {
    case .id: return indonesian
    case .en: return english
    }
  }
}
