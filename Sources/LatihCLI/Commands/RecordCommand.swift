import LatihBase
import LatihCourse
import LatihData

/// `latih record WHO INDICATOR yes|no [--reason R] [--note TEXT] [--session ID]`.
enum RecordCommand: Command {
  static let name = "record"
  static let options: [Arguments.Option] = [.reason, .note, .session]
  static let help = HelpText.record

  /// The longest note kept, in characters (the rule merged notes meet too).
  static let maximumNote = EventRules.maximumNote

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let words = invocation.arguments.positionals
    guard words.count == 3 else {
      throw CommandFailure(
        words.count > 3
          ? CLIMessage.tooManyArguments(command: name)
          : CLIMessage.missingArgument("WHO INDICATOR yes|no", command: name), .usage)
    }
    let course = try invocation.loadCourse()
    let manifest = course.manifest
    guard manifest.indicator(words[1]) != nil else {
      throw CommandFailure(
        FacilitatorText.unknownIndicator(words[1], known: manifest.indicators.map(\.id)), .usage)
    }
    guard let achieved = outcome(words[2]) else {
      throw CommandFailure(FacilitatorText.invalidOutcome(words[2]), .usage)
    }
    var reason: String?
    if let typed = invocation.arguments.value(.reason) {
      guard !achieved else { throw CommandFailure(FacilitatorText.reasonWithYes, .usage) }
      reason = try self.reason(typed, manifest: manifest, language: invocation.language).id
    }
    let note = invocation.arguments.value(.note).map { NameKey.clean($0, limit: maximumNote) }
    let store = try invocation.openStore(create: true)
    let session = try invocation.targetSession(store)
    let roster = try invocation.roster(store)
    let person = try invocation.participant(words[0], in: roster)
    let record = IndicatorRecord(
      indicator: words[1], achieved: achieved, reason: reason,
      note: note.flatMap { $0.isEmpty ? nil : $0 },
      source: .facilitator, session: session?.id)
    try save(record, for: person, roster: roster, store: store)
    let text =
      achieved
      ? invocation.text(FacilitatorText.achievedWord)
      : invocation.text(
        FacilitatorText.notYetWord(
          reason.flatMap { manifest.reason($0)?.label(in: invocation.language) }
            ?? invocation.text(FacilitatorText.noReasonGiven)))
    invocation.say(
      FacilitatorText.recorded(
        name: TerminalSanitizer.cleanLine(person.name),
        indicator: TerminalSanitizer.cleanLine(
          manifest.indicator(words[1])!.label(in: invocation.language)),
        outcome: TerminalSanitizer.cleanLine(text)))
    if !achieved && reason == nil {
      invocation.complain(FacilitatorText.missingReasonWarning)
    }
    return .ok
  }

  /// The reason `typed` names (``ReasonChoice``: id, number or label start); none or
  /// several is a usage error listing the reasons.
  static func reason(_ typed: String, manifest: CourseManifest, language: Language)
    throws(CommandFailure) -> CourseManifest.Label
  {
    switch ReasonChoice.match(typed, in: manifest.reasons, language: language) {
    case .one(let reason): return reason
    case .many(let matches):
      throw CommandFailure(
        FacilitatorText.ambiguousReason(
          typed,
          matches: ReasonChoice.listing(manifest.reasons, only: matches, language: language)),
        .usage)
    case .none:
      throw CommandFailure(
        FacilitatorText.unknownReason(
          typed, known: ReasonChoice.listing(manifest.reasons, language: language)), .usage)
    }
  }

  /// `yes`/`ya`/`y`/`berhasil`/`sudah` or `no`/`tidak`/`n`/`belum`.
  static func outcome(_ word: String) -> Bool? {
    switch NameKey.folded(word) {
    case "yes", "ya", "y", "berhasil", "sudah", "true": return true
    case "no", "tidak", "n", "belum", "false": return false
    default: return nil
    }
  }

  /// Appends the record (joining the person to its session first if needed).
  static func save(
    _ record: IndicatorRecord, for person: Participant, roster: Roster, store: DataStore
  )
    throws(CommandFailure)
  {
    var events: [Event] = []
    if let session = record.session,
      !roster.records(of: person.id).contains(where: { $0.sessions.contains(session) })
    {
      events.append(store.event(.sessionJoined(session: session), participant: person.id))
    }
    events.append(store.event(.indicatorRecorded(record), participant: person.id))
    do {
      try store.append(events, to: person.id)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
    }
  }
}
