import LatihBase
import LatihData
import LatihReport

/// `latih certificate WHO [--out FILE.html]`: a certificate for a participant who passed.
enum CertificateCommand: Command {
  static let name = "certificate"
  static let options: [Arguments.Option] = [.out]
  static let help = HelpText.certificate

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    guard invocation.arguments.positionals.count == 1,
      let who = invocation.arguments.positionals.first
    else {
      throw CommandFailure(CLIMessage.missingArgument("WHO", command: name), .usage)
    }
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: false)
    let roster = try invocation.roster(store)
    let person = try invocation.participant(who, in: roster)
    let loader = ProgressLoader(store: store, roster: roster)
    let progress = try invocation.progress(of: person.id, loader)
    let sessions = try invocation.sessions(store)
    let joined = roster.records(of: person.id).flatMap(\.sessions)
    let place = sessions.sessions.last { joined.contains($0.id) }?.place
    switch Certificate.make(
      participant: person, progress: progress, course: course, place: place,
      language: invocation.language)
    {
    case .failure(let missing):
      invocation.complain(
        FacilitatorText.certificateMissing(
          name: TerminalSanitizer.cleanLine(person.name),
          lessons: missing.titles.map(TerminalSanitizer.cleanLine).joined(separator: "; ")))
      return .failed
    case .success(let certificate):
      let bytes = Array(certificate.html.utf8)
      if let out = invocation.arguments.value(.out) {
        do {
          try invocation.context.fileSystem.writeFileDurably(invocation.absolute(out), bytes)
        } catch {
          throw CommandFailure(CLIMessage.cannotWrite(error), .ioError)
        }
        invocation.say(FacilitatorText.certificateWritten(TerminalSanitizer.cleanLine(out)))
      } else {
        invocation.context.output.write(certificate.html)
      }
      return .ok
    }
  }
}
