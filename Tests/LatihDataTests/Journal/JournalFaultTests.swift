import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#endif

/// A fault on the journal's write path, as a test argument.
struct JournalFault: Sendable, CustomTestStringConvertible {
  var fault: FaultInjectingFileSystem.Fault
  var testDescription: String { fault.description }

  /// Every write-path operation × errno × the 1st, 2nd and 3rd call × once and forever.
  static let all: [JournalFault] = {
    let operations: [FileOperation] = [.open, .write, .fsync, .truncate, .syncDirectory]
    var result: [JournalFault] = []
    for operation in operations {
      for code in ErrorCode.writePath {
        for call in 1...3 {
          for repetition in [FaultInjectingFileSystem.Repetition.once, .forever] {
            result.append(
              JournalFault(
                fault: .init(operation: operation, code: code, call: call, repetition: repetition)))
          }
        }
      }
    }
    return result
  }()
}

@Suite struct JournalFaultTests {
  /// What a workload under faults saw.
  struct Outcome {
    /// Events whose append returned normally, per journal path.
    var acknowledged: [String: [Event]] = [:]
    /// Events whose append was attempted (acknowledged or not).
    var attempted: [String: [Event]] = [:]
    /// Every error an open or an append threw.
    var errors: [JournalError] = []
    /// Journals fully written (opened and both appends acknowledged) in the last round.
    var lastRoundComplete = 0
  }

  /// Three rounds over two journals, `a` (with a torn tail to cut) and `b` (created in the
  /// first round that gets that far): open, append two events one by one, close.
  /// Checks the per-append invariants as it goes.
  static func run(
    _ fileSystem: FaultInjectingFileSystem, in directory: TemporaryDirectory, seed: [Event]
  ) -> Outcome {
    var outcome = Outcome()
    outcome.acknowledged[directory.path("a.jsonl")] = seed
    var generator = EventGenerator(seed: 9)
    for round in 1...3 {
      for name in ["a.jsonl", "b.jsonl"] {
        let path = directory.path(name)
        let create = !directory.fileSystem.exists(path)
        let journal: Journal
        do {
          journal = try Journal.reopen(path, fileSystem: fileSystem, create: create)
        } catch {
          outcome.errors.append(error)
          continue
        }
        defer { journal.close() }
        let acknowledged = outcome.acknowledged[path, default: []]
        #expect(journal.events.filter { acknowledged.contains($0) } == acknowledged)
        var failure: SystemError?
        var written = 0
        for _ in 0..<2 {
          let event = generator.next()
          let before = journal.events
          outcome.attempted[path, default: []].append(event)
          do {
            try journal.append(event)
            #expect(failure == nil, "an append after a failure must not succeed")
            outcome.acknowledged[path, default: []].append(event)
            written += 1
          } catch {
            outcome.errors.append(error)
            if case .system(let cause) = error, failure == nil {
              failure = cause
            } else {
              #expect(failure.map(JournalError.failedEarlier) == error, "expected .failedEarlier")
            }
          }
          if failure != nil { #expect(journal.events == before) }
        }
        if round == 3 && written == 2 { outcome.lastRoundComplete += 1 }
      }
    }
    return outcome
  }

  @Test(arguments: JournalFault.all)
  func writePathFault(_ argument: JournalFault) throws {
    try TemporaryDirectory.with { directory in
      let seed = Array(SampleEvents.everyKind[..<2])
      let torn = Array(JournalLine.encode(SampleEvents.everyKind[2], sequence: 3).prefix(25))
      try directory.write("a.jsonl", SampleEvents.journal(seed) + torn)
      let fileSystem = FaultInjectingFileSystem()
      fileSystem.inject(argument.fault)
      let outcome = Self.run(fileSystem, in: directory, seed: seed)
      fileSystem.removeFaults()

      // Every descriptor opened was closed.
      let opened = fileSystem.log.filter { $0.operation == .open && $0.injected == nil }.count
      #expect(opened == fileSystem.calls(.close))
      // Every injected failure was reported: an open or an append threw it.
      for failed in fileSystem.injectedFailures {
        let error = SystemError(
          code: failed.injected!, operation: failed.operation, path: failed.path)
        #expect(outcome.errors.contains(.system(error)), "\(error) not reported")
      }
      if argument.fault.repetition == .once {
        #expect(outcome.lastRoundComplete == 2, "once: the last round must succeed")
      }
      // Reopened without faults, each journal holds every acknowledged event, in order,
      // and nothing that was not attempted.
      for name in ["a.jsonl", "b.jsonl"] {
        let path = directory.path(name)
        let acknowledged = outcome.acknowledged[path, default: []]
        guard directory.fileSystem.exists(path) else {
          #expect(acknowledged.isEmpty)
          continue
        }
        let journal = try Journal.reopen(path, fileSystem: SystemFileSystem(), create: false)
        defer { journal.close() }
        #expect(journal.contents.skippedLines.isEmpty)
        let allowed = Set(seed + outcome.attempted[path, default: []])
        #expect(journal.events.allSatisfy { allowed.contains($0) })
        #expect(journal.events.filter { acknowledged.contains($0) } == acknowledged)
      }
    }
  }

  /// The write reached the file (or part of it did) but reported an error: the event is
  /// not acknowledged, the journal refuses more, and the file stays readable.
  @Test(arguments: [
    FaultInjectingFileSystem.Effect.performed, .partialWrite(count: 1),
    .partialWrite(count: 60),
  ])
  func writeThatLandedButFailed(effect: FaultInjectingFileSystem.Effect) throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let path = directory.path("p.jsonl")
      let journal = try Journal.open(path, fileSystem: fileSystem, create: true)
      try journal.append(SampleEvents.everyKind[0])
      fileSystem.fail(.write, with: EIO, effect: effect)
      let failed = SystemError(code: EIO, operation: .write, path: path)
      #expect(throws: JournalError.system(failed)) { try journal.append(SampleEvents.everyKind[1]) }
      #expect(throws: JournalError.failedEarlier(failed)) {
        try journal.append(SampleEvents.everyKind[2])
      }
      #expect(journal.events == [SampleEvents.everyKind[0]])
      journal.close()
      // The best-effort truncate took the line back.
      #expect(try directory.read("p.jsonl") == SampleEvents.journal([SampleEvents.everyKind[0]]))
    }
  }

  @Test func fsyncThatFailedAfterTheWriteLeavesAnUnacknowledgedButValidLine() throws {
    try TemporaryDirectory.with { directory in
      let fileSystem = FaultInjectingFileSystem()
      let path = directory.path("p.jsonl")
      let journal = try Journal.open(path, fileSystem: fileSystem, create: true)
      fileSystem.fail(.fsync, with: EIO, .forever)
      #expect(throws: JournalError.system(SystemError(code: EIO, operation: .fsync, path: path))) {
        try journal.append(SampleEvents.everyKind[0])
      }
      #expect(journal.events.isEmpty)
      #expect(fileSystem.calls(.write) == 1)
      #expect(throws: JournalError.self) { try journal.append(SampleEvents.everyKind[1]) }
      #expect(fileSystem.calls(.write) == 1, "no write after a failed fsync")
      journal.close()
    }
  }
}
