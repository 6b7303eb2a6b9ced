import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A private OpenSSH server on 127.0.0.1 that forces `latih kiosk`, as `latih classroom
/// setup` configures the real one: own host key, a high port, a temporary authorized key,
/// forwarding and user environment off. It needs root (sshd changes user) and Debian's
/// `openssh-server`; `.ci/run` installs it.
final class SSHServer: @unchecked Sendable {
  static let sshd = "/usr/sbin/sshd"
  static let ssh = "/usr/bin/ssh"
  static let keygen = "/usr/bin/ssh-keygen"

  /// Whether the server can run here (root, and the OpenSSH programs installed).
  static var available: Bool {
    getuid() == 0
      && [sshd, ssh, keygen].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
  }

  let folder: URL
  let data: URL
  let port: Int
  /// The sshd listener's process id.
  private let server: Int32

  /// Starts sshd with `ForceCommand <latih> kiosk --config <folder>/kiosk.conf`.
  init(idleMinutes: Double = 1) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("latih-ssh-\(UUID().uuidString)")
    self.folder = folder
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    data = folder.appendingPathComponent("data")
    signal(SIGPIPE, SIG_IGN)  // a client that has gone fails a write, not the test run
    let path = { (name: String) in folder.appendingPathComponent(name).path }
    try FileManager.default.createDirectory(
      atPath: "/run/sshd", withIntermediateDirectories: true)
    try Self.run(Self.keygen, ["-q", "-t", "ed25519", "-N", "", "-f", path("host")])
    try Self.run(Self.keygen, ["-q", "-t", "ed25519", "-N", "", "-f", path("client")])
    try FileManager.default.copyItem(atPath: path("client.pub"), toPath: path("authorized_keys"))
    try """
    data=\(folder.appendingPathComponent("data").path)
    lessons=\(Paths.lessons.path)
    lang=id
    idle-minutes=\(idleMinutes)

    """.write(toFile: path("kiosk.conf"), atomically: false, encoding: .utf8)
    var lastError = ""
    for _ in 0..<5 {
      let candidate = Int.random(in: 20_000...60_000)
      try Self.config(port: candidate, folder: folder).write(
        toFile: path("sshd_config"), atomically: false, encoding: .utf8)
      // sshd daemonizes (its parent exits at once) and is stopped through its pid file.
      try Self.run(Self.sshd, ["-E", path("sshd.log"), "-f", path("sshd_config")])
      let end = Date().addingTimeInterval(20)
      while Date() < end {
        let banner = TCPProbe.exchange(port: candidate, send: [], seconds: 0.5)
        if banner.starts(with: Array("SSH-".utf8)),
          let text = try? String(contentsOfFile: path("sshd.pid"), encoding: .utf8),
          let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
          server = pid
          port = candidate
          return
        }
        usleep(50_000)
      }
      lastError =
        "sshd on port \(candidate) did not start: "
        + ((try? String(contentsOfFile: path("sshd.log"), encoding: .utf8)) ?? "")
    }
    throw LatihProcessError(description: lastError)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  private static func config(port: Int, folder: URL) throws -> String {
    let latih = try Paths.binary().path
    let path = { (name: String) in folder.appendingPathComponent(name).path }
    return """
      Port \(port)
      ListenAddress 127.0.0.1
      HostKey \(path("host"))
      PidFile \(path("sshd.pid"))
      AuthorizedKeysFile \(path("authorized_keys"))
      PermitRootLogin prohibit-password
      PasswordAuthentication no
      KbdInteractiveAuthentication no
      UsePAM yes
      StrictModes no
      MaxStartups 100:30:200
      MaxSessions 1
      ClientAliveInterval 15
      ClientAliveCountMax 3
      AcceptEnv LANG LC_* LATIH_* HOME XDG_DATA_HOME
      PermitUserEnvironment no
      PermitUserRC no
      AllowTcpForwarding no
      AllowAgentForwarding no
      AllowStreamLocalForwarding no
      X11Forwarding no
      PermitTunnel no
      DisableForwarding yes
      PermitTTY yes
      ForceCommand \(latih) kiosk --config \(path("kiosk.conf"))

      """
  }

  /// An `ssh` client to the kiosk (`-tt` for a terminal) with extra options and a command.
  func client(
    _ options: [String] = [], command: [String] = [], tty: Bool = true,
    environment: [String: String] = [:], program: String = SSHServer.ssh
  ) throws -> LatihProcess {
    var arguments = (tty ? ["-tt"] : []) + connection(portOption: "-p") + ["-e", "none"]
    arguments += options + ["root@127.0.0.1"] + command
    var base = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "TERM": "xterm-256color"]
    base.merge(environment) { _, new in new }
    return try LatihProcess(program: URL(fileURLWithPath: program), arguments, environment: base)
  }

  /// The key and host options for ssh, scp or sftp (`-p` or `-P` names the port).
  func connection(portOption: String) -> [String] {
    [
      "-i", path("client"), portOption, String(port), "-o", "StrictHostKeyChecking=no",
      "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "BatchMode=yes",
      "-o", "ConnectTimeout=20",
    ]
  }

  func stop() {
    kill(server, SIGTERM)
    for _ in 0..<100 where kill(server, 0) == 0 { usleep(20_000) }
    try? FileManager.default.removeItem(at: folder)
  }

  /// Runs a program to its end; a failure stops the test.
  static func run(_ program: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      throw LatihProcessError(description: "\(program) \(arguments) failed")
    }
  }
}

/// A TCP connection to 127.0.0.1: what comes back in a short time.
enum TCPProbe {
  /// Connects to `port`, sends `bytes`, and returns what arrives within `seconds` (or
  /// until the other side closes); empty if the connection is refused.
  static func exchange(port: Int, send bytes: [UInt8], seconds: Double) -> [UInt8] {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { return [] }
    if !bytes.isEmpty { _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
    var received: [UInt8] = []
    let end = Date().addingTimeInterval(seconds)
    var buffer = [UInt8](repeating: 0, count: 4096)
    while Date() < end {
      var watched = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      guard poll(&watched, 1, 50) > 0 else { continue }
      let n = read(fd, &buffer, buffer.count)
      if n <= 0 { break }
      received += buffer[0..<n]
    }
    return received
  }
}
