import LatihBase
import LatihCourse
import LatihData
import LatihReport

/// `latih certificate WHO | --session ID [--kind participation|completion] [--out FILE.html]
/// [--organizer TEXT] [--signer TEXT]... | verify CODE`.
enum CertificateCommand: Command {
  static let name = "certificate"
  static let options: [Arguments.Option] = [
    .out, .session, .kind, .organizer, .signer,
  ]
  static let help = HelpText.certificate

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let positionals = invocation.arguments.positionals
    if positionals.first == "verify" {
      guard positionals.count == 2 else {
        throw CommandFailure(CLIMessage.missingArgument("CODE", command: name), .usage)
      }
      return try verify(invocation, typed: positionals[1])
    }
    try invocation.expectPositionals(atMost: 1)
    guard !positionals.isEmpty || invocation.arguments.value(.session) != nil else {
      throw CommandFailure(CLIMessage.missingArgument("WHO | --session ID", command: name), .usage)
    }
    let course = try invocation.loadCourse()
    let kind = try self.kind(invocation, course: course)
    let signers = (invocation.arguments.values[Arguments.Option.signer.name] ?? []).map(
      NameKey.clean
    ).filter {
      !$0.isEmpty
    }
    guard signers.count <= Certificate.maximumSigners else {
      throw CommandFailure(CertificateText.tooManySigners(Certificate.maximumSigners), .usage)
    }
    let organizer = invocation.arguments.value(.organizer).map(NameKey.clean).flatMap {
      $0.isEmpty ? nil : $0
    }
    let store = try invocation.openStore(create: false)
    let roster = try invocation.roster(store)
    let sessions = try invocation.sessions(store)
    let person = try positionals.first.map { (who) throws(CommandFailure) in
      try invocation.participant(who, in: roster)
    }
    guard let session = try session(invocation, store, sessions, roster, person) else {
      throw CommandFailure(CertificateText.noSession, .usage)
    }
    let people =
      person.map { [$0] } ?? roster.people.filter { roster.isIn($0.id, session: session.id) }
    let loader = ProgressLoader(store: store, roster: roster)
    var earned: [(Participant, Int?)] = []
    for candidate in people {
      let outcome = CertificateRule.check(
        kind, course: course, language: invocation.language, session: session.id,
        inSession: roster.isIn(candidate.id, session: session.id),
        progress: try invocation.progress(of: candidate.id, loader))
      if case .earned(let score) = outcome {
        earned.append((candidate, score))
      } else if person != nil {
        invocation.complain(why(outcome, candidate, session))
        return .failed
      }
    }
    let title = TerminalSanitizer.cleanLine(session.title)
    guard !earned.isEmpty else {
      invocation.complain(
        CertificateText.noneEligible(title: title, kind: kind, people: people.count))
      return .failed
    }
    let codes = try invocation.reading { () throws(SystemError) in try CertificateCode.make(store) }
    let certificates = earned.map { participant, score in
      Certificate(
        kind: kind, name: participant.name,
        courseTitle: course.manifest.title(in: invocation.language), sessionTitle: session.title,
        place: session.place, date: session.date ?? LocalTime.date(session.created),
        organizer: organizer, signers: signers, score: kind == .completion ? score : nil,
        code: codes.code(participant: participant.id, session: session.id, kind: kind))
    }
    if earned.count < people.count {
      invocation.note(CertificateText.skipped(count: people.count - earned.count))
    }
    let html = CertificateDocument.html(certificates, language: invocation.language)
    guard let out = invocation.arguments.value(.out) else {
      invocation.context.output.write(html)
      return .ok
    }
    let path = try invocation.outputPath(out)
    try invocation.writeOutput(Array(html.utf8), to: path, typed: out)
    invocation.say(
      CertificateText.written(path: TerminalSanitizer.cleanLine(out), count: certificates.count))
    return .ok
  }

  /// `--kind`, else the first kind the course offers.
  static func kind(_ invocation: Invocation, course: Course) throws(CommandFailure)
    -> CertificateKind
  {
    let offered = course.manifest.certificates
    let typed = invocation.arguments.value(.kind)
    guard let kind = typed.map({ CertificateKind(rawValue: NameKey.key($0)) }) ?? offered.first,
      offered.contains(kind)
    else {
      throw CommandFailure(
        CertificateText.kindNotOffered(typed ?? "", offered: offered.map(\.rawValue)), .usage)
    }
    return kind
  }

  /// `--session`, else the current session (for a person: if she is in it, else the last
  /// session she joined).
  static func session(
    _ invocation: Invocation, _ store: DataStore, _ sessions: SessionList, _ roster: Roster,
    _ person: Participant?
  ) throws(CommandFailure) -> Session? {
    if invocation.arguments.value(.session) != nil { return try invocation.targetSession(store) }
    let current = try invocation.targetSession(store)
    guard let person else { return current }
    if let current, roster.isIn(person.id, session: current.id) { return current }
    return sessions.sessions.last { roster.isIn(person.id, session: $0.id) } ?? current
  }

  /// Why `person` has no certificate.
  static func why(_ outcome: CertificateRule.Outcome, _ person: Participant, _ session: Session)
    -> CertificateText
  {
    let name = TerminalSanitizer.cleanLine(person.name)
    let title = TerminalSanitizer.cleanLine(session.title)
    switch outcome {
    case .earned, .notInSession: return .notInSession(name: name, title: title)
    case .notRecorded: return .notRecorded(name: name, title: title)
    case .lessonsMissing(let titles):
      return .lessonsMissing(
        name: name, lessons: titles.map(TerminalSanitizer.cleanLine).joined(separator: "; "))
    case .postTestBelow(let score, let passMark):
      return .postTestBelow(name: name, score: score, passMark: passMark)
    }
  }
}
