import LatihData

/// `latih progress [WHO] [--format text|json]`.
enum ProgressCommand: Command {
  static let name = "progress"
  static let options: [Arguments.Option] = [.format]
  static let help = HelpText.progress

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 1)
    let format = invocation.arguments.value(.format) ?? "text"
    guard format == "text" || format == "json" else {
      throw CommandFailure(
        CLIMessage.invalidOptionValue(
          option: "--format", value: format, allowed: ["text", "json"]), .usage)
    }
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: false)
    let roster = try invocation.roster(store)
    let loader = ProgressLoader(store: store, roster: roster)
    var people = roster.people
    if let who = invocation.arguments.positionals.first {
      people = [try invocation.participant(who, in: roster)]
    }
    var entries: [ProgressSummary] = []
    for person in people {
      entries.append(
        ProgressSummary(
          participant: person, records: roster.records(of: person.id),
          progress: try invocation.progress(of: person.id, loader), course: course))
    }
    if format == "json" {
      invocation.context.output.write(
        ProgressSummary.json(entries, course: course, generated: invocation.context.clock.now()))
      return .ok
    }
    if entries.isEmpty {
      invocation.say(CLIMessage.noParticipants)
      return .ok
    }
    let width = invocation.outputWidth
    let text =
      entries.count == 1 && !invocation.arguments.positionals.isEmpty
      ? entries[0].detailText(
        language: invocation.language, style: invocation.outputStyle, width: width)
      : entries.flatMap { $0.lineText(language: invocation.language, width: width) }
    for line in text { invocation.context.output.line(line) }
    return .ok
  }
}
