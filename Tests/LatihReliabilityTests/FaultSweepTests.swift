import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#endif

/// SQLite's method on Latih's commands: for each scenario, each write-path call (open,
/// write, fsync, rename, directory fsync, mkdir, chmod, truncate) fails with `ENOSPC`,
/// `EIO`, `EROFS` and `EACCES`, once and for ever, at the 1st, 2nd, 3rd … such call, until
/// a run completes without reaching the fault. Writes also fail after landing partly, and
/// fsyncs and renames after taking effect.
///
/// Invariants of every run: nothing is acknowledged after a failed call; everything
/// acknowledged is on disk; a run that did not finish says so (exit status 74) with a clear
/// Indonesian message naming the failure, and no stack trace or internal name; every
/// journal opens without damage; no temporary file is left; the same command then works.
@Suite struct FaultSweepTests {
  static let operations: [FileOperation] = [
    .open, .write, .fsync, .rename, .syncDirectory, .mkdir, .chmod, .truncate,
  ]

  /// The effects tried for `operation`: not performed, plus the partly or wholly
  /// performed variants that matter for it.
  static func effects(_ operation: FileOperation) -> [FaultInjectingFileSystem.Effect] {
    switch operation {
    case .write: return [.notPerformed, .partialWrite(count: 7)]
    case .fsync, .syncDirectory, .rename: return [.notPerformed, .performed]
    default: return [.notPerformed]
    }
  }

  /// The Indonesian words for the failure of `code`, which the message must contain.
  static func phrase(_ code: Int32) -> String {
    let text = SystemErrorText(SystemError(code: code, operation: .write)).text(in: .id)
    return String(text.prefix { $0 != ";" && $0 != "(" }).trimmingCharacters()
  }

  /// Text that must never reach a user.
  static let internals = [
    "Fatal error", "Stack dump", "SystemError", "JournalError", "LatihBase", "LatihData",
    "LatihCLI", "Optional(",
  ]

  @Test(arguments: FaultScenario.all)
  func sweep(_ scenario: FaultScenario) throws {
    // One copy of the course for all runs of the scenario.
    let course = try TemporaryDirectory()
    defer { course.remove() }
    _ = try CLIHarness(course)
    var runs = 0
    var fired = 0
    var problems: [String] = []
    for operation in Self.operations {
      for code in ErrorCode.writePath {
        for repetition in [FaultInjectingFileSystem.Repetition.once, .forever] {
          for effect in Self.effects(operation) {
            var call = 1
            while call < 200 {
              let fault = FaultInjectingFileSystem.Fault(
                operation: operation, code: code, call: call, repetition: repetition,
                effect: effect, pathContains: "/w/")
              let outcome = try Self.run(scenario, fault, lessons: course.path("lessons"))
              runs += 1
              problems += outcome.problems.map { "\(fault) \(effect): \($0)" }
              guard outcome.fired else { break }
              fired += 1
              call += 1
            }
          }
        }
      }
    }
    CampaignFigures.report("fault runs (\(scenario.name))", runs)
    CampaignFigures.report("faults injected (\(scenario.name))", fired)
    CampaignFigures.report("fault runs", runs)
    CampaignFigures.report("faults injected", fired)
    #expect(
      problems.isEmpty,
      "\(problems.count) problems:\n\(problems.prefix(12).joined(separator: "\n"))")
  }

  /// One run of `scenario` with `fault`: whether it fired and what went wrong.
  static func run(
    _ scenario: FaultScenario, _ fault: FaultInjectingFileSystem.Fault, lessons: String
  ) throws -> (fired: Bool, problems: [String]) {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory, data: "w/data", lessons: lessons)
      try scenario.setup(harness)
      let fileSystem = FaultInjectingFileSystem(base: UnsyncedFileSystem())
      fileSystem.inject(fault)
      let result = harness.run(
        scenario.arguments, input: scenario.input, fileSystem: fileSystem,
        mark: { fileSystem.injectedFailures.count })
      let fired = !fileSystem.injectedFailures.isEmpty
      var problems: [String] = []

      var acks: [String] = []
      for piece in result.log.all {
        for line in piece.text.split(separator: "\n") {
          guard let ack = scenario.acknowledgement(line) else { continue }
          acks.append(ack)
          if piece.mark > 0 { problems.append("acknowledged '\(ack)' after the failure") }
        }
      }
      let audit = JournalAudit(harness.data)
      problems += scenario.verify(acks, harness, audit)
      if !audit.isClean { problems.append("journals: \(audit.unopenable) \(audit.damaged)") }

      let all = result.output + result.errors
      if acks.count < scenario.expected && result.code == .ok {
        problems.append("exit 0 with \(acks.count) of \(scenario.expected) acknowledgements")
      }
      if result.code != .ok {
        if result.code != .ioError { problems.append("exit \(result.code) for an I/O failure") }
        if !all.contains(phrase(fault.code)) {
          problems.append("message without '\(phrase(fault.code))': \(result.errors.suffix(300))")
        }
      }
      for word in internals where all.contains(word) { problems.append("printed '\(word)'") }
      if !fired && (result.code != .ok || acks.count != scenario.expected) {
        problems.append("clean run failed: \(result.code) \(result.errors)")
      }
      let leftovers = directory.allPaths().filter { $0.contains(".tmp-") }
      if !leftovers.isEmpty { problems.append("temporary files left: \(leftovers)") }

      if fired {
        let again = harness.run(
          scenario.arguments, input: scenario.input, fileSystem: UnsyncedFileSystem())
        if again.code != .ok { problems.append("no recovery: \(again.code) \(again.errors)") }
      }
      return (fired, problems)
    }
  }
}
