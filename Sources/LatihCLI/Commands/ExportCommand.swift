import LatihBase
import LatihData

/// `latih export --out FILE [--format latih|sql|csv] [--include PART,...] [--full]`: this
/// laptop's data in one file for a USB stick (`latih`, the default), as SQL for
/// PostgreSQL or as CSV tables for DuckDB (a folder); by default without the host name,
/// phones, notes and answers.
enum ExportCommand: Command {
  static let name = "export"
  static let options: [Arguments.Option] = [.out, .format, .include, .full]
  static let help = HelpText.export

  /// What `--format` can name.
  enum Format: String, CaseIterable {
    case latih, sql, csv
  }

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 0)
    let formatText = invocation.arguments.value(.format) ?? Format.latih.rawValue
    guard let format = Format(rawValue: formatText) else {
      throw CommandFailure(
        CLIMessage.invalidOptionValue(
          option: "--format", value: formatText, allowed: Format.allCases.map(\.rawValue)),
        .usage)
    }
    guard let out = invocation.arguments.value(.out) else {
      let what = format == .csv ? "--out FOLDER" : "--out FILE"
      throw CommandFailure(CLIMessage.missingArgument(what, command: name), .usage)
    }
    let omitted = try omittedParts(invocation)
    if format != .latih {
      return try exportProgramme(invocation, out: out, format: format, omitting: omitted)
    }
    let path = try invocation.outputPath(out)
    let course = try invocation.loadCourse()
    let store = try invocation.openStore(create: false)
    let events = try invocation.reading { () throws(SystemError) in
      try Merger(store: store).allEvents()
    }
    let bytes = ExportFile.encode(
      events, course: course.manifest.id, device: store.device,
      host: NameKey.clean(invocation.context.hostName), created: invocation.context.clock.now(),
      omitting: omitted)
    try invocation.writeOutput(bytes, to: path, typed: out)
    let participants = Set(events.compactMap(\.participant)).count
    let shown = TerminalSanitizer.cleanLine(out)
    invocation.say(
      FacilitatorText.exported(
        path: shown, events: Set(events.map(\.id)).count, participants: participants))
    if !omitted.isEmpty {
      let words = omitted.sorted().map { invocation.text(FacilitatorText.exportPart($0)) }
      invocation.say(FacilitatorText.exportOmitted(parts: words.joined(separator: ", ")))
    }
    // A FAT stick keeps no file modes: the file is readable by whoever holds the stick.
    if let info = try? invocation.context.fileSystem.info(path),
      info.permissions & 0o077 != 0
    {
      invocation.complain(
        FacilitatorText.exportModeLost(
          path: shown, mode: "0" + String(info.permissions & 0o777, radix: 8),
          lean: omitted.count == ExportPart.allCases.count))
    }
    // Damaged lines or unreadable journals were left out: the file holds everything that
    // could be read (the best copy to carry), but the export must not pass for complete.
    guard !store.damage.leftRecordsOut else {
      invocation.complain(CLIMessage.exportIncomplete(path: out))
      return .badData
    }
    return .ok
  }

  /// The parts left out: all but those `--include` names; none with `--full`.
  static func omittedParts(_ invocation: Invocation) throws(CommandFailure) -> Set<ExportPart> {
    let include = invocation.arguments.value(.include)
    if invocation.arguments.flag(.full) {
      guard include == nil else {
        throw CommandFailure(CLIMessage.exclusiveOptions("--full", "--include"), .usage)
      }
      return []
    }
    var omitted = Set(ExportPart.allCases)
    for word in (include ?? "").split(separator: ",") {
      let name = word.split(separator: " ").joined()
      guard let part = ExportPart(rawValue: name.lowercased()) else {
        throw CommandFailure(
          CLIMessage.invalidOptionValue(
            option: "--include", value: name, allowed: ExportPart.allCases.map(\.rawValue)),
          .usage)
      }
      omitted.remove(part)
    }
    return omitted
  }
}
