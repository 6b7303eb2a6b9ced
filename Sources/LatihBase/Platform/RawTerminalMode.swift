#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The kiosk's terminal settings: no line discipline between the remote client and
/// Latih (no echo, no canonical editing, no signals from keys, no flow control), so
/// ``KioskLineEditor`` sees every byte the way the phone sent it.
package struct RawTerminalMode {
  private let fd: Int32
  private let saved: termios

  /// Switches `fd` to raw input (output processing stays on: `\n` is still CR LF); nil if
  /// `fd` is not a terminal.
  package static func enter(_ fd: Int32) -> RawTerminalMode? {
    var settings = termios()
    guard tcgetattr(fd, &settings) == 0 else { return nil }
    let saved = settings
    settings.c_lflag &= ~tcflag_t(ICANON | ECHO | ECHONL | ISIG | IEXTEN)
    settings.c_iflag &= ~tcflag_t(ICRNL | INLCR | IGNCR | IXON | IXOFF | ISTRIP | BRKINT)
    withUnsafeMutableBytes(of: &settings.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    while tcsetattr(fd, TCSANOW, &settings) != 0 {
      if errno != EINTR { return nil }
    }
    return RawTerminalMode(fd: fd, saved: saved)
  }

  /// Turns off echo on `fd` and nothing else (lines are still edited by the terminal and
  /// Enter still moves to the next line), for typing a PIN; nil if `fd` is not a
  /// terminal. ``restore()`` turns it back on.
  package static func hideInput(_ fd: Int32) -> RawTerminalMode? {
    var settings = termios()
    guard tcgetattr(fd, &settings) == 0 else { return nil }
    let saved = settings
    settings.c_lflag &= ~tcflag_t(ECHO)
    settings.c_lflag |= tcflag_t(ECHONL)
    while tcsetattr(fd, TCSANOW, &settings) != 0 {
      if errno != EINTR { return nil }
    }
    return RawTerminalMode(fd: fd, saved: saved)
  }

  /// Puts the settings back as they were.
  package func restore() {
    var settings = saved
    _ = tcsetattr(fd, TCSANOW, &settings)
  }

  /// Ignores the job-control and quit signals: Ctrl-Z and Ctrl-\ from a remote terminal
  /// (or a `kill -TSTP`) can neither stop the kiosk, leaving a journal locked by a
  /// sleeping process, nor make it dump core. Also ignores background terminal I/O stops.
  package static func ignoreJobControlSignals() {
    var ignore = sigaction()
    #if canImport(Glibc)
      ignore.__sigaction_handler.sa_handler = SIG_IGN
    #else
      ignore.__sigaction_u.__sa_handler = SIG_IGN
    #endif
    sigemptyset(&ignore.sa_mask)
    for signal in [SIGTSTP, SIGQUIT, SIGTTIN, SIGTTOU] { sigaction(signal, &ignore, nil) }
  }

  /// The result of waiting for input.
  package enum Wait: Equatable, Sendable {
    case ready
    case timedOut
    /// Nothing to read yet (a signal already handled woke the wait): wait again.
    case again
    /// A signal arrived (see ``InterruptSignal``).
    case interrupted
  }

  /// Waits until `fd` has input (or is closed), a stop signal arrives, or `milliseconds`
  /// pass.
  package static func waitForInput(_ fd: Int32, milliseconds: Int) -> Wait {
    if InterruptSignal.pending != nil { return .interrupted }
    var watched = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
    if let wake = InterruptSignal.wakeDescriptor {
      watched.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0))
    }
    let ready = poll(&watched, nfds_t(watched.count), Int32(clamping: milliseconds))
    if InterruptSignal.pending != nil { return .interrupted }
    if ready == 0 { return .timedOut }
    if ready < 0 { return errno == EINTR ? .again : .ready }
    return watched[0].revents != 0 ? .ready : .again
  }
}
