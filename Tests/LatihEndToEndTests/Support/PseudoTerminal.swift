import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The built `latih` on a pseudo-terminal of a given size, as a person at a terminal
/// would run it: its standard input, output and error are the terminal (so it lays out
/// screens), what it writes is fed to a ``VirtualScreen``, and every wait has a deadline.
final class PseudoTerminal {
  private let master: Int32
  private let slave: Int32
  private let process = Process()
  private(set) var screen: VirtualScreen
  /// Everything the program wrote, as text.
  private(set) var transcript = ""

  /// Starts `latih arguments` with `--data data --lessons <repo>/lessons --color never
  /// --lang language` on a `width`×`height` terminal.
  init(_ arguments: [String], data: URL, width: Int, height: Int, language: String) throws {
    // posix_openpt and friends are not in the Glibc module (they need _XOPEN_SOURCE):
    // looked up in the C library itself.
    master = Self.libc.openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, Self.libc.grant(master) == 0, Self.libc.unlock(master) == 0 else {
      throw LatihProcessError(description: "no pseudo-terminal: errno \(errno)")
    }
    var name = [CChar](repeating: 0, count: 128)
    guard Self.libc.name(master, &name, name.count) == 0 else {
      throw LatihProcessError(description: "ptsname_r failed: errno \(errno)")
    }
    let path = String(
      decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    slave = open(path, O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw LatihProcessError(description: "cannot open \(path)") }
    var size = winsize(
      ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    screen = VirtualScreen(width: width, height: height)
    let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.executableURL = try Paths.binary()
    process.arguments =
      arguments + [
        "--data", data.path, "--lessons", Paths.lessons.path, "--color", "never", "--lang",
        language,
      ]
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": data.deletingLastPathComponent().path,
      "LANG": "C.UTF-8", "TERM": "xterm",
    ]
    process.standardInput = terminal
    process.standardOutput = terminal
    process.standardError = terminal
    try process.run()
  }

  /// The C library's pseudo-terminal functions.
  private struct PTYFunctions {
    typealias Open = @convention(c) (Int32) -> Int32
    typealias Grant = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
    let openpt: Open
    let grant: Grant
    let unlock: Grant
    let name: Name

    init() {
      func symbol<T>(_ name: String, as type: T.Type) -> T {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
          fatalError("\(name) is not in the C library")
        }
        return unsafeBitCast(address, to: type)
      }
      openpt = symbol("posix_openpt", as: Open.self)
      grant = symbol("grantpt", as: Grant.self)
      unlock = symbol("unlockpt", as: Grant.self)
      name = symbol("ptsname_r", as: Name.self)
    }
  }

  private static let libc = PTYFunctions()

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    close(master)
    close(slave)
  }

  /// Types `text` and Enter (the terminal turns the Enter into a newline).
  func type(_ text: String) { write(Array((text + "\r").utf8)) }

  private func write(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Glibc.write(master, $0.baseAddress, $0.count)
      }
      if written > 0 {
        offset += written
      } else if errno != EINTR && errno != EAGAIN {
        return
      }
    }
  }

  /// Reads what the program wrote until `condition` holds of the screen, or fails after
  /// `seconds`. Output is read until it has been quiet for a moment, so a screen is
  /// judged whole, not half drawn.
  func waitFor(
    _ what: String, seconds: Double = 30,
    _ condition: (VirtualScreen) -> Bool
  ) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let got = pump(milliseconds: 150)
      if !got && condition(screen) { return }
      if !got && !process.isRunning && !pump(milliseconds: 0) {
        if condition(screen) { return }
        break
      }
    }
    throw LatihProcessError(
      description: "waiting for \(what); the screen shows:\n\(screen.text)")
  }

  /// Waits until the screen shows `text` (spaces as typed, no-break spaces read as spaces).
  func waitFor(_ text: String) throws {
    try waitFor("\"\(text)\"") { $0.text.contains(text) }
  }

  /// Reads for up to `milliseconds` (returns whether anything came).
  @discardableResult
  private func pump(milliseconds: Int32) -> Bool {
    var got = false
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    while poll(&descriptor, 1, got ? 20 : milliseconds) > 0 {
      var buffer = [UInt8](repeating: 0, count: 8192)
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      got = true
      screen.feed(Array(buffer[0..<count]))
      transcript += String(decoding: buffer[0..<count], as: UTF8.self)
    }
    return got
  }

  /// Waits for the program to end (ending it after `seconds`); its exit status.
  func waitForExit(seconds: Double = LatihProcess.deadline) throws -> Int32 {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline { pump(milliseconds: 100) }
    pump(milliseconds: 50)
    guard !process.isRunning else {
      kill(process.processIdentifier, SIGKILL)
      throw LatihProcessError(description: "latih did not end; the screen shows:\n\(screen.text)")
    }
    return process.terminationStatus
  }
}
