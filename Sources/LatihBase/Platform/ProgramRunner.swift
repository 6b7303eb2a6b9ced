#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs an external program (OpenSSH's tools, `useradd`, `qrencode`) as a program, never
/// linked: its output goes to Latih's own standard output and error.
package enum ProgramRunner {
  /// Runs `arguments` (the first is looked up on `PATH`), giving it `input` on standard
  /// input when set; returns its exit status (127 when it cannot be started).
  package static func run(_ arguments: [String], input: String? = nil) -> Int32 {
    guard !arguments.isEmpty else { return 127 }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var ends: [Int32] = [-1, -1]
    if input != nil {
      guard pipe(&ends) == 0 else { return 127 }
      posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
      posix_spawn_file_actions_addclose(&actions, ends[1])
    }
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let started = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    if input != nil { close(ends[0]) }
    guard started == 0 else {
      if input != nil { close(ends[1]) }
      return 127
    }
    if let input {
      Array(input.utf8).withUnsafeBytes { try? Syscall.writeAll(ends[1], $0, "pipe") }
      close(ends[1])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return 127 }
    }
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }

  /// Whether `name` is an executable file in one of `PATH`'s folders.
  package static func isInstalled(_ name: String, path: String?) -> Bool {
    (path ?? "/usr/bin:/bin").split(separator: ":").contains { folder in
      access("\(folder)/\(name)", X_OK) == 0
    }
  }
}
