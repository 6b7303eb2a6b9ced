import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A hung `latih` or a wait that never ends: the test fails with what was seen so far.
struct LatihProcessError: Error, CustomStringConvertible {
  var description: String
}

/// The built `latih` binary running with piped standard input, output and error, a given
/// data folder and the repository's lessons. Every wait has a deadline, so a hung process
/// fails its test instead of hanging CI.
final class LatihProcess: @unchecked Sendable {
  /// Seconds any single wait may take before the test fails (a hang guard only: a shared
  /// 2-core machine can be slow).
  static let deadline: Double = 90

  let arguments: [String]
  private let process = Process()
  private let input = Pipe()
  private let stdout = OutputBuffer()
  private let stderr = OutputBuffer()
  private let readersDone = DispatchGroup()

  /// Starts `latih arguments` with `--data data --lessons <repo>/lessons --color never`
  /// (the built `latih`, or `binary`).
  convenience init(
    _ arguments: [String], data: URL, environment: [String: String] = [:], binary: URL? = nil
  ) throws {
    var base = [
      "PATH": "/usr/bin:/bin", "HOME": data.deletingLastPathComponent().path, "LANG": "C.UTF-8",
    ]
    base.merge(environment) { _, new in new }
    try self.init(
      program: try binary ?? Paths.binary(),
      arguments + ["--data", data.path, "--lessons", Paths.lessons.path, "--color", "never"],
      environment: base)
  }

  /// Starts another program (an `ssh` client) with the same pipes and deadlines.
  init(program: URL, _ arguments: [String], environment: [String: String]) throws {
    self.arguments = arguments
    process.executableURL = program
    process.arguments = arguments
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try Self.withStopSignalsUnblocked { try process.run() }
    collect(output.fileHandleForReading, into: stdout)
    collect(errors.fileHandleForReading, into: stderr)
  }

