import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C, a closed terminal and `kill`: noticed, never fatal mid-write.
///
/// The handlers only record which signal arrived and write one byte to a wake-up pipe
/// (the self-pipe trick), so a reader waiting in `poll(2)` on the terminal and the pipe
/// notices a signal even if it arrived just before it started waiting. They are
/// installed without `SA_RESTART`; every other call retries `EINTR` (see ``Syscall``).
package enum InterruptSignal {
  /// The last signal received (0 for none). Signal handlers cannot capture context, so
  /// these atomics are shared process state by necessity.
  private static let received = Atomic<Int32>(0)
  /// The wake-up pipe's write end (-1 before ``install()``).
  private static let wakeWriter = Atomic<Int32>(-1)
  /// The wake-up pipe's read end (-1 before ``install()``).
  private static let wakeReader = Atomic<Int32>(-1)

  /// Installs the handlers for SIGINT, SIGTERM and SIGHUP, unblocks those signals (a
  /// launcher may have blocked them) and ignores SIGPIPE and SIGXFSZ: a closed pipe or a
  /// file-size limit (`ulimit -f`) then fails the write with `EPIPE` or `EFBIG`, which is
  /// reported ("disk full"), instead of killing Latih mid-write.
  package static func install() {
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
      for end in ends {
        _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      }
      wakeReader.store(ends[0], ordering: .relaxed)
      wakeWriter.store(ends[1], ordering: .relaxed)
    }
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      sigaddset(&unblock, signal)
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { number in InterruptSignal.note(number) }
      #else
        action.__sigaction_u.__sa_handler = { number in InterruptSignal.note(number) }
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signal, &action, nil)
    }
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    var ignore = sigaction()
    #if canImport(Glibc)
      ignore.__sigaction_handler.sa_handler = SIG_IGN
    #else
      ignore.__sigaction_u.__sa_handler = SIG_IGN
    #endif
    sigaction(SIGPIPE, &ignore, nil)
    sigaction(SIGXFSZ, &ignore, nil)
  }

  /// Called in the signal handler: only async-signal-safe work.
  private static func note(_ number: Int32) {
    received.store(number, ordering: .relaxed)
    let writer = wakeWriter.load(ordering: .relaxed)
    if writer >= 0 {
      var byte: UInt8 = 1
      let saved = errno
      _ = write(writer, &byte, 1)
      errno = saved
    }
  }

  /// The descriptor that becomes readable when a signal arrives, if installed.
  static var wakeDescriptor: Int32? {
    let reader = wakeReader.load(ordering: .relaxed)
    return reader >= 0 ? reader : nil
  }

  /// The signal received since the last ``clear()``, if any.
  package static var pending: Int32? {
    let value = received.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }

  /// Forgets a received signal and empties the wake-up pipe.
  package static func clear() {
    received.store(0, ordering: .relaxed)
    if let reader = wakeDescriptor {
      var buffer = [UInt8](repeating: 0, count: 64)
      while read(reader, &buffer, buffer.count) > 0 {}
    }
  }
}
