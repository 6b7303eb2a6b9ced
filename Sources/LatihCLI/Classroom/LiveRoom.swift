import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// The room as `latih live` sees it: everyone's state, updated from appended events only.
package struct LiveRoom: Sendable {
  package private(set) var people: [String: LivePerson] = [:]

  package init() {}

  /// Applies a participant's new events in order.
  package mutating func apply(_ events: [Event], to id: String) {
    var person = people[id] ?? LivePerson(id: id)
    for event in events { person.apply(event) }
    people[id] = person
  }

  /// Forgets a participant whose journal is read again from the start.
  package mutating func restart(_ id: String) { people[id] = nil }

  /// The most-missed question so far, with its count (ties: the first in id order).
  package var mostMissed: (key: LivePerson.QuestionKey, count: Int)? {
    var totals: [LivePerson.QuestionKey: Int] = [:]
    for person in people.values {
      for (key, count) in person.misses { totals[key, default: 0] += count }
    }
    return totals.min { lhs, rhs in
      lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
    }.map { ($0.key, $0.value) }
  }
}
