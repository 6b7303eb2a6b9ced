import LatihBase

/// A lock file in the data folder held for a whole command (`import.lock` for
/// `participants import`), so two such commands run one after the other, never
/// interleaved: two imports of one roster at once would each find the names missing and
/// both enrol them.
package final class FolderLock {
  private let fileSystem: any FileSystem
  private var file: FileDescriptor?

  private init(fileSystem: any FileSystem, file: FileDescriptor) {
    self.fileSystem = fileSystem
    self.file = file
  }

  deinit { release() }

  /// What waiting for the lock gave.
  package enum Outcome {
    case taken(FolderLock)
    /// Still held by another process after the wait.
    case busy
    /// Ctrl-C (or a hang-up, a `kill`) while waiting.
    case interrupted
  }

  /// Takes the lock file `name` in `store`'s folder (made 0600 if missing), waiting up
  /// to `seconds` while another Latih holds it; `waiting` is called once, when the wait
  /// starts. A signal ends the wait at once.
  package static func take(
    _ name: String, in store: DataStore, seconds: Int, waiting: () -> Void
  ) throws(SystemError) -> Outcome {
    let fileSystem = store.fileSystem
    let path = PathName.join(store.directory, name)
    let file = try fileSystem.open(path, [.write, .create], permissions: PrivatePermissions.file)
    var waited = 0
    do {
      // 0600 whatever the umask (as journals): the creation mode is masked.
      try fileSystem.setPermissions(path, PrivatePermissions.file)
      while try !fileSystem.lockExclusively(file) {
        if waited == 0 { waiting() }
        if InterruptSignal.pending != nil {
          try? fileSystem.close(file)
          return .interrupted
        }
        if waited >= seconds * 20 {
          try? fileSystem.close(file)
          return .busy
        }
        waited += 1
        Pause.milliseconds(50)
      }
    } catch {
      try? fileSystem.close(file)
      throw error
    }
    return .taken(FolderLock(fileSystem: fileSystem, file: file))
  }

  /// Releases the lock (closing the file).
  package func release() {
    if let file { try? fileSystem.close(file) }
    file = nil
  }
}
