import LatihBase
import LatihData
import LatihReport
import Synchronization

/// `latih report [--session ID] [--group G] [--by session|group] [--people]
/// [--format text|md|csv|html|json|xlsx] [--out FILE] [--anonymize]`: the organizer's
/// evaluation report. Without `--format`, `--out`'s extension names the format. The xlsx
/// workbook is binary: it is written only to a file (`--out`).
enum ReportCommand: Command {
  static let name = "report"
  static let options: [Arguments.Option] = [
    .session, .group, .by, .people, .format, .out, .anonymize,
  ]
  static let help = HelpText.report

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 0)
    let format = try Self.format(invocation.arguments)
    var by: ReportComparisonKind?
    if let text = invocation.arguments.value(.by) {
      guard let kind = ReportComparisonKind(rawValue: text) else {
        throw CommandFailure(
          CLIMessage.invalidOptionValue(
            option: "--by", value: text, allowed: ReportComparisonKind.allCases.map(\.rawValue)),
          .usage)
      }
      by = kind
    }
    if format.isBinary && invocation.arguments.value(.out) == nil {
      throw CommandFailure(WorkbookText.needsOut, .usage)
    }
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: false)
    let sessions = try invocation.sessions(store)
    // Each journal is read once: compactly, for what the report counts, and the roster
    // takes the lines that reading found for it.
    let vocabulary = ReportBuilder.vocabulary(
      course: course, language: invocation.language, aliases: sessions.aliases)
    let roster: Roster
    let compact: [String: CompactProgress]
    if let vocabulary {
      (roster, compact) = try invocation.roster(
        store, sessions: sessions,
        reading: { _, bytes in CompactProgressReader.read(bytes, vocabulary) },
        rosterLines: { $0.rosterLines })
    } else {
      (roster, compact) = (try invocation.roster(store), [:])
    }
    let loader = ProgressLoader(store: store, roster: roster, compact: compact)
    let now = invocation.context.clock.now()
    let builder = ReportBuilder(
      course: course, roster: roster, sessions: sessions,
      language: invocation.language, generated: now,
      anonymize: invocation.arguments.flag(.anonymize), utcOffset: LocalTime.offsetSeconds(now))
    let filter = ReportFilter(
      session: invocation.arguments.value(.session), group: invocation.arguments.value(.group),
      by: by)
    var model: ReportModel
    // The builder asks only for the people in scope; the first journal that cannot be read
    // fails the report rather than leaving that person's results out.
    // (People are worked out on all cores, so the first failure is kept under a lock.)
    let unreadable = Mutex<SystemError?>(nil)
    do {
      model = try builder.build(
        filter,
        concurrentSource: { person in
          if let progress = loader.compactProgress(of: person.id) { return .compact(progress) }
          do throws(SystemError) {
            return .full(try loader.progress(of: person.id))
          } catch {
            unreadable.withLock { $0 = $0 ?? error }
            return .full(ParticipantProgress(events: []))
          }
        })
    } catch {
      switch error {
      case .unknownSession(let id, let known):
        let lines = known.map { session in
          ([session.id, session.title] + [session.place, session.date].compactMap { $0 })
            .joined(separator: "  ")
        }
        throw CommandFailure(ReportText.unknownSession(id, known: lines), .usage)
      case .unknownGroup(let group, let known):
        throw CommandFailure(ReportText.unknownGroup(group, known: known), .usage)
      case .emptyGroup: throw CommandFailure(ReportText.emptyGroup, .usage)
      }
    }
    // The records read are no longer needed: let them go while the report is written.
    BackgroundRelease.release((consume loader, consume compact, consume builder))
    model.peopleOnly = invocation.arguments.flag(.people)
    if let unreadable = unreadable.withLock({ $0 }) {
      throw CommandFailure(CLIMessage.cannotUseData(unreadable), .ioError)
    }
    guard let out = invocation.arguments.value(.out) else {
      invocation.context.output.write(format.render(model, style: invocation.outputStyle))
      BackgroundRelease.release(consume model)
      return .ok
    }
    let path = try invocation.outputPath(out)
    try invocation.writeOutput(format.bytes(model), to: path, typed: out)
    BackgroundRelease.release(consume model)
    invocation.say(
      ReportText.written(path: TerminalSanitizer.cleanLine(path), format: format.rawValue))
    return .ok
  }

  /// `--format`, else the format `--out`'s extension names, else text (no `--out`); an
  /// `--out` whose extension names no format is a usage error listing the choices.
  static func format(_ arguments: Arguments) throws(CommandFailure) -> ReportFormat {
    let formats = ReportFormat.allCases.map(\.rawValue)
    if let text = arguments.value(.format) {
      guard let format = ReportFormat(rawValue: text) else {
        throw CommandFailure(
          CLIMessage.invalidOptionValue(option: "--format", value: text, allowed: formats),
          .usage)
      }
      return format
    }
    guard let out = arguments.value(.out) else { return .text }
    guard let format = ReportFormat.inferred(from: out) else {
      if out.lowercased().hasSuffix(".pdf") {
        throw CommandFailure(ReportText.pdfByPrinting(html: out.dropLast(4) + ".html"), .usage)
      }
      let extensions = ReportFormat.allCases.flatMap(\.fileExtensions).map { "." + $0 }
      throw CommandFailure(
        ReportText.unknownExtension(path: out, formats: formats, extensions: extensions), .usage)
    }
    return format
  }
}
