import LatihTestSupport

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData

/// Runs `latih` commands in-process on a data folder in a ``TemporaryDirectory``, with
/// the report fixture course, any ``FileSystem`` (fault-injecting for sweeps) and piped
/// input for the tutor.
///
/// ```swift
/// let harness = try CLIHarness(directory)
/// let result = harness.run(["participants", "add", "Siti"])
/// ```
struct CLIHarness {
  /// What one command printed and returned.
  struct Result {
    var code: ExitCode
    /// Standard output, plus everything the tutor wrote to its terminal.
    var output: String
    var errors: String
    /// Every piece printed, in order, with its mark.
    var log: OutputLog
    /// Everything printed, for checks that do not care which stream.
    var all: String { output + errors }
  }

  let directory: TemporaryDirectory
  /// The data folder (`--data`).
  let data: String
  /// The course folder (`--lessons`).
  var lessons: String
  let clock = SteppingClock()
  let identifiers: SeededIdentifierSource

  /// Writes the fixture course into `directory/lessons` (or uses the course folder
  /// `lessons` when given, for sweeps that make thousands of harnesses); the data folder is
  /// `directory/<data>` (not created until a command needs it).
  init(
    _ directory: TemporaryDirectory, data: String = "data", seed: UInt64 = 1,
    lessons: String? = nil
  ) throws {
    self.directory = directory
    self.data = directory.path(data)
    self.lessons = lessons ?? directory.path("lessons")
    identifiers = SeededIdentifierSource(seed: seed)
    if !directory.fileSystem.exists(self.lessons) {
      for (path, text) in ReportCourseFixture.files { try directory.write("lessons/" + path, text) }
    }
  }

  /// Runs `latih ARGUMENTS --data … --lessons …` (the fixture course unless the arguments
  /// name another) with `input` as the piped lines; `mark`
  /// stamps each piece of output (see ``OutputLog``).
  func run(
    _ arguments: [String], input: [String] = [], fileSystem: any FileSystem = SystemFileSystem(),
    language: Language = .id, width: Int = 80, color: String = "never",
    mark: @escaping @Sendable () -> Int = { 0 }
  ) -> Result {
    let log = OutputLog(mark: mark)
    let terminal = LoggedTerminal(lines: input, width: width, log: log)
    let context = Context(
      fileSystem: fileSystem, clock: clock, identifiers: identifiers, output: log.output(.output),
      errors: log.output(.errors), makeTerminal: { _, _ in terminal }, environment: [:],
      workingDirectory: directory.path, executablePath: nil, hostName: "laptop-uji")
    let course = arguments.contains("--lessons") ? [] : ["--lessons", lessons]
    let code = Latih.main(
      arguments: arguments + course + [
        "--data", data, "--lang", language.rawValue, "--color", color,
      ],
      context: context)
    return Result(
      code: code, output: log.text(.output) + log.text(.terminal), errors: log.text(.errors),
      log: log)
  }

  /// A store on the data folder (real file system), for reading back what was recorded.
  func store() throws -> DataStore {
    try DataStore.open(
      data, fileSystem: SystemFileSystem(), clock: clock, identifiers: identifiers,
      create: false)
  }
}
