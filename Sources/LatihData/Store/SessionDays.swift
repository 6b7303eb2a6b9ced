import LatihBase

/// Works out the training days in the session events of a data folder, the same on every
/// laptop whatever order the events were merged in.
///
/// - Sessions created with the same title, place and date (``Session/dayKey``, from their
///   `session-created` events) are one day; so are sessions joined by `sessions-linked`.
/// - A day's canonical id is its member created first (time, then id).
/// - Its title, place and date are the canonical member's, replaced by the latest
///   `session-renamed` of any member (time order, ties by event id).
/// - It is removed when the latest `session-removed` / `session-restored` of any member is a
///   removal.
/// - Its PIN policy is the latest `session-pin` of any member (`off` without one).
struct SessionDays {
  /// Every member id → canonical id.
  private(set) var canonical: [String: String] = [:]
  /// One session per day, in the order created (removed ones included).
  private(set) var sessions: [Session] = []
  /// The ``Session/dayKey`` of each `session-created` → the canonical id of its day.
  private(set) var createdDays: [String: String] = [:]

  init(events: [Event]) {
    let ordered = events.sorted(by: Event.chronological)
    var created: [String: (info: SessionInfo, time: Int64, device: String)] = [:]
    var order: [String] = []
    for event in ordered {
      guard case .sessionCreated(let info) = event.body, created[info.session] == nil else {
        continue
      }
      created[info.session] = (info, event.time, event.device)
      order.append(info.session)
    }
    var parent: [String: String] = [:]
    for id in order { parent[id] = id }
    func root(_ id: String) -> String {
      var current = id
      while let next = parent[current], next != current { current = next }
      return current
    }
    // Earlier-created (then smaller id) roots win, so the canonical id does not depend
    // on the order the unions happen in.
    let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    func union(_ a: String, _ b: String) {
      let rootA = root(a)
      let rootB = root(b)
      guard rootA != rootB else { return }
      if rank[rootA]! < rank[rootB]! { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
    var firstOfDay: [String: String] = [:]
    for id in order {
      let info = created[id]!.info
      let key = Session.dayKey(title: info.title, place: info.place, date: info.date)
      if let first = firstOfDay[key] { union(first, id) } else { firstOfDay[key] = id }
    }
    for event in ordered {
      if case .sessionsLinked(let a, let b) = event.body, parent[a] != nil, parent[b] != nil {
        union(a, b)
      }
    }
    var members: [String: [String]] = [:]
    for id in order {
      let top = root(id)
      canonical[id] = top
      members[top, default: []].append(id)
    }
    for (key, first) in firstOfDay { createdDays[key] = canonical[first] }
    var days: [String: Session] = [:]
    for id in order where canonical[id] == id {
      let (info, time, device) = created[id]!
      days[id] = Session(
        id: id, title: info.title, place: info.place, date: info.date, created: time,
        device: device, members: members[id])
    }
    for event in ordered {
      switch event.body {
      case .sessionRenamed(let info):
        guard let id = canonical[info.session] else { continue }
        days[id]?.title = info.title
        days[id]?.place = info.place
        days[id]?.date = info.date
      case .sessionRemoved(let session):
        guard let id = canonical[session] else { continue }
        days[id]?.removed = true
      case .sessionRestored(let session):
        guard let id = canonical[session] else { continue }
        days[id]?.removed = false
      case .sessionPin(let session, let policy):
        guard let id = canonical[session] else { continue }
        days[id]?.pin = policy
      default:
        continue
      }
    }
    sessions = order.compactMap { days[$0] }
  }
}
