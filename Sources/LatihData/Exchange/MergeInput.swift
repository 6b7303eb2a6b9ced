/// Events to merge, as ``Merger`` reads them: what it needs to group and compare every
/// event (participant, id, time), and the events themselves only for those it adds.
package protocol MergeInput: Sendable {
  var count: Int { get }
  func participant(_ index: Int) -> String?
  func id(_ index: Int) -> String
  func time(_ index: Int) -> Int64
  /// The events at `indices`, in that order.
  func events(_ indices: [Int]) -> [Event]
}

extension MergeInput {
  /// ``Event/chronological`` for the events at `lhs` and `rhs`.
  package func isBefore(_ lhs: Int, _ rhs: Int) -> Bool {
    time(lhs) != time(rhs) ? time(lhs) < time(rhs) : id(lhs) < id(rhs)
  }
}

extension Array: MergeInput where Element == Event {
  package func participant(_ index: Int) -> String? { self[index].participant }
  package func id(_ index: Int) -> String { self[index].id }
  package func time(_ index: Int) -> Int64 { self[index].time }
  package func events(_ indices: [Int]) -> [Event] { indices.map { self[$0] } }
}

/// A checked export merges without making the events already present.
extension ExportLines: MergeInput {
  package var count: Int { entries.count }
  package func participant(_ index: Int) -> String? { entries[index].participant }
  package func id(_ index: Int) -> String { entries[index].id }
  package func time(_ index: Int) -> Int64 { entries[index].time }
}
