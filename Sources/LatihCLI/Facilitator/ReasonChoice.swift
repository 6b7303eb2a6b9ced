import LatihBase
import LatihCourse
import LatihData

/// Reads a reason for "not yet" as a facilitator types it (`record --reason`, the
/// evaluation grid): its id (`documents`), its number in the list shown (the course
/// manifest's order: `1`), or the start of its label in the user's language or of any
/// word in it (`dokumen`, `kendala`, `usia`), case and accents folded. An id's start
/// counts too (`bank`). Several reasons matching is an error that lists them.
package enum ReasonChoice {
  /// What was typed matched.
  package enum Match: Equatable, Sendable {
    case one(CourseManifest.Label)
    case many([CourseManifest.Label])
    case none
  }

  /// The reason in `reasons` (numbered from 1 in this order) that `typed` names.
  package static func match(
    _ typed: String, in reasons: [CourseManifest.Label], language: Language
  ) -> Match {
    let key = NameKey.searchKey(typed)
    guard !key.isEmpty else { return .none }
    if let exact = reasons.first(where: { NameKey.searchKey($0.id) == key }) {
      return .one(exact)
    }
    if key.allSatisfy(\.isASCII), key.allSatisfy(\.isNumber) {
      guard let number = Int(key), reasons.indices.contains(number - 1) else { return .none }
      return .one(reasons[number - 1])
    }
    let found = reasons.filter { reason in
      NameKey.searchKey(reason.id).hasPrefix(key)
        || startsAWord(key, in: NameKey.searchKey(reason.label(in: language)))
    }
    switch found.count {
    case 0: return .none
    case 1: return .one(found[0])
    default: return .many(found)
    }
  }

  /// Whether `label` has `key` at its start or at the start of one of its words.
  static func startsAWord(_ key: String, in label: String) -> Bool {
    var rest = Substring(label)
    while true {
      if rest.hasPrefix(key) { return true }
      guard let space = rest.firstIndex(where: { !$0.isLetter && !$0.isNumber }) else {
        return false
      }
      rest = rest[rest.index(after: space)...]
    }
  }

  /// `shown` (all of `reasons` when nil) listed for a message, each with its number in
  /// `reasons`: `1 documents (Kendala input dokumen persyaratan)`.
  package static func listing(
    _ reasons: [CourseManifest.Label], only shown: [CourseManifest.Label]? = nil,
    language: Language
  ) -> [String] {
    reasons.enumerated().compactMap { index, reason in
      guard shown?.contains(reason) ?? true else { return nil }
      return
        "\(index + 1) \(reason.id) (\(TerminalSanitizer.cleanLine(reason.label(in: language))))"
    }
  }
}
