import LatihBase
import LatihCourse
import LatihData
import LatihReport

/// `latih participants import FILE.csv [--group G] [--session ID]`.
extension ParticipantsCommand {
  /// Enrols each row's person, or attaches the person already enrolled
  /// (``PersonMatch``) to the session; says by line who was matched and which rows
  /// repeat an earlier one (enrolled once). Namesakes with a different code, phone or
  /// group are enrolled apart and flagged.
  static func importRoster(_ invocation: Invocation, words: [String]) throws(CommandFailure)
    -> ExitCode
  {
    guard let path = words.first else {
      throw CommandFailure(CLIMessage.missingArgument("FILE.csv", command: name), .usage)
    }
    try invocation.expectPositionals(atMost: 2)
    let fileSystem = invocation.context.fileSystem
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(invocation.absolute(path), limit: RosterCSV.maximumBytes)
    } catch  where error.isTooLarge {
      throw CommandFailure(FacilitatorText.importTooLarge(limit: RosterCSV.maximumBytes), .badData)
    } catch {
      throw CommandFailure(CLIMessage.cannotRead(path: path, error), .ioError)
    }
    let shownPath = TerminalSanitizer.cleanLine(path)
    let contents: RosterCSV.Contents
    switch RosterCSV.parse(bytes) {
    case .success(let parsed): contents = parsed
    case .failure(.undecodable(let failure)):
      throw CommandFailure(
        FacilitatorText.importUndecodable(
          path: shownPath, line: failure.line, byte: failure.byte, value: failure.value), .badData)
    case .failure(.noNameColumn(let line, let cells)):
      throw CommandFailure(
        FacilitatorText.importNoNameColumn(
          path: shownPath, line: line,
          found: TerminalSanitizer.cleanLine(cells.map { "'\($0)'" }.joined(separator: " | "))),
        .badData)
    }
    if contents.encoding.isTranscoded {
      invocation.note(FacilitatorText.importTranscoded(encoding: contents.encoding.rawValue))
    }
    for line in contents.titleLines {
      invocation.note(FacilitatorText.importTitleSkipped(path: shownPath, line: line))
    }
    let problems = contents.problems
    let bad = problems.filter(\.problem.isBad)
    // `--group` is the group of every row that names none.
    let defaultGroup = invocation.arguments.value(.group).map(NameKey.clean).flatMap {
      $0.isEmpty ? nil : $0
    }
    let rows = contents.rows.map { row in
      var row = row
      if row.group == nil { row.group = defaultGroup }
      return row
    }
    let store = try invocation.openStore(create: true)
    // One import at a time on a data folder, the roster read under the lock: two at once
    // would each find the same names missing and both enrol them.
    let lock = try takeImportLock(invocation, store)
    defer { lock.release() }
    let session = try invocation.targetSession(store)
    let roster = try invocation.roster(store)
    /// Rows taken so far: their line and enrolment.
    var taken: [(line: Int, enrollment: Enrollment)] = []
    var new = 0
    var matched = 0
    var repeated = 0
    var ambiguous = 0
    for row in rows {
      let enrollment = Enrollment(
        name: row.name, group: row.group, code: row.code, phone: row.phone,
        rosterNumber: row.number)
      let name = TerminalSanitizer.cleanLine(row.name)
      if let first = taken.first(where: { PersonMatch.isSame($0.enrollment, enrollment) }) {
        repeated += 1
        invocation.say(PeopleText.importRepeated(line: row.line, name: name, first: first.line))
        continue
      }
      let matches = PersonMatch.matches(enrollment, in: roster)
      guard matches.count <= 1 else {
        ambiguous += 1
        invocation.note(
          PeopleText.importAmbiguous(line: row.line, name: name, count: matches.count))
        continue
      }
      taken.append((row.line, enrollment))
      if let person = matches.first {
        let joined = try invocation.join(person, session: session?.id, store: store, roster: roster)
        matched += 1
        invocation.say(
          PeopleText.importMatched(
            line: row.line, name: TerminalSanitizer.cleanLine(person.name), id: person.id,
            joined: session == nil ? nil : joined))
        continue
      }
      _ = try enroll(store, enrollment, session: session?.id)
      new += 1
    }
    for problem in problems {
      invocation.note(
        FacilitatorText.importRowProblem(
          path: shownPath, line: problem.line, problem: problem.problem))
    }
    try warnDuplicates(invocation, store: store, names: rows.map(\.name), session: session?.id)
    invocation.say(
      PeopleText.importSummary(
        new: new, matched: matched, repeated: repeated, bad: bad.count + ambiguous))
    return bad.isEmpty && ambiguous == 0 ? .ok : .badData
  }
}

extension Invocation {
  /// Attaches `person` to `session` (a `session-joined` event in her journal) unless she
  /// is in it already; returns whether she was attached now.
  func join(_ person: Participant, session: String?, store: DataStore, roster: Roster)
    throws(CommandFailure) -> Bool
  {
    guard let session, !roster.isIn(person.id, session: session) else { return false }
    do {
      try store.append(
        [store.event(.sessionJoined(session: session), participant: person.id)], to: person.id)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    }
    return true
  }

}

extension ParticipantsCommand {
  /// How long an import waits for another one on the same folder.
  static let importWaitSeconds = 30

  /// Takes `import.lock`, waiting (with a word) up to ``importWaitSeconds``.
  static func takeImportLock(_ invocation: Invocation, _ store: DataStore)
    throws(CommandFailure) -> FolderLock
  {
    let outcome: FolderLock.Outcome
    do {
      outcome = try FolderLock.take(
        "import.lock", in: store, seconds: importWaitSeconds,
        waiting: { invocation.note(FacilitatorText.importWaiting) })
    } catch {
      throw CommandFailure(CLIMessage.cannotWrite(error), .ioError)
    }
    switch outcome {
    case .taken(let lock): return lock
    case .busy:
      throw CommandFailure(FacilitatorText.importBusy(seconds: importWaitSeconds), .ioError)
    case .interrupted:
      throw CommandFailure(FacilitatorText.importInterrupted, .interrupted)
    }
  }
}
