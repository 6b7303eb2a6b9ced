/// Finding people when what was typed is not exactly a name: folded matches and
/// suggestions for the closest names.
extension Roster {
  /// Who in `people` has a name or code equal to `who` folded (``NameKey/searchKey(_:)``).
  func looseMatch(_ who: String, in people: [Participant]) -> Match {
    let key = NameKey.searchKey(who)
    guard !key.isEmpty else { return .none }
    let found = people.filter { person in
      records(of: person.id).contains { record in
        NameKey.searchKey(record.name) == key || record.code.map(NameKey.searchKey) == key
      }
    }
    switch found.count {
    case 0: return .none
    case 1: return .one(found[0])
    default: return .many(found)
    }
  }

  /// Up to `limit` people whose names are closest to `who` (edit distance on folded
  /// names, to the whole name, to one word of it or to its start), closest first: for
  /// "no such participant". Only names within a third of what was typed (1 to 3 edits).
  package func suggestions(for who: String, limit: Int = 3, removed: Bool = false)
    -> [Participant]
  {
    let typed = Array(NameKey.searchKey(who))
    guard !typed.isEmpty else { return [] }
    let allowed = min(3, max(1, typed.count / 3))
    var scored: [(score: Int, person: Participant)] = []
    for person in removed ? removedPeople : people {
      let name = Array(NameKey.searchKey(person.name))
      var score = Self.editDistance(typed, name)
      score = min(score, Self.editDistance(typed, Array(name.prefix(typed.count))))
      for word in name.split(separator: " ") where score > 0 {
        score = min(score, Self.editDistance(typed, Array(word)))
      }
      if score <= allowed { scored.append((score, person)) }
    }
    return scored.sorted {
      ($0.score, nameKey(of: $0.person), $0.person.id) < (
        $1.score, nameKey(of: $1.person), $1.person.id
      )
    }.prefix(limit).map(\.person)
  }

  /// The Levenshtein distance between `a` and `b` (insert, delete, replace).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(replace, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
