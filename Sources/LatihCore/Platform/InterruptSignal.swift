#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization

/// Ctrl-C, a closed terminal and `kill`: noticed, never fatal mid-write.
///
/// The handlers only record which signal arrived. They are installed without
/// `SA_RESTART`, so a blocked `read(2)` on the terminal returns `EINTR` and the line
/// reader can report "interrupted"; every other call retries `EINTR` (see ``Syscall``).
public enum InterruptSignal {
  /// The last signal received (0 for none). Signal handlers cannot capture context, so
  /// this one atomic is shared process state by necessity.
  private static let received = Atomic<Int32>(0)

  /// Installs the handlers for SIGINT, SIGTERM and SIGHUP and ignores SIGPIPE and SIGXFSZ:
  /// a closed pipe or a file-size limit (`ulimit -f`) then fails the write with `EPIPE` or
  /// `EFBIG`, which is reported ("disk full"), instead of killing Latih mid-write.
  public static func install() {
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { number in
          InterruptSignal.received.store(number, ordering: .relaxed)
        }
      #else
        action.__sigaction_u.__sa_handler = { number in
          InterruptSignal.received.store(number, ordering: .relaxed)
        }
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signal, &action, nil)
    }
    var ignore = sigaction()
    #if canImport(Glibc)
      ignore.__sigaction_handler.sa_handler = SIG_IGN
    #else
      ignore.__sigaction_u.__sa_handler = SIG_IGN
    #endif
    sigaction(SIGPIPE, &ignore, nil)
    sigaction(SIGXFSZ, &ignore, nil)
  }

  /// The signal received since the last ``clear()``, if any.
  public static var pending: Int32? {
    let value = received.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }

  /// Forgets a received signal.
  public static func clear() { received.store(0, ordering: .relaxed) }
}
