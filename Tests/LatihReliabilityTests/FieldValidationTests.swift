import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData

/// Merge checks every field of every event against the rules of local input
/// (``EventRules``): each id-bearing field with values that are not ids, each
/// length-limited field at its limit (kept) and one past it (refused), each number at the
/// ends of its range and past them, every time field outside the window, people's kinds
/// without a person. Every refusal names the field and changes nothing; every case runs
/// as events and as an export file.
@Suite struct FieldValidationTests {
  typealias Breach = MergeCases.Breach

  /// Every id-bearing field of every kind, with every bad value.
  static var identifierBreaches: [Breach] {
    var breaches: [Breach] = []
    func generated(
      _ name: String, _ number: Int, _ change: @escaping (inout EventBody, String) -> Void
    ) {
      for value in MergeCases.badGenerated {
        breaches.append(
          Breach(
            name: "\(name)=\(value.debugDescription)",
            event: MergeCases.changing(number) { change(&$0, value) },
            problem: .identifier(field: name)))
      }
    }
    func course(
      _ name: String, _ number: Int, _ change: @escaping (inout EventBody, String) -> Void
    ) {
      for value in MergeCases.badCourse {
        breaches.append(
          Breach(
            name: "\(name)=\(value.debugDescription)",
            event: MergeCases.changing(number) { change(&$0, value) },
            problem: .identifier(field: name)))
      }
    }
    generated("session", 10) { body, value in body = .sessionJoined(session: value) }
    generated("run", 11) { body, value in body = body.with(run: value) }
    generated("session", 11) { body, value in
      if case .lessonOpened(var x) = body {
        x.session = value
        body = .lessonOpened(x)
      }
    }
    generated("retry-of", 11) { body, value in
      if case .lessonOpened(var x) = body {
        x.retryOf = value
        body = .lessonOpened(x)
      }
    }
    course("lesson", 11) { body, value in body = body.with(lesson: value) }
    course("retry", 11) { body, value in
      if case .lessonOpened(var x) = body {
        x.retry = ["q1", value]
        body = .lessonOpened(x)
      }
    }
    for number in [12, 13, 14, 15] {
      generated("run", number) { body, value in body = body.with(run: value) }
      course("lesson", number) { body, value in body = body.with(lesson: value) }
    }
    course("item", 13) { body, value in
      if case .checklistItem(var x) = body {
        x.item = value
        body = .checklistItem(x)
      }
    }
    course("reason", 13) { body, value in
      if case .checklistItem(var x) = body {
        x.reason = value
        body = .checklistItem(x)
      }
    }
    course("indicator", 13) { body, value in
      if case .checklistItem(var x) = body {
        x.indicator = value
        body = .checklistItem(x)
      }
    }
    generated("session", 13) { body, value in
      if case .checklistItem(var x) = body {
        x.session = value
        body = .checklistItem(x)
      }
    }
    course("question", 14) { body, value in
      if case .answer(var x) = body {
        x.question = value
        body = .answer(x)
      }
    }
    course("indicator", 16) { body, value in
      if case .indicatorRecorded(var x) = body {
        x.indicator = value
        body = .indicatorRecorded(x)
      }
    }
    course("reason", 16) { body, value in
      if case .indicatorRecorded(var x) = body {
        x.reason = value
        body = .indicatorRecorded(x)
      }
    }
    generated("session", 16) { body, value in
      if case .indicatorRecorded(var x) = body {
        x.session = value
        body = .indicatorRecorded(x)
      }
    }
    generated("other", 17) { body, value in body = .participantsLinked(other: value) }
    generated("session", 22) { body, value in
      if case .sessionRenamed(var x) = body {
        x.session = value
        body = .sessionRenamed(x)
      }
    }
    generated("session", 23) { body, value in body = .sessionRemoved(session: value) }
    generated("session", 24) { body, value in body = .sessionRestored(session: value) }
    generated("session", 25) { body, value in
      if case .sessionsLinked(_, let other) = body {
        body = .sessionsLinked(session: value, other: other)
      }
    }
    generated("other", 25) { body, value in
      if case .sessionsLinked(let session, _) = body {
        body = .sessionsLinked(session: session, other: value)
      }
    }
    // The envelope: event id, participant, device on every kind.
    for (index, kind) in MergeCases.everyKind.enumerated() {
      for value in MergeCases.badGenerated {
        var event = kind
        event.id = value
        breaches.append(
          Breach(name: "id \(index)", event: event, problem: .identifier(field: "id")))
        if kind.participant != nil {
          event = kind
          event.participant = value
          breaches.append(
            Breach(name: "p \(index)", event: event, problem: .identifier(field: "p")))
        }
        event = kind
        event.device = value
        breaches.append(
          Breach(name: "dev \(index)", event: event, problem: .identifier(field: "dev")))
      }
    }
    var session = MergeCases.base[0]
    for value in MergeCases.badGenerated {
      session.body = .sessionCreated(SessionInfo(session: value, title: "Judul"))
      breaches.append(
        Breach(name: "session-created", event: session, problem: .identifier(field: "session")))
    }
    return breaches
  }

