import Foundation
import Testing

/// A data folder remembers the exports it merged (`merged-exports`): the same file merged
/// again is skipped after one read, with a word, and changes nothing; a copy with other
/// bytes (CRLF) is checked again and brings nothing new.
@Suite struct MergeAgainTests {
  @Test func theSameFileMergedAgainIsSkippedAndAnEditedCopyIsChecked() throws {
    let laptop = try Paths.freshData()
    defer { Paths.remove(laptop) }
    let organizer = try Paths.freshData()
    defer { Paths.remove(organizer) }
    for arguments in [
      ["participants", "add", "Dewi Lestari"], ["record", "Dewi Lestari", "installed-app", "yes"],
    ] {
      #expect(try LatihProcess.run(arguments, data: laptop).status == 0)
    }
    let export = laptop.deletingLastPathComponent().appendingPathComponent("laptop.latih").path
    #expect(try LatihProcess.run(["export", "--out", export], data: laptop).status == 0)

    let first = try LatihProcess.run(["merge", export], data: organizer)
    #expect(first.status == 0 && first.output.contains("catatan baru"), "\(first.errors)")
    let list = organizer.appendingPathComponent("merged-exports").path
    let attributes = try FileManager.default.attributesOfItem(atPath: list)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let journals = try Self.contents(organizer)

    let again = try LatihProcess.run(["merge", export], data: organizer)
    #expect(again.status == 0, "\(again.errors)")
    #expect(again.output.contains("sudah pernah digabung"), "\(again.output)")
    #expect(try Self.contents(organizer) == journals)

    // The same events with CRLF line endings: other bytes, checked, nothing new.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: export))
    let crlf = export + ".crlf.latih"
    try Data(bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }).write(
      to: URL(fileURLWithPath: crlf))
    let copy = try LatihProcess.run(["merge", crlf], data: organizer)
    #expect(copy.status == 0 && copy.output.contains("0 catatan baru"), "\(copy.output)")
    #expect(try Self.contents(organizer) == journals)
  }

  /// Every journal's bytes in the data folder.
  static func contents(_ data: URL) throws -> [String: Data] {
    let folder = data.appendingPathComponent("participants")
    var found: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      found[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    found["sessions"] = try? Data(contentsOf: data.appendingPathComponent("sessions.jsonl"))
    return found
  }
}
