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
    // Large buffers read and let go are given back, not kept beside the checked files.
    AllocatorTuning.returnLargeBlocks()
    let course = try invocation.loadCourse()
    // Read and check every file before changing anything (the files in parallel). Events
    // are made later, only those a journal lacks.
    let fileSystem = invocation.context.fileSystem
    // Files merged here before (the same bytes) are skipped after one read.
    let directory = try invocation.dataDirectory()
    let known: Set<String>
    do {
      known = try MergedExports.load(directory: directory, fileSystem: fileSystem)
    } catch {
      throw CommandFailure(CLIMessage.cannotRead(path: error.path, error), .ioError)
    }
    var loaded = ConcurrentMap.map(paths.map(invocation.absolute)) { path in
      Loaded(path, fileSystem: fileSystem, known: known)
    }
    var accepted: [(path: String, entry: String?)] = []
    // Each file's checked lines, let go once it is merged (a file's facts: 48 bytes a line).
    var files: [ExportLines?] = []
    var refused = false
    for (path, file) in zip(paths, loaded) {
      let shown = TerminalSanitizer.cleanLine(path)
      let contents: ExportLines
      var entry: String?
      switch file {
      case .known:
        invocation.say(MergeText.known(path: shown))
        continue
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
      case .export(let export, let digest):
        contents = export
        entry = digest
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
        guard invocation.arguments.flag(.salvage) else {
          invocation.complain(FacilitatorText.mergeDamaged(path: shown, lines: lines))
          refused = true
          continue
        }
        // Salvaged: the damage is named here, not as a refusal that says to use --salvage.
        invocation.say(
          FacilitatorText.mergeSalvaged(
            path: shown, kept: contents.count, skipped: contents.damagedLines.count, lines: lines
          ))
        entry = nil  // a damaged file is not remembered: merging it again names its damage
      }
      accepted.append((path, entry))
      files.append(contents)
    }
    loaded.removeAll()
    // Nothing left to check (every file refused or merged before).
    if accepted.isEmpty { return refused ? .badData : .ok }
    // Copies of one id that disagree between two files: both files are refused, so the
    // outcome is the same in any order.
    var refusals = FileConflicts.find(files.compactMap { $0 })
    // Every file refused (or known): the data folder is not touched (not even created).
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
    do {
      context.folder = try FolderIdentifiers(store)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(.system(error)), .ioError)
    }
    for (index, lines) in files.enumerated() where refusals[index] == nil {
      if let lines { context.add(lines) }
    }
    var touched: Set<String> = []
    var busy = false
    var merged: [String] = []
    // Links merged in, named once every file is in (one roster read, not one per file).
    var linked: [(path: String, links: [(String, String)])] = []
    for (index, (path, entry)) in accepted.enumerated() {
      guard let lines = files[index] else { continue }
      files[index] = nil
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
      if let entry { merged.append(entry) }
      touched.formUnion(result.participants)
      invocation.say(
        FacilitatorText.mergeSummary(
          path: TerminalSanitizer.cleanLine(path), added: result.added, present: result.present,
          people: result.participants.count))
      if result.added > 0 { linked.append((path, links(in: lines))) }
    }
    // Remembered only once every journal is flushed: a crash before this only means the
    // files are checked again next time.
    do {
      try MergedExports.record(merged, directory: directory, fileSystem: fileSystem)
    } catch {
      throw CommandFailure(CLIMessage.cannotWriteJournal(.system(error)), .ioError)
    }
    // Only duplicates this merge brought in: same name and code on two laptops (none
    // when nobody gained events, as when merging the same files again).
    let after =
      touched.isEmpty && linked.allSatisfy(\.links.isEmpty) ? nil : try invocation.roster(store)
    if let after {
      for (path, links) in linked { announce(links, invocation, path: path, roster: after) }
    }
    let duplicates =
      touched.isEmpty
      ? []
      : (after?.likelyDuplicates ?? []).filter { group in
        group.contains { touched.contains($0.id) }
      }
    if !duplicates.isEmpty {
      for group in duplicates {
        let names = group.map {
          TerminalSanitizer.cleanLine(ParticipantLabel($0).text(in: invocation.language))
        }
        invocation.say(
          FacilitatorText.likelyDuplicate(
            names: names.joined(separator: ", "), ids: group.map { String($0.id.prefix(6)) }))
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

  /// The links (two records of one person) a merged file brings in.
  private static func links(in lines: ExportLines) -> [(String, String)] {
    (0..<lines.count).compactMap { index -> (String, String)? in
      guard case .linked(let other) = lines.role(index), let participant = lines.participant(index)
      else { return nil }
      return (participant, other)
    }
  }

  /// Names the people a merged file links, so a link never folds two people together
  /// without a word.
  private static func announce(
    _ links: [(String, String)], _ invocation: Invocation, path: String, roster: Roster
  ) {
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
    /// Merged here before (``MergedExports``).
    case known
    /// Checked; `entry` is what ``MergedExports`` remembers of it.
    case export(ExportLines, entry: String)

    init(_ path: String, fileSystem: any FileSystem, known: Set<String>) {
      // Read as a stream: a bounded buffer, each line capped (a 100 MB note is not held).
      do {
        let (digest, size) = try FileDigest.of(
          path, fileSystem: fileSystem, limit: ExportFile.maximumBytes)
        let entry = MergedExports.entry(digest: digest, size: size)
        if known.contains(entry) {
          self = .known
          return
        }
        self =
          try ExportLines.read(path, fileSystem: fileSystem).map { .export($0, entry: entry) }
          ?? .notAnExport
      } catch  where error.isTooLarge {
        self = .tooLarge
      } catch {
        self = .unreadable(error)
      }
    }
  }
}
