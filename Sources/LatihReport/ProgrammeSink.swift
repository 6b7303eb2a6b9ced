import LatihBase

/// Where a programme export's bytes go, in pieces as they are made: one file for SQL,
/// one file per table (and the scripts beside them) for CSV. `file` is a plain file name.
package protocol ProgrammeSink {
  /// Appends `bytes` to `file` (opened on first use).
  mutating func write(_ bytes: [UInt8], to file: String) throws(SystemError)
}
