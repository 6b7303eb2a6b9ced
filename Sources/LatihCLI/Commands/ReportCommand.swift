import LatihBase
import LatihData
import LatihReport
import Synchronization

/// `latih report [--session ID] [--group G] [--format text|md|csv|html|json|xlsx]
/// [--out FILE] [--anonymize]`: the organizer's evaluation report. The xlsx workbook is
/// binary: it is written only to a file (`--out`).
enum ReportCommand: Command {
  static let name = "report"
  static let options: [Arguments.Option] = [
    .session, .group, .format, .out, .anonymize,
  ]
  static let help = HelpText.report

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 0)
    let formatText = invocation.arguments.value(.format) ?? ReportFormat.text.rawValue
    guard let format = ReportFormat(rawValue: formatText) else {
      throw CommandFailure(
        CLIMessage.invalidOptionValue(
          option: "--format", value: formatText, allowed: ReportFormat.allCases.map(\.rawValue)),
        .usage)
    }
    if format.isBinary && invocation.arguments.value(.out) == nil {
      throw CommandFailure(WorkbookText.needsOut, .usage)
    }
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: false)
    let roster = try invocation.roster(store)
    let loader = ProgressLoader(store: store, roster: roster)
    let builder = ReportBuilder(
      course: course, roster: roster, sessions: try invocation.sessions(store),
      language: invocation.language, generated: invocation.context.clock.now(),
      anonymize: invocation.arguments.flag(.anonymize))
    let filter = ReportFilter(
      session: invocation.arguments.value(.session), group: invocation.arguments.value(.group))
    let model: ReportModel
    // The builder asks only for the people in scope; the first journal that cannot be read
    // fails the report rather than leaving that person's results out.
    // (People are worked out on all cores, so the first failure is kept under a lock.)
    let unreadable = Mutex<SystemError?>(nil)
    do {
      model = try builder.build(
        filter,
        concurrentProgress: { person in
          do throws(SystemError) {
            return try loader.progress(of: person.id)
          } catch {
            unreadable.withLock { $0 = $0 ?? error }
            return ParticipantProgress(events: [])
          }
        })
    } catch {
      switch error {
      case .unknownSession(let id): throw CommandFailure(ReportText.unknownSession(id), .usage)
      case .emptyGroup: throw CommandFailure(ReportText.emptyGroup, .usage)
      }
    }
    if let unreadable = unreadable.withLock({ $0 }) {
      throw CommandFailure(CLIMessage.cannotUseData(unreadable), .ioError)
    }
    guard let out = invocation.arguments.value(.out) else {
      invocation.context.output.write(format.render(model, style: invocation.outputStyle))
      return .ok
    }
    let path = try invocation.outputPath(out)
    try invocation.writeOutput(format.bytes(model), to: path, typed: out)
    invocation.say(
      ReportText.written(path: TerminalSanitizer.cleanLine(path), format: format.rawValue))
    return .ok
  }
}
