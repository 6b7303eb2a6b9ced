import LatihBase

/// Everything a command may touch: files, clock, identifiers, output, the terminal and
/// the process environment. The executable builds the real one; tests build fakes.
package struct Context: @unchecked Sendable {
  package var fileSystem: any FileSystem
  package var clock: any WallClock
  package var identifiers: any IdentifierSource
  /// Standard output.
  package var output: any TextOutput
  /// Standard error.
  package var errors: any TextOutput
  /// Makes the interactive terminal (stdin + stdout) for the given colour choice.
  package var makeTerminal: (ColorChoice, [String: String]) -> any TerminalIO
  package var environment: [String: String]
  package var workingDirectory: String
  /// The running executable, to find an installed course next to it.
  package var executablePath: String?
  /// This machine's name, recorded in exports.
  package var hostName: String

  package init(
    fileSystem: any FileSystem, clock: any WallClock, identifiers: any IdentifierSource,
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
  package static func system() -> Context {
    Context(
      fileSystem: SystemFileSystem(), clock: SystemClock(), identifiers: SystemIdentifierSource(),
      output: DescriptorOutput(fd: 1), errors: DescriptorOutput(fd: 2),
      makeTerminal: { StandardTerminal(colorChoice: $0, environment: $1) },
      environment: ProcessFacts.environment(), workingDirectory: ProcessFacts.workingDirectory(),
      executablePath: ProcessFacts.executablePath(), hostName: ProcessFacts.hostName())
  }
}
