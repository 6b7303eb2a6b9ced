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
    // Copies of one id that disagree between two files: both files are refused, so the
    // outcome is the same in any order.
    var refusals = FileConflicts.find(accepted.map(\.lines))
    // Every file refused: the data folder is not touched (not even created).
    guard accepted.indices.contains(where: { refusals[$0] == nil }) else {
      let store = try? invocation.openStore(create: false)
      let roster = store.flatMap { try? invocation.roster($0) }
      for (index, file) in accepted.enumerated() {
        report(invocation, path: file.path, refusals[index] ?? [], roster: roster)
      }
      return .badData
    }
    let store = try invocation.openStore(create: true)
    let roster = try invocation.roster(store)
    let merger = Merger(store: store)
    var context = MergeContext()
    for (index, file) in accepted.enumerated() where refusals[index] == nil {
      for entry in file.lines.entries {
        switch entry.role {
        case .enrolled: context.enrolled.insert(entry.participant ?? "")
        case .session(let id, let title): context.sessions[id] = title
        default: break
        }
      }
    }
    var touched: Set<String> = []
    var busy = false
    for (index, (path, lines)) in accepted.enumerated() {
      if let problems = refusals[index] {
        report(invocation, path: path, problems, roster: roster)
        refused = true
        continue
      }
      let result: Merger.Result
      do {
        result = try merger.merge(input: lines, context: context)
      } catch .refused(let problems) {
        refusals[index] = problems
        report(invocation, path: path, problems, roster: roster)
        if problems.contains(where: \.isBusy) { busy = true } else { refused = true }
        continue
      } catch {
        guard case .journal(let failure) = error else { continue }
        throw CommandFailure(CLIMessage.cannotWriteJournal(failure), .ioError)
      }
      touched.formUnion(result.participants)
      invocation.say(
        FacilitatorText.mergeSummary(
          path: TerminalSanitizer.cleanLine(path), added: result.added, present: result.present,
          people: result.participants.count))
      if result.added > 0 { announceLinks(invocation, path: path, lines: lines, store: store) }
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
    return busy ? .ioError : refused ? .badData : .ok
  }

  /// Tells what was wrong with a refused file: the busy person, or every problem (the
  /// first ten listed) with the people named.
  private static func report(
    _ invocation: Invocation, path: String, _ problems: [MergeProblem], roster: Roster?
  ) {
    let shown = TerminalSanitizer.cleanLine(path)
    func who(_ id: String?) -> String? {
      guard let id else { return nil }
      guard let person = roster?.participant(id) else { return id }
      return TerminalSanitizer.cleanLine(person.name) + " (" + id + ")"
    }
    if let busy = problems.first(where: \.isBusy) {
      invocation.complain(MergeText.busy(path: shown, who: who(busy.participant) ?? "?"))
      return
    }
    invocation.complain(MergeText.refused(path: shown, count: problems.count))
    for problem in problems.prefix(10) {
      switch problem {
      case .invalid(let line, let id, let found):
        invocation.note(
          MergeText.invalid(line: line, id: TerminalSanitizer.cleanLine(id), problem: found))
      case .conflict(let id, let participant):
        invocation.note(MergeText.conflict(id: id, who: who(participant), elsewhere: false))
      case .crossFileConflict(let id, let participant):
        invocation.note(MergeText.conflict(id: id, who: who(participant), elsewhere: true))
      case .orphan(let participant, let events):
        invocation.note(MergeText.orphan(who: participant, events: events))
      case .sessionConflict(let session):
        invocation.note(MergeText.sessionConflict(session: session))
      case .unknownSession(let session):
        invocation.note(MergeText.unknownSession(session: session))
      case .unknownLink(let participant, let other):
        invocation.note(MergeText.unknownLink(who: who(participant) ?? participant, other: other))
      case .busy:
        break
      }
    }
    if problems.count > 10 { invocation.note(MergeText.more(problems.count - 10)) }
  }

  /// Names the people a merged file links (two records of one person), so a link never
  /// folds two people together without a word.
  private static func announceLinks(
    _ invocation: Invocation, path: String, lines: ExportLines, store: DataStore
  ) {
    let links = lines.entries.compactMap { entry -> (String, String)? in
      guard case .linked(let other) = entry.role, let participant = entry.participant else {
        return nil
      }
      return (participant, other)
    }
    guard !links.isEmpty, let roster = try? invocation.roster(store) else { return }
    for (first, second) in links {
      let names = [first, second].map { id in
        roster.participant(id).map {
          TerminalSanitizer.cleanLine(ParticipantLabel($0).text(in: invocation.language))
        } ?? id
      }
      invocation.say(
        MergeText.linked(
          path: TerminalSanitizer.cleanLine(path), first: names[0], second: names[1]))
    }
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
