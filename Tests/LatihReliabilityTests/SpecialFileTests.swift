import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihCourse
@testable import LatihData

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 16, special files: every file Latih reads must be a regular file, opened
/// without blocking and read under a cap. Every special file type a test can make (a
/// FIFO, `/dev/zero`, `/dev/null`, a folder, a Unix socket, and a symbolic link to each)
/// is put in place of every file Latih reads (a merge input, a roster, a lesson file
/// given to `check`, a lesson file in a folder given to `check`, a lesson inside a course
/// folder, a participant's journal,
/// `device.json`, `current-session`, `sessions.jsonl`). Each case must end at once (a
/// FIFO without a writer would block `open` for ever), name the path and what it is in
/// the user's language, and never stop other people's commands.
@Suite struct SpecialFileTests {
  /// A special file and how to make it at a path.
  enum Special: String, CaseIterable, Sendable {
    case fifo, zero, null, folder, socket
    case linkToFIFO, linkToZero, linkToNull, linkToFolder, linkToSocket

    /// Indonesian words the message must contain for it.
    var words: String {
      switch self {
      case .fifo: return "pipa bernama (FIFO)"
      case .zero, .null: return "perangkat karakter"
      case .folder: return "folder"
      case .socket: return "soket"
      default: return "tautan simbolik"
      }
    }

    /// Makes it at `path` (its targets beside it, under `scratch`).
    func make(at path: String, scratch: String) throws {
      try? FileManager.default.removeItem(atPath: path)
      switch self {
      case .fifo: #expect(mkfifo(path, 0o600) == 0)
      case .zero:
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
      case .null:
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
      case .folder:
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      case .socket: try Self.bindSocket(at: path)
      case .linkToFIFO, .linkToZero, .linkToNull, .linkToFolder, .linkToSocket:
        let target = PathName.join(scratch, "target-\(rawValue)")
        try Self.target(of: self).make(at: target, scratch: scratch)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
      }
    }

    static func target(of link: Special) -> Special {
      switch link {
      case .linkToFIFO: return .fifo
      case .linkToZero: return .zero
      case .linkToNull: return .null
      case .linkToFolder: return .folder
      default: return .socket
      }
    }

