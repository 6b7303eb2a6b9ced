import LatihBase
import LatihData
import LatihReport

extension ExportCommand {
  /// `--format sql` (one file for `psql -f`) or `--format csv` (a folder of tables for
  /// DuckDB): the same data and the same parts left out as the USB export.
  static func exportProgramme(
    _ invocation: Invocation, out: String, format: Format, omitting omitted: Set<ExportPart>
  ) throws(CommandFailure) -> ExitCode {
    let path = try invocation.outputPath(out)
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: false)
    let events = try invocation.reading { () throws(SystemError) in
      try Merger(store: store).allEvents()
    }
    let export = ProgrammeExport(
      course: course, language: invocation.language, events: events, omitting: omitted,
      device: store.device, host: NameKey.clean(invocation.context.hostName),
      created: invocation.context.clock.now())
    let fileSystem = invocation.context.fileSystem
    let directory = format == .csv ? path : PathName.parent(of: path)
    var files = ProgrammeFiles(fileSystem: fileSystem, directory: directory)
    do {
      if format == .csv {
        try fileSystem.makePrivateDirectory(path)
        try ProgrammeCSVWriter.write(export, into: &files)
      } else {
        try ProgrammeSQLWriter.write(
          export, to: PathName.lastComponent(of: path), into: &files)
      }
      try files.finish()
    } catch {
      files.abandon()
      var failure = error
      if failure.path == directory {
        failure.path = format == .csv ? out : PathName.parent(of: out)
      }
      throw CommandFailure(CLIMessage.cannotWrite(failure), .ioError)
    }
    let shown = TerminalSanitizer.cleanLine(out)
    invocation.say(
      FacilitatorText.exported(
        path: shown, events: export.events.count,
        participants: Set(export.events.compactMap(\.participant)).count))
    if !omitted.isEmpty {
      let words = omitted.sorted().map { invocation.text(FacilitatorText.exportPart($0)) }
      invocation.say(FacilitatorText.exportOmitted(parts: words.joined(separator: ", ")))
    }
    invocation.say(CLIMessage.programmeLoadHint(path: out, csv: format == .csv))
    guard !store.damage.leftRecordsOut else {
      invocation.complain(CLIMessage.exportIncomplete(path: out))
      return .badData
    }
    return .ok
  }
}
