/// Everything a command may touch: files, clock, identifiers, output, the terminal and
/// the process environment. The executable builds the real one; tests build fakes.
public struct Context: @unchecked Sendable {
  public var fileSystem: any FileSystem
  public var clock: any Clock
  public var identifiers: any IdentifierSource
  /// Standard output.
  public var output: any TextOutput
  /// Standard error.
  public var errors: any TextOutput
  /// Makes the interactive terminal (stdin + stdout) for the given colour choice.
  public var makeTerminal: (ColorChoice, [String: String]) -> any TerminalIO
  public var environment: [String: String]
  public var workingDirectory: String
  /// The running executable, to find an installed course next to it.
  public var executablePath: String?
  /// This machine's name, recorded in exports.
  public var hostName: String

  public init(
    fileSystem: any FileSystem, clock: any Clock, identifiers: any IdentifierSource,
    output: any TextOutput, errors: any TextOutput,
    makeTerminal: @escaping (ColorChoice, [String: String]) -> any TerminalIO,
    environment: [String: String], workingDirectory: String, executablePath: String?,
    hostName: String
  ) {
    self.fileSystem = fileSystem
    self.clock = clock
    self.identifiers = identifiers
    self.output = output
    self.errors = errors
    self.makeTerminal = makeTerminal
    self.environment = environment
    self.workingDirectory = workingDirectory
    self.executablePath = executablePath
    self.hostName = hostName
  }

  /// The real system: stdin/stdout/stderr, the file system, the clock.
  public static func system() -> Context {
    Context(
      fileSystem: SystemFileSystem(), clock: SystemClock(), identifiers: SystemIdentifierSource(),
      output: DescriptorOutput(fd: 1), errors: DescriptorOutput(fd: 2),
      makeTerminal: { StandardTerminal(colorChoice: $0, environment: $1) },
      environment: ProcessFacts.environment(), workingDirectory: ProcessFacts.workingDirectory(),
      executablePath: ProcessFacts.executablePath(), hostName: ProcessFacts.hostName())
  }
}
