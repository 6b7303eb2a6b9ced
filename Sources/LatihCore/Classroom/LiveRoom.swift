/// The room as `latih live` sees it: everyone's state, updated from appended events only.
public struct LiveRoom: Sendable {
  public private(set) var people: [String: LivePerson] = [:]

  public init() {}

  /// Applies a participant's new events in order.
  public mutating func apply(_ events: [Event], to id: String) {
    var person = people[id] ?? LivePerson(id: id)
    for event in events { person.apply(event) }
    people[id] = person
  }

  /// Forgets a participant whose journal is read again from the start.
  public mutating func restart(_ id: String) { people[id] = nil }

  /// The most-missed question so far, with its count (ties: the first in id order).
  public var mostMissed: (key: LivePerson.QuestionKey, count: Int)? {
    var totals: [LivePerson.QuestionKey: Int] = [:]
    for person in people.values {
      for (key, count) in person.misses { totals[key, default: 0] += count }
    }
    return totals.min { lhs, rhs in
      lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
    }.map { ($0.key, $0.value) }
  }
}
