import LatihBase
import LatihReport

/// The files of a programme export, written as the export is made: each goes to a
/// temporary file in `directory` and replaces its final name only when everything was
/// written and synced (``finish()``), so a failed export never leaves half a file under
/// the name a database would load.
struct ProgrammeFiles: ProgrammeSink {
  let fileSystem: any FileSystem
  let directory: String
  private var open: [String: (file: FileDescriptor, temporary: String)] = [:]
  /// File names in the order first written.
  private var order: [String] = []

  init(fileSystem: any FileSystem, directory: String) {
    self.fileSystem = fileSystem
    self.directory = directory
  }

  mutating func write(_ bytes: [UInt8], to file: String) throws(SystemError) {
    if open[file] == nil {
      let temporary = PathName.join(directory, ".\(file).tmp-\(ProcessFacts.processID)")
      do {
        let descriptor = try fileSystem.open(
          temporary, [.write, .create, .truncate], permissions: PrivatePermissions.file)
        open[file] = (descriptor, temporary)
        order.append(file)
      } catch {
        // The temporary name is Latih's own: the folder is what the user can act on.
        var failure = error
        failure.path = directory
        throw failure
      }
    }
    try fileSystem.write(open[file]!.file, bytes)
  }

  /// Syncs every file, gives each its final name (mode 0600) and syncs the folder.
  mutating func finish() throws(SystemError) {
    for name in order {
      guard let (file, temporary) = open.removeValue(forKey: name) else { continue }
      do {
        try fileSystem.sync(file)
      } catch {
        try? fileSystem.close(file)
        throw error
      }
      try fileSystem.close(file)
      try fileSystem.setPermissions(temporary, PrivatePermissions.file)
      try fileSystem.rename(temporary, to: PathName.join(directory, name))
    }
    try fileSystem.syncDirectory(directory)
  }

  /// Closes and removes the temporary files after a failure.
  mutating func abandon() {
    for (_, entry) in open {
      try? fileSystem.close(entry.file)
      try? fileSystem.remove(entry.temporary)
    }
    open = [:]
  }
}
