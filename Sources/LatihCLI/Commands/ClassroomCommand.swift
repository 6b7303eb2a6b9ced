import LatihBase
import LatihCourse
import LatihData
import LatihTutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `latih classroom [setup [--apply] [--password P] [--port N] | remove [--apply]]`:
/// connecting participants' phones to this laptop over OpenSSH.
enum ClassroomCommand: Command {
  static let name = "classroom"
  static let options: [Arguments.Option] = [.apply, .password, .port]
  static let help = HelpText.classroom

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 1)
    switch invocation.arguments.positionals.first {
    case nil: return showConnection(invocation)
    case "setup":
      let plan = try makePlan(invocation)
      invocation.say(ClassroomText.setupIntro(password: plan.password, port: plan.port))
      return try carryOut(plan.setupSteps, invocation)
    case "remove":
      invocation.say(ClassroomText.removeIntro(data: ClassroomPlan.data))
      return try carryOut(ClassroomPlan.removeSteps, invocation)
    case let word?:
      throw CommandFailure(CLIMessage.unknownCommand("classroom " + word), .usage)
    }
  }

  /// The plan for this laptop: this `latih`, the course found, the room password.
  static func makePlan(_ invocation: Invocation) throws(CommandFailure) -> ClassroomPlan {
    let port = try invocation.integer(.port) ?? 22
    guard (1...65535).contains(port) else {
      throw CommandFailure(CLIMessage.notANumber(option: "--port", value: String(port)), .usage)
    }
    var password = invocation.arguments.value(.password) ?? ""
    if password.isEmpty {
      password = "kelas" + String(invocation.context.identifiers.next64() % 9000 + 1000)
    }
    guard password.count >= 4, !password.contains(":"),
      !password.contains(where: { $0.isNewline || $0.isWhitespace })
    else { throw CommandFailure(ClassroomText.badPassword, .usage) }
    let latih = invocation.context.executablePath ?? "/usr/local/bin/latih"
    return ClassroomPlan(
      latih: latih, lessons: try invocation.courseDirectory(), language: invocation.language,
      password: password, port: port)
  }

  /// Prints every step; with `--apply` (as root) runs them, stopping at the first failure.
  static func carryOut(_ steps: [ClassroomStep], _ invocation: Invocation) throws(CommandFailure)
    -> ExitCode
  {
    let apply = invocation.arguments.flag(.apply)
    if apply {
      guard getuid() == 0 else { throw CommandFailure(ClassroomText.needsRoot, .usage) }
      guard invocation.context.fileSystem.exists("/etc/debian_version") else {
        throw CommandFailure(ClassroomText.notDebian, .failed)
      }
      guard ProgramRunner.isInstalled("sshd", path: "/usr/sbin:/usr/bin:/sbin:/bin") else {
        throw CommandFailure(ClassroomText.needsOpenSSH, .failed)
      }
    }
    let output = invocation.context.output
    for (index, step) in steps.enumerated() {
      output.line("# \(index + 1).")
      output.line(step.shellLine)
      guard apply else { continue }
      if case .run(_, _, let user?) = step, getpwnam(user) != nil {
        invocation.say(ClassroomText.stepSkipped)
        continue
      }
      if let problem = perform(step, invocation) {
        invocation.complain(ClassroomText.stepFailed(number: index + 1, problem))
        return .failed
      }
    }
    invocation.say(apply ? ClassroomText.applied : ClassroomText.dryRun)
    return .ok
  }

  /// Runs one step; a description of what went wrong, or nil.
  static func perform(_ step: ClassroomStep, _ invocation: Invocation) -> String? {
    let fileSystem = invocation.context.fileSystem
    do {
      switch step {
      case .run(let arguments, let input, _):
        let status = ProgramRunner.run(arguments, input: input)
        return status == 0 ? nil : "\(arguments[0]): exit \(status)"
      case .write(let path, let contents, let permissions):
        try fileSystem.writeFileDurably(path, Array(contents.utf8), permissions: permissions)
      case .remove(let path):
        if fileSystem.exists(path) { try fileSystem.remove(path) }
      }
    } catch {
      return SystemErrorText(error).text(in: invocation.language)
    }
    return nil
  }

  /// How to connect: addresses, user, password, the Termux command, apps, a QR code.
  static func showConnection(_ invocation: Invocation) -> ExitCode {
    var user = ClassroomPlan.user
    var port = "22"
    var password: String?
    if let bytes = try? invocation.context.fileSystem.readFile(
      ClassroomPlan.roomConfig, limit: 4096)
    {
      for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
        let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { continue }
        switch parts[0] {
        case "user": user = parts[1]
        case "port": port = parts[1]
        case "password": password = parts[1]
        default: break
        }
      }
    }
    let ready = invocation.context.fileSystem.exists(ClassroomPlan.sshdDropIn)
    let addresses = NetworkAddresses.current()
    let first = addresses.first?.address ?? "ALAMAT-LAPTOP"
    invocation.say(
      ClassroomText.connectHow(
        addresses: addresses.map { "\($0.interface)  \($0.address)" }, user: user, port: port,
        password: password, first: first, ready: ready))
    let path = invocation.context.environment["PATH"]
    if ProgramRunner.isInstalled("qrencode", path: path), !addresses.isEmpty {
      _ = ProgramRunner.run(["qrencode", "-t", "ANSIUTF8", "ssh://\(user)@\(first):\(port)"])
    } else {
      invocation.say(ClassroomText.noQR)
    }
    return .ok
  }
}