  /// Every length-limited field one character past its limit.
  static var lengthBreaches: [(breach: Breach, atLimit: Event)] {
    var cases: [(Breach, Event)] = []
    func text(
      _ name: String, _ limit: Int, _ number: Int?,
      _ change: @escaping (inout EventBody, String) -> Void
    ) {
      // Multi-byte characters: the limit counts characters, not bytes.
      let long = String(repeating: "é", count: limit + 1)
      let fits = String(repeating: "é", count: limit)
      func make(_ value: String) -> Event {
        if let number { return MergeCases.changing(number) { change(&$0, value) } }
        var event = MergeCases.base[1]
        event.id = String(repeating: "7", count: 32)
        change(&event.body, value)
        return event
      }
      cases.append(
        (
          Breach(name: name, event: make(long), problem: .tooLong(field: name, limit: limit)),
          make(fits)
        ))
    }
    let label = EventRules.maximumLabel
    text("name", label, nil) { body, value in body = .enrolled(Enrollment(name: value)) }
    text("group", label, nil) { body, value in body = .enrolled(Enrollment(name: "x", group: value))
    }
    text("code", label, nil) { body, value in body = .enrolled(Enrollment(name: "x", code: value)) }
    text("phone", label, nil) { body, value in body = .enrolled(Enrollment(name: "x", phone: value))
    }
    text("response", EventRules.maximumResponse, 14) { body, value in
      if case .answer(var x) = body {
        x.response = value
        body = .answer(x)
      }
    }
    text("note", EventRules.maximumNote, 16) { body, value in
      if case .indicatorRecorded(var x) = body {
        x.note = value
        body = .indicatorRecorded(x)
      }
    }
    for field in ["title", "place"] {
      let long = String(repeating: "é", count: label + 1)
      let fits = String(repeating: "é", count: label)
      func make(_ value: String) -> Event {
        var event = MergeCases.base[0]
        event.id = String(repeating: "8", count: 32)
        event.body = .sessionCreated(
          SessionInfo(
            session: field == "title" ? "5e55aaaa" : "5e55bbbb",
            title: field == "title" ? value : "x",
            place: field == "place" ? value : nil))
        return event
      }
      cases.append(
        (
          Breach(name: field, event: make(long), problem: .tooLong(field: field, limit: label)),
          make(fits)
        ))
    }
    return cases
  }

