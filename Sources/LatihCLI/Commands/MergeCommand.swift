import LatihBase
import LatihData

/// `latih merge FILE... [--force] [--salvage]`: unions exports from other laptops.
enum MergeCommand: Command {
  static let name = "merge"
  static let options: [Arguments.Option] = [.force, .salvage]
  static let help = HelpText.merge

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    let paths = invocation.arguments.positionals
    guard !paths.isEmpty else {
      throw CommandFailure(CLIMessage.missingArgument("FILE", command: name), .usage)
    }
    let course = try invocation.loadCourse()
    // Read and check every file before changing anything (the files in parallel). Events
    // are made later, only those a journal lacks.
    let fileSystem = invocation.context.fileSystem
    let loaded = ConcurrentMap.map(paths.map(invocation.absolute)) { path in
      Loaded(path, fileSystem: fileSystem)
    }
    var accepted: [(path: String, lines: ExportLines)] = []
    var refused = false
    for (path, file) in zip(paths, loaded) {
      let shown = TerminalSanitizer.cleanLine(path)
      let contents: ExportLines
      switch file {
      case .tooLarge:
        invocation.complain(
          FacilitatorText.mergeTooLarge(path: shown, limit: ExportFile.maximumBytes))
        refused = true
        continue
      case .unreadable(let error):
        invocation.complain(CLIMessage.cannotRead(path: path, error))
        refused = true
        continue
      case .notAnExport:
        invocation.complain(FacilitatorText.mergeNotAnExport(shown))
        refused = true
        continue
      case .export(let export):
        contents = export
      }
      if contents.header.course != course.manifest.id && !invocation.arguments.flag(.force) {
        invocation.complain(
          FacilitatorText.mergeWrongCourse(
            path: shown, theirs: TerminalSanitizer.cleanLine(contents.header.course),
            ours: course.manifest.id))
        refused = true
        continue
      }
      if !contents.isIntact {
        let lines = contents.damagedLines.prefix(10).map(String.init).joined(separator: ", ")
        invocation.complain(FacilitatorText.mergeDamaged(path: shown, lines: lines))
        guard invocation.arguments.flag(.salvage) else {
          refused = true
          continue
        }
        invocation.say(
          FacilitatorText.mergeSalvaged(
            path: shown, kept: contents.entries.count, skipped: contents.damagedLines.count))
      }
      accepted.append((path, contents))
    }
    // Every file refused: the data folder is not touched (not even created).
    guard !accepted.isEmpty else { return .badData }
    let store = try invocation.openStore(create: true)
    let merger = Merger(store: store)
    var touched: Set<String> = []
    for (path, lines) in accepted {
      let result: Merger.Result
      do {
        result = try merger.merge(input: lines)
      } catch {
        throw CommandFailure(CLIMessage.cannotWriteJournal(error), .ioError)
      }
      touched.formUnion(result.participants)
      invocation.say(
        FacilitatorText.mergeSummary(
          path: TerminalSanitizer.cleanLine(path), added: result.added, present: result.present,
          people: result.participants.count))
    }
    // Only duplicates this merge brought in: same name and code on two laptops (none
    // when nobody gained events, as when merging the same files again).
    let duplicates =
      touched.isEmpty
      ? []
      : try invocation.roster(store).likelyDuplicates.filter { group in
        group.contains { touched.contains($0.id) }
      }
    if !duplicates.isEmpty {
      for group in duplicates {
        let names = group.map {
          TerminalSanitizer.cleanLine(ParticipantLabel($0).text(in: invocation.language))
        }
        invocation.say(FacilitatorText.likelyDuplicate(names: names.joined(separator: ", ")))
      }
      invocation.say(FacilitatorText.mergeDuplicatesHint)
    }
    return refused ? .badData : .ok
  }

  /// An export file as read and checked.
  private enum Loaded: Sendable {
    case tooLarge
    case unreadable(SystemError)
    case notAnExport
    case export(ExportLines)

    init(_ path: String, fileSystem: any FileSystem) {
      let bytes: [UInt8]
      do {
        bytes = try fileSystem.readFile(path, limit: ExportFile.maximumBytes)
      } catch  where error.isTooLarge {
        self = .tooLarge
        return
      } catch {
        self = .unreadable(error)
        return
      }
      self = ExportLines(bytes).map(Loaded.export) ?? .notAnExport
    }
  }
}
