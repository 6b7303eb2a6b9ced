import LatihBase

extension MergeText {
  package var english: String {
    switch self {
    case .known(let path):
      return "\(path) was merged here before (the same content); skipped."
    case .refused(let path, let count):
      return "\(path) not merged, nothing changed: \(count) problem\(count == 1 ? "" : "s")"
    case .busy(let path, let who):
      return
        "\(path) not merged, nothing changed: \(who) is learning in another Latih window. Try again once they have finished."
    case .invalid(let line, let id, let problem):
      let place = line.map { "line \($0)" } ?? "event"
      return "  \(place) (\(id)): \(describe(problem, in: .en))"
    case .conflict(let id, let who, let elsewhere):
      let person = who.map { " (\($0))" } ?? ""
      return
        "  event \(id)\(person) exists \(elsewhere ? "in another file" : "here") with other content"
    case .orphan(let who, let events):
      return
        "  \(events) events for participant \(who), who is enrolled neither here nor in the file"
    case .sessionConflict(let session):
      return "  session \(session) exists with another title"
    case .unknownSession(let session):
      return "  session \(session) is changed but exists neither here nor in the file"
    case .unknownLink(let who, let other):
      return "  the link \(who) = \(other) names someone who does not exist"
    case .more(let count): return "  … and \(count) more"
    case .linked(let path, let first, let second):
      return "\(path) links \(first) and \(second): they now count as one person"
    }
  }
}
