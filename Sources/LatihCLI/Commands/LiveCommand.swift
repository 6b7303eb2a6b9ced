import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// `latih live [--once --format text|json] [--anonymize] [--stuck-minutes N]`: the
/// facilitator's view of the room. It reads only what was appended to the journals since
/// its last look and changes nothing.
enum LiveCommand: Command {
  static let name = "live"
  static let options: [Arguments.Option] = [.once, .format, .anonymize, .stuckMinutes]
  static let help = HelpText.live

  /// Milliseconds between looks.
  static let interval = 1000

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 0)
    let format = invocation.arguments.value(.format) ?? "text"
    guard ["text", "json"].contains(format) else {
      throw CommandFailure(
        CLIMessage.invalidOptionValue(
          option: "--format", value: format, allowed: ["text", "json"]),
        .usage)
    }
    let stuckMinutes = try invocation.integer(.stuckMinutes) ?? 3
    let store = try invocation.openStore(create: false)
    let course = try? invocation.loadCourse()
    var watcher = LiveWatcher(
      store: store, course: course, language: invocation.language, stuckMinutes: stuckMinutes,
      anonymize: invocation.arguments.flag(.anonymize))
    let once = invocation.arguments.flag(.once) || format == "json"
    guard !once, TerminalDevice.isTerminal(0), TerminalDevice.isTerminal(1) else {
      let snapshot = watcher.look(now: invocation.context.clock.now())
      if format == "json" {
        invocation.context.output.write(
          LiveJSONRenderer.render(snapshot, anonymize: watcher.anonymize))
      } else {
        let renderer = LiveTextRenderer(
          language: invocation.language, width: 80, height: 10_000, style: invocation.outputStyle)
        let lines = renderer.render(snapshot, order: .name, interactive: false)
        invocation.context.output.write(lines.joined(separator: "\n") + "\n")
      }
      return .ok
    }
    return watch(&watcher, invocation)
  }

  /// The live screen until `q`, Ctrl-C or a stop signal.
  static func watch(_ watcher: inout LiveWatcher, _ invocation: Invocation) -> ExitCode {
    let mode = RawTerminalMode.enter(0)
    let output = invocation.context.output
    output.write("\u{1B}[?25l")
    defer {
      mode?.restore()
      output.write("\u{1B}[?25h\n")
    }
    var order = LiveSnapshot.Order.name
    var shown: [String] = []
    var buffer = [UInt8](repeating: 0, count: 64)
    var snapshot = watcher.look(now: invocation.context.clock.now())
    var nextLook = MonotonicClock.nanoseconds() + UInt64(interval) * 1_000_000
    while true {
      let renderer = LiveTextRenderer(
        language: invocation.language, width: TerminalDevice.columns(1) ?? 80,
        height: TerminalDevice.rows(1) ?? 24, style: invocation.outputStyle)
      let lines = renderer.render(snapshot, order: order, interactive: true)
      if lines != shown {
        output.write("\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\n"))
        shown = lines
      }
      let now = MonotonicClock.nanoseconds()
      let wait = now >= nextLook ? 0 : Int((nextLook - now) / 1_000_000)
      switch RawTerminalMode.waitForInput(0, milliseconds: wait) {
      case .interrupted:
        return .ok
      case .ready:
        let result = buffer.withUnsafeMutableBytes { TerminalDevice.read(0, into: $0) }
        guard case .bytes(let count) = result else { return .ok }
        for byte in buffer[0..<count] {
          switch byte {
          case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x03, 0x04: return .ok
          case UInt8(ascii: "s"), UInt8(ascii: "S"): order = order.next
          default: break
          }
        }
      case .timedOut, .again:
        break
      }
      if MonotonicClock.nanoseconds() >= nextLook {
        snapshot = watcher.look(now: invocation.context.clock.now())
        nextLook = MonotonicClock.nanoseconds() + UInt64(interval) * 1_000_000
      }
    }
  }
}
