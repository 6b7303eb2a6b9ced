import LatihBase
import LatihData

/// `latih export --out FILE`: everything on this laptop in one file for a USB stick.
enum ExportCommand: Command {
  static let name = "export"
  static let options: [Arguments.Option] = [.out]
  static let help = HelpText.export

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 0)
    guard let out = invocation.arguments.value(.out) else {
      throw CommandFailure(CLIMessage.missingArgument("--out FILE", command: name), .usage)
    }
    let path = try invocation.outputPath(out)
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: false)
    let events = try invocation.reading { () throws(SystemError) in
      try Merger(store: store).allEvents()
    }
    let bytes = ExportFile.encode(
      events, course: course.manifest.id, device: store.device,
      host: NameKey.clean(invocation.context.hostName), created: invocation.context.clock.now())
    try invocation.writeOutput(bytes, to: path, typed: out)
    let participants = Set(events.compactMap(\.participant)).count
    invocation.say(
      FacilitatorText.exported(
        path: TerminalSanitizer.cleanLine(out), events: Set(events.map(\.id)).count,
        participants: participants))
    // Damaged lines or unreadable journals were left out: the file holds everything that
    // could be read (the best copy to carry), but the export must not pass for complete.
    guard !store.damage.leftRecordsOut else {
      invocation.complain(CLIMessage.exportIncomplete(path: out))
      return .badData
    }
    return .ok
  }
}