    /// A Unix socket bound at `path` (left bound: the file stays a socket).
    static func bindSocket(at path: String) throws {
      let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
      var address = sockaddr_un()
      address.sun_family = sa_family_t(AF_UNIX)
      withUnsafeMutableBytes(of: &address.sun_path) { buffer in
        for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() {
          buffer[index] = byte
        }
      }
      let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
      }
      close(fd)
      #expect(bound == 0)
    }
  }

  /// `/dev/zero` and `/dev/null` are real devices, not links, where the path is chosen
  /// by the test: the device itself for inputs named on the command line.
  static func devicePath(_ special: Special) -> String? {
    switch special {
    case .zero: return "/dev/zero"
    case .null: return "/dev/null"
    default: return nil
    }
  }

  /// Every reading entry point: what to put where, then the command to run.
  enum Reader: String, CaseIterable, Sendable {
    case mergeInput, rosterImport, checkFile, checkFolder, courseLesson, journal, deviceFile
    case currentSession, sessionsJournal
  }

  @Test(arguments: Reader.allCases)
  func everySpecialFileTypeAtEveryReader(_ reader: Reader) throws {
    var cases = 0
    // `check FOLDER` checks the lesson files in a folder: a folder is no special file there.
    for special in Special.allCases
    where !([.checkFile, .checkFolder].contains(reader) && special == .folder) {
      try TemporaryDirectory.with { directory in
        let harness = try CLIHarness(directory)
        #expect(harness.run(["participants", "add", "Siti"]).code == .ok)
        #expect(harness.run(["participants", "add", "Dewi"]).code == .ok)
        #expect(harness.run(["session", "new", "Pelatihan"]).code == .ok)
        let store = try harness.store()
        let scratch = directory.path("scratch")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let given = directory.path("masukan")
        let direct = reader == .mergeInput || reader == .rosterImport || reader == .checkFile
        func place(_ path: String) throws {
          if direct, let device = Self.devicePath(special) {
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: device)
          } else {
            try special.make(at: path, scratch: scratch)
          }
        }
        // A device named directly on the command line (`latih merge /dev/zero`).
        let named = direct ? (Self.devicePath(special) ?? given) : given
        let result: CLIHarness.Result
        var shownPath = named
        switch reader {
        case .mergeInput:
          if named == given { try place(given) }
          result = harness.run(["merge", named])
        case .rosterImport:
          if named == given { try place(given) }
          result = harness.run(["participants", "import", named])
        case .checkFile:
          if named == given { try place(given) }
          result = harness.run(["check", named])
        case .checkFolder:
          let folder = directory.path("pelajaran")
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
          shownPath = PathName.join(folder, "palsu.md")
          try place(shownPath)
          result = harness.run(["check", folder])
        case .courseLesson:
          let lesson = PathName.join(harness.lessons, "id/dasar.md")
          let course = directory.path("kursus")
          try FileManager.default.copyItem(atPath: harness.lessons, toPath: course)
          shownPath = PathName.join(course, "id/dasar.md")
          try place(shownPath)
          _ = lesson
          result = harness.run(["lessons", "--lessons", course])
        case .journal:
          let siti = try Roster.load(store).people.first { $0.name == "Siti" }!.id
          shownPath = store.journalPath(siti)
          try place(shownPath)
          result = harness.run(["participants", "list"])
          // Dewi is still listed: one bad entry never stops everyone's command.
          #expect(result.code == .ok && result.output.contains("Dewi"), "\(special): \(result.all)")
        case .deviceFile:
          shownPath = PathName.join(store.directory, "device.json")
          try place(shownPath)
          result = harness.run(["record", "Dewi", "installed-app", "yes"])
        case .currentSession:
          shownPath = store.currentSessionPath
          try place(shownPath)
          result = harness.run(["record", "Dewi", "installed-app", "yes"])
        case .sessionsJournal:
          shownPath = store.sessionsPath
          try place(shownPath)
          result = harness.run(["session", "list"])
        }
        cases += 1
        // A course with one bad lesson file is still usable, and a bad sessions journal
        // is skipped: named, not refused.
        if ![.journal, .courseLesson, .sessionsJournal].contains(reader) {
          #expect(result.code != .ok, "\(reader) \(special): \(result.all)")
        }
        // In the data folder /dev/zero and /dev/null are planted as links to them.
        let words =
          Self.devicePath(special) == nil
          ? special.words
          : direct ? "perangkat karakter" : "tautan simbolik"
        #expect(
          result.errors.contains(words)
            || (reader == .courseLesson && special == .folder && result.errors.contains("dasar")),
          "\(reader) \(special): \(result.all)")
        #expect(
          result.errors.contains(PathName.lastComponent(of: shownPath)),
          "\(reader) \(special): \(result.all)")
        #expect(!result.all.contains("Fatal"))
      }
    }
    CampaignFigures.report("special files × readers (\(reader.rawValue))", cases)
    CampaignFigures.report("special files × readers", cases)
  }

  /// The cap holds whatever the stated size: a device with no end is refused before
  /// reading, and a read stops after `limit + 1` bytes.
  @Test func readsStopAtTheCapWhateverTheSize() throws {
    let fileSystem = SystemFileSystem()
    #expect(throws: SystemError.self) { try fileSystem.readFile("/dev/zero", limit: 1 << 20) }
    try TemporaryDirectory.with { directory in
      try directory.write("groot", [UInt8](repeating: 0x41, count: 5000))
      let file = try fileSystem.open(directory.path("groot"), [], permissions: 0)
      defer { try? fileSystem.close(file) }
      do {
        _ = try fileSystem.readToEnd(file, limit: 4096)
        Issue.record("read past the cap")
      } catch let error as SystemError {
        #expect(error.isTooLarge)
      }
    }
  }

  /// A wait ended by a shutdown signal is not retried: the wrapper throws `EINTR`.
  @Test func interruptedCallIsNotRetriedAfterAShutdownSignal() {
    #expect(SystemError(code: EINTR, operation: .open).kind == .interrupted)
    #expect(SystemErrorText(SystemError(code: EINTR, operation: .open)).indonesian == "dihentikan")
  }
}