  /// Every number past either end of its range, every time outside the window, people's
  /// kinds without a person, required text empty.
  static var rangeBreaches: [Breach] {
    var breaches: [Breach] = []
    func number(
      _ name: String, _ kind: Int, _ values: [Int],
      _ change: @escaping (inout EventBody, Int) -> Void
    ) {
      for value in values {
        breaches.append(
          Breach(
            name: "\(name)=\(value)", event: MergeCases.changing(kind) { change(&$0, value) },
            problem: .outOfRange(field: name)))
      }
    }
    number("page", 12, [-1, EventRules.maximumPages, Int.max, Int.min]) { body, value in
      if case .pageReached(var x) = body {
        x.page = value
        body = .pageReached(x)
      }
    }
    number("attempt", 14, [0, -1, EventRules.maximumAttempt + 1, Int.max]) { body, value in
      if case .answer(var x) = body {
        x.attempt = value
        body = .answer(x)
      }
    }
    number("score", 15, [-1, 101, Int.max, Int.min]) { body, value in
      if case .lessonCompleted(var x) = body {
        x.score = value
        body = .lessonCompleted(x)
      }
    }
    number("total", 15, [-1, EventRules.maximumTotal + 1, Int.max]) { body, value in
      if case .lessonCompleted(var x) = body {
        x.total = value
        body = .lessonCompleted(x)
      }
    }
    number("correct", 15, [-1, 5, Int.max]) { body, value in
      if case .lessonCompleted(var x) = body {
        x.correct = value
        body = .lessonCompleted(x)
      }
    }
    number("retry", 11, [EventRules.maximumRetry + 1]) { body, value in
      if case .lessonOpened(var x) = body {
        x.retry = Array(repeating: "q1", count: value)
        body = .lessonOpened(x)
      }
    }
    for number in [0, -1, EventRules.maximumRosterNumber + 1, Int.max] {
      var event = MergeCases.base[1]
      event.id = String(repeating: "6", count: 32)
      event.body = .enrolled(Enrollment(name: "Siti", rosterNumber: number))
      breaches.append(
        Breach(name: "roster=\(number)", event: event, problem: .outOfRange(field: "roster")))
    }
    for date in ["2023-02-30", "2023-13-01", "05/08/2023", ""] {
      var event = MergeCases.base[0]
      event.body = .sessionCreated(
        SessionInfo(session: MergeCases.session, title: "Pelatihan Desa", date: date))
      breaches.append(
        Breach(name: "date=\(date)", event: event, problem: .outOfRange(field: "date")))
    }
    // Every kind's time outside 2000…2100 (a year 9999 stamp is the data-loss case).
    let times: [Int64] = [
      -1, Timestamp.window.lowerBound - 1, Timestamp.window.upperBound + 1, Int64.max / 2,
      Timestamp.parse(Array("9999-12-31T23:59:59.999Z".utf8))!,
    ]
    for (index, kind) in (MergeCases.base + MergeCases.everyKind).enumerated() {
      for time in times {
        var event = kind
        event.time = time
        breaches.append(Breach(name: "t \(index) \(time)", event: event, problem: .time))
      }
      if kind.participant != nil, case .unknown = kind.body {
      } else if kind.participant != nil {
        var event = kind
        event.participant = nil
        breaches.append(Breach(name: "no p \(index)", event: event, problem: .missingParticipant))
      }
    }
    var session = MergeCases.base[0]
    session.participant = MergeCases.dewi
    breaches.append(Breach(name: "session with p", event: session, problem: .unexpectedParticipant))
    var nameless = MergeCases.base[2]
    nameless.body = .enrolled(Enrollment(name: ""))
    breaches.append(Breach(name: "empty name", event: nameless, problem: .empty(field: "name")))
    var untitled = MergeCases.base[0]
    untitled.body = .sessionCreated(SessionInfo(session: MergeCases.session, title: ""))
    breaches.append(Breach(name: "empty title", event: untitled, problem: .empty(field: "title")))
    var linkedSelf = MergeCases.everyKind[7]
    linkedSelf.body = .participantsLinked(other: MergeCases.dewi)
    breaches.append(
      Breach(name: "linked to self", event: linkedSelf, problem: .identifier(field: "other")))
    var huge = MergeCases.everyKind[8]
    huge.body = .unknown(
      type: "future-kind", fields: ",\"x\":\"" + String(repeating: "a", count: 70_000) + "\"")
    breaches.append(
      Breach(
        name: "unknown fields", event: huge,
        problem: .tooLong(field: "fields", limit: EventRules.maximumUnknownFields)))
    return breaches
  }

  /// Merges `events` as events and as an export file into `store`. A file whose line
  /// cannot even be read (an empty id) is damaged: `latih merge` refuses it as such
  /// (without `--salvage`), so it is not merged here and counts as refused.
  static func merge(_ events: [Event], into store: DataStore) -> [Result<
    Merger.Result, Merger.Failure
  >] {
    let file = ExportFile.encode(events, course: "c", device: "d", host: "h", created: 0)
    let lines = ExportLines(file)!
    let damaged = MergeProblem.invalid(line: nil, id: "damaged", problem: .empty(field: "line"))
    return [
      Result { () throws(Merger.Failure) in try Merger(store: store).merge(events) },
      lines.isIntact
        ? Result { () throws(Merger.Failure) in try Merger(store: store).merge(input: lines) }
        : .failure(.refused([damaged])),
    ]
  }

