import LatihBase
import LatihCourse
import LatihData
import LatihReport

/// `latih certificate verify CODE`.
extension CertificateCommand {
  /// Finds the certificate a code names among this data folder's people, sessions and
  /// kinds: prints who, which training and which kind (exit 0; 1 when by the data as it
  /// is now she no longer qualifies), or "not found" (exit 65).
  static func verify(_ invocation: Invocation, typed: String) throws(CommandFailure) -> ExitCode {
    guard let code = CertificateCode.normalized(typed) else {
      throw CommandFailure(CertificateText.invalidCode(typed), .badData)
    }
    let store = try invocation.openStore(create: false)
    let codes = try invocation.reading { () throws(SystemError) in
      try CertificateCode.existing(store)
    }
    let roster = try invocation.roster(store)
    let sessions = try invocation.sessions(store)
    var found: (Participant, Session, CertificateKind)?
    search: for record in roster.participants {
      for session in sessions.sessions + sessions.removedSessions {
        for kind in CertificateKind.allCases
        where codes?.code(participant: record.id, session: session.id, kind: kind) == code {
          found = (record, session, kind)
          break search
        }
      }
    }
    guard let (record, session, kind) = found else {
      throw CommandFailure(CertificateText.notFound(code), .badData)
    }
    let person = roster.participant(roster.canonical[record.id] ?? record.id) ?? record
    let details = [
      session.place, session.date.map { CertificateText.longDate($0, in: invocation.language) },
    ]
    .compactMap { $0 }.map(TerminalSanitizer.cleanLine).joined(separator: ", ")
    invocation.say(
      CertificateText.verified(
        name: TerminalSanitizer.cleanLine(person.name), kind: kind,
        title: TerminalSanitizer.cleanLine(session.title), details: details))
    // Checked again against the data as it is now (the course is needed for that).
    let course = try invocation.loadCourse()
    let outcome = CertificateRule.check(
      kind, course: course, language: invocation.language, session: session.id,
      inSession: roster.isIn(person.id, session: session.id) && !person.removed
        && !session.removed,
      progress: try invocation.progress(of: person.id, ProgressLoader(store: store, roster: roster))
    )
    guard case .earned = outcome else {
      invocation.complain(CertificateText.noLongerEligible)
      return .failed
    }
    return .ok
  }
}
