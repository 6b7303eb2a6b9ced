import LatihBase
import LatihData

/// Stable per-report pseudonyms for `--anonymize`: people are numbered in order of
/// participant id ("Peserta 1", "Peserta 2", …), groups lettered in order of first
/// appearance in that order ("Kelompok A", …, "Kelompok Z", "Kelompok AA", …).
struct ReportPseudonyms {
  private var numbers: [String: Int] = [:]
  private var letters: [String: Int] = [:]
  let language: Language

  /// Pseudonyms for `people` (the people in scope) with their display groups.
  init(people: [(person: Participant, group: String?)], language: Language) {
    self.language = language
    for (offset, entry) in people.sorted(by: { $0.person.id < $1.person.id }).enumerated() {
      numbers[entry.person.id] = offset + 1
      if let group = entry.group {
        let key = NameKey.key(group)
        if letters[key] == nil { letters[key] = letters.count }
      }
    }
  }

  /// The number of the person with `id` (0 if not in scope).
  func number(_ id: String) -> Int { numbers[id] ?? 0 }

  /// The pseudonym of the person with `id`.
  func name(_ id: String) -> String {
    ReportText.participantPseudonym(number(id)).text(in: language)
  }

  /// The pseudonym of group `name` (compared by name key).
  func group(_ name: String) -> String {
    let index = letters[NameKey.key(name)] ?? letters.count
    return ReportText.groupPseudonym(Self.letters(index)).text(in: language)
  }

  /// 0 → `A`, 25 → `Z`, 26 → `AA`, like spreadsheet columns.
  static func letters(_ index: Int) -> String {
    var value = index + 1
    var result: [Character] = []
    while value > 0 {
      let remainder = (value - 1) % 26
      result.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
      value = (value - 1) / 26
    }
    return String(result)
  }
}