  @Test func everyBrokenFieldRefusesTheWholeFileAndNamesIt() throws {
    try TemporaryDirectory.with { directory in
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SystemIdentifierSource(), create: true)
      let valid = MergeCases.base + MergeCases.everyKind
      let breaches =
        Self.identifierBreaches + Self.lengthBreaches.map(\.breach) + Self.rangeBreaches
      var failures: [String] = []
      for breach in breaches {
        // The breach first: an export keeps the first copy of an id.
        for outcome in Self.merge([breach.event] + valid, into: store) {
          guard case .failure(.refused(let problems)) = outcome,
            problems.contains(where: {
              if case .invalid(_, let id, let found) = $0 {
                return found == breach.problem || id == "damaged"
              }
              return false
            })
          else {
            failures.append("\(breach.name): \(outcome)")
            continue
          }
        }
        if try !store.participantIDs().isEmpty { failures.append("\(breach.name) wrote") }
      }
      // The same events without the breach merge, and every text at its limit is kept.
      let atLimit = Self.lengthBreaches.enumerated().map { index, pair in
        var event = pair.atLimit
        event.id = String(repeating: "9", count: 30) + String(format: "%02d", index)
        return event
      }
      for outcome in Self.merge(valid + atLimit, into: store) {
        if case .failure(let failure) = outcome { failures.append("valid: \(failure)") }
      }
      CampaignFigures.report("field validation cases", breaches.count * 2 + atLimit.count)
      CampaignFigures.report("field validation id-bearing cases", Self.identifierBreaches.count)
      CampaignFigures.report("field validation length cases", Self.lengthBreaches.count * 2)
      CampaignFigures.report("field validation range and time cases", Self.rangeBreaches.count)
      #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
      #expect(breaches.count > 300)
    }
  }

  /// A line longer than any event can make (a 1 MiB note) is refused unread, naming its
  /// id.
  @Test func aHugeLineIsRefusedUnread() throws {
    var huge = MergeCases.everyKind[6]
    if case .indicatorRecorded(var x) = huge.body {
      x.note = String(repeating: "a", count: EventRules.maximumLineBytes)
      huge.body = .indicatorRecorded(x)
    }
    let file = ExportFile.encode(
      MergeCases.base + [huge], course: "c", device: "d", host: "h", created: 0)
    let lines = try #require(ExportLines(file))
    let entry = try #require(lines.entries.first { $0.id == huge.id })
    #expect(entry.problem == .tooLong(field: "line", limit: EventRules.maximumLineBytes))
  }

  /// The line that cut two answers: an event in year 9999, through the command line,
  /// refused with the line named in Indonesian; nothing written.
  @Test func aYear9999EventIsRefusedByTheCommand() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      var late = MergeCases.everyKind[5]
      late.time = Timestamp.parse(Array("9999-12-31T23:59:59.999Z".utf8))!
      let file = ExportFile.encode(
        MergeCases.base + [late], course: "kursus-uji", device: "d", host: "h", created: 0)
      try directory.write("lain.latih", file)
      let merged = harness.run(["merge", "lain.latih"])
      #expect(merged.code == .badData)
      #expect(merged.errors.contains("tidak digabung, tidak ada yang diubah: 1 masalah"))
      #expect(
        merged.errors.contains("(\(late.id)): waktunya di luar 2000–2100"), "\(merged.errors)"
      )
      #expect(
        !directory.fileSystem.exists(harness.data + "/participants/" + MergeCases.dewi + ".jsonl"))
    }
  }
}

extension EventBody {
  /// The body with its `run` replaced (for the kinds that have one).
  func with(run: String) -> EventBody {
    switch self {
    case .lessonOpened(var x):
      x.run = run
      return .lessonOpened(x)
    case .pageReached(var x):
      x.run = run
      return .pageReached(x)
    case .checklistItem(var x):
      x.run = run
      return .checklistItem(x)
    case .answer(var x):
      x.run = run
      return .answer(x)
    case .lessonCompleted(var x):
      x.run = run
      return .lessonCompleted(x)
    default: return self
    }
  }

  /// The body with its `lesson` replaced (for the kinds that have one).
  func with(lesson: String) -> EventBody {
    switch self {
    case .lessonOpened(var x):
      x.lesson = lesson
      return .lessonOpened(x)
    case .pageReached(var x):
      x.lesson = lesson
      return .pageReached(x)
    case .checklistItem(var x):
      x.lesson = lesson
      return .checklistItem(x)
    case .answer(var x):
      x.lesson = lesson
      return .answer(x)
    case .lessonCompleted(var x):
      x.lesson = lesson
      return .lessonCompleted(x)
    default: return self
    }
  }
}
