import Foundation

/// Runs the built `latih` executable in a child process, the way a person or a script
/// does: arguments, piped input, environment and a chosen file-creation mask.
struct UmaskedRun {
  /// What a run printed and returned.
  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  /// The executable next to this test bundle (`swift build` puts both in one folder).
  static let executable: URL? = {
    let here = URL(
      fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(
        atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
    var folder = here.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("latih")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }()

  let executable: URL
  /// `LATIH_DATA`, `LATIH_LESSONS` and the rest of the environment.
  var environment: [String: String]
  /// The umask the child runs under (through `sh -c 'umask …; exec …'`).
  var umask: Int = 0o022

  /// Runs `latih ARGUMENTS` with `input` on standard input.
  func run(_ arguments: [String], input: String = "") throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments =
      ["-c", "umask \(String(umask, radix: 8)); exec \"$0\" \"$@\"", executable.path] + arguments
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    // Standard error goes to a file, read after the exit: with two pipes read one after
    // the other, a child filling the second pipe while the first is read would hang.
    let errorsFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("latih-stderr-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: errorsFile.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown)
    }
    defer { try? FileManager.default.removeItem(at: errorsFile) }
    let stderr = try FileHandle(forWritingTo: errorsFile)
    defer { try? stderr.close() }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errors = try Data(contentsOf: errorsFile)
    return Result(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      errors: String(decoding: errors, as: UTF8.self))
  }
}
