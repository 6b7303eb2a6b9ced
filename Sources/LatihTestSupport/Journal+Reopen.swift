import LatihBase
import LatihData

extension Journal {
  /// Opens a journal again in a test, waiting out a lock that is busy for an instant.
  ///
  /// A process that another test spawns from the same test process holds a copy of every
  /// descriptor between its fork and its exec (`O_CLOEXEC` closes them only at the exec),
  /// so a journal this test has just closed can still be locked for a moment. The commands
  /// wait the same way (`Journal.openWaiting`); a test that expects "busy" calls
  /// ``Journal/open(_:fileSystem:create:)`` directly.
  package static func reopen(
    _ path: String, fileSystem: any FileSystem, create: Bool = false
  ) throws(JournalError) -> Journal {
    var attempt = 0
    var create = create
    while true {
      do {
        return try Journal.open(path, fileSystem: fileSystem, create: create)
      } catch .busy(let busy) {
        create = false  // busy: it exists
        attempt += 1
        if attempt >= 40 { throw .busy(path: busy) }
        Pause.milliseconds(50)
      }
    }
  }
}
