import LatihBase
import LatihData

/// People already enrolled whose name is close to a typed one, asked about ("Maksud Anda
/// Siti Aminah (kelompok Mawar)?") before a new person is enrolled, so a short or
/// misspelt name never makes a second record of the same person.
///
/// Names are compared folded (case and accents ignored, spaces collapsed). A name is
/// close when the typed text
/// - is the start of it, ending at a word's end (`Siti` → `Siti Aminah`), or is one of
///   its words (`Aminah`), at least 3 letters either way; or
/// - is a small edit away from it: one letter for names of 4–7 letters, two from 8, with
///   the same digits (`Peserta 2` is not a typo of `Peserta 1`).
package enum NameSuggestions {
  /// The most people offered at once.
  package static let limit = 5

  /// The people in `roster` (not removed) whose name or any linked record's name is
  /// close to `typed`, in roster order, at most ``limit``.
  package static func close(to typed: String, in roster: Roster) -> [Participant] {
    let key = fold(typed)
    guard key.count >= 3 else { return [] }
    let close = roster.people.filter { person in
      roster.records(of: person.id).contains { isClose(key, to: fold($0.name)) }
    }
    return Array(close.inRosterOrder().prefix(limit))
  }

  /// Whether the folded `typed` is close to the folded `name` by the rules above (the
  /// same name is found, not suggested).
  static func isClose(_ typed: String, to name: String) -> Bool {
    guard typed != name, !name.isEmpty else { return false }
    if name.hasPrefix(typed + " ") { return true }
    if name.split(separator: " ").contains(where: { $0 == typed }) { return true }
    let allowed = name.count >= 8 ? 2 : name.count >= 4 ? 1 : 0
    guard allowed > 0, abs(name.count - typed.count) <= allowed,
      typed.filter(\.isNumber) == name.filter(\.isNumber)
    else { return false }
    return EditDistance.between(typed, name) <= allowed
  }

  /// Case, accents and spacing folded away.
  static func fold(_ name: String) -> String { NameKey.folded(name) }
}