  /// A process left running by a failed test is killed, never left waiting for input.
  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
  }

  /// Runs `body` with SIGINT, SIGTERM and SIGHUP unblocked on this thread. A child inherits
  /// the spawning thread's signal mask, and the test runner's threads block these, so a
  /// `latih` spawned from one would never see Ctrl-C (as no terminal user's would be).
  private static func withStopSignalsUnblocked(_ body: () throws -> Void) rethrows {
    var stops = sigset_t()
    sigemptyset(&stops)
    for stop in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stops, stop) }
    var previous = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &stops, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    try body()
  }

  /// Reads `handle` to its end on a thread of its own.
  private func collect(_ handle: FileHandle, into buffer: OutputBuffer) {
    readersDone.enter()
    let group = readersDone
    Thread.detachNewThread {
      while true {
        let data = handle.availableData
        if data.isEmpty { break }
        buffer.append(data)
      }
      group.leave()
    }
  }

  /// Everything written to standard output so far.
  var output: String { stdout.text }
  /// Everything written to standard error so far.
  var errors: String { stderr.text }
  var pid: Int32 { process.processIdentifier }

  /// Types `line` and Enter.
  func send(_ line: String) { sendRaw(Array((line + "\n").utf8)) }

  /// Sends bytes as they are (escape sequences, control keys, a paste).
  /// A process that has gone (a dropped connection) fails the write, never the test run.
  func sendRaw(_ bytes: [UInt8]) { try? input.fileHandleForWriting.write(contentsOf: Data(bytes)) }

  /// Types each of `lines`.
  func send(_ lines: [String]) { for line in lines { send(line) } }

  /// Ends standard input (Ctrl-D).
  func closeInput() { try? input.fileHandleForWriting.close() }

  /// Sends `signal` (SIGINT for Ctrl-C, SIGKILL for a crash).
  func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

  /// Waits until standard output satisfies `condition`.
  func waitForOutput(_ what: String, _ condition: (String) -> Bool) throws {
    let end = Date().addingTimeInterval(Self.deadline)
    while !condition(output) {
      if !isRunning {
        _ = readersDone.wait(timeout: .now() + 10)
        if condition(output) { return }
        throw failure("exited (\(status)) before \(what)")
      }
      if Date() > end { throw failure("timed out waiting for \(what)") }
      usleep(10_000)
    }
  }

  /// Waits until standard output contains `text` at least `count` times.
  func waitFor(_ text: String, count: Int = 1) throws {
    try waitForOutput("'\(text)' ×\(count)") { $0.components(separatedBy: text).count > count }
  }

  /// Input prompts (`> ` at the start of a line) shown so far.
  /// Counted in bytes: a terminal's "\r\n" is one Character, which a String search for
  /// "\n> " would not find.
  var prompts: Int {
    let bytes = Array(output.utf8)
    var count = bytes.starts(with: [0x3E, 0x20]) ? 1 : 0
    var index = 0
    while index + 2 < bytes.count {
      if bytes[index] == 0x0A && bytes[index + 1] == 0x3E && bytes[index + 2] == 0x20 { count += 1 }
      index += 1
    }
    return count
  }

  /// Waits until `count` prompts have been shown.
  func waitForPrompt(_ count: Int) throws {
    try waitForOutput("prompt \(count)") { _ in prompts >= count }
  }

  /// Types `line` and waits for the prompt after it.
  func step(_ line: String) throws {
    let shown = prompts
    send(line)
    try waitForPrompt(shown + 1)
  }

  /// Types each of `lines`, waiting for the prompt after each.
  func steps(_ lines: [String]) throws { for line in lines { try step(line) } }

  /// Waits until the process sleeps (blocked reading its input, after a prompt). Only
  /// checked where `/proc` exists; elsewhere returns at once.
  func waitUntilSleeping() throws {
    let path = "/proc/\(pid)/stat"
    guard FileManager.default.fileExists(atPath: path) else { return }
    let end = Date().addingTimeInterval(Self.deadline)
    while Date() < end {
      let stat = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "S" { return }
      usleep(5_000)
    }
    throw failure("timed out waiting for the process to wait for input")
  }

  /// Waits for the process to end and all its output; returns the exit status. A process
  /// still running at the deadline is killed and the test fails.
  @discardableResult
  func waitForExit() throws -> Int32 {
    let end = Date().addingTimeInterval(Self.deadline)
    while isRunning {
      if Date() > end {
        signal(SIGKILL)
        throw failure("did not exit")
      }
      usleep(10_000)
    }
    if readersDone.wait(timeout: .now() + Self.deadline) == .timedOut {
      throw failure("output did not end")
    }
    return status
  }

  /// The exit status, read by Foundation or by ``isRunning``'s own wait.
  private let reaped = Mutex<Int32?>(nil)
  private var status: Int32 { reaped.withLock { $0 } ?? process.terminationStatus }

  /// Whether the process still runs. Foundation learns of a child's end from SIGCHLD,
  /// which a thread of the test runner that does not block it can swallow (seen with many
  /// children at once, as in the classroom test); a child that has become a zombie is
  /// therefore also reaped here.
  var isRunning: Bool {
    guard process.isRunning else { return false }
    if reaped.withLock({ $0 }) != nil { return false }
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    guard let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "Z" else {
      return true
    }
    var raw: Int32 = 0
    guard waitpid(pid, &raw, WNOHANG) == pid else { return process.isRunning }
    // As Foundation's `terminationStatus`: the exit code, or the signal's number for a
    // process killed by one (a kill -9 reads 9 whichever path reaped it).
    let code = (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : raw & 0x7F
    reaped.withLock { $0 = code }
    return false
  }

  private func failure(_ what: String) -> LatihProcessError {
    LatihProcessError(
      description: "latih \(arguments.joined(separator: " ")) \(what)\n--- stdout:\n\(output)"
        + "\n--- stderr:\n\(errors)")
  }

  /// Runs `latih arguments` with `input` piped in whole; returns status and output.
  static func run(
    _ arguments: [String], data: URL, input: String = "", environment: [String: String] = [:],
    binary: URL? = nil
  ) throws -> (status: Int32, output: String, errors: String) {
    let latih = try LatihProcess(arguments, data: data, environment: environment, binary: binary)
    latih.input.fileHandleForWriting.write(Data(input.utf8))
    latih.closeInput()
    let status = try latih.waitForExit()
    return (status, latih.output, latih.errors)
  }
}

/// Bytes a reader thread appends while the test reads them.
private final class OutputBuffer: Sendable {
  private let bytes = Mutex<[UInt8]>([])

  func append(_ data: Data) { bytes.withLock { $0 += data } }

  /// The bytes so far as text.
  var text: String { String(decoding: bytes.withLock { $0 }, as: UTF8.self) }
}
