import Foundation
import LatihBase
import Testing

/// Three `latih participants import` of one 30-name roster started at the same moment
/// (real processes) make 30 people: imports are serialised by `import.lock`.
@Suite struct ConcurrentImportTests {
  @Test func threeImportsAtOnceMakeThirtyPeople() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let roster = data.deletingLastPathComponent().appendingPathComponent("roster.csv")
    let names = (1...30).map { "Peserta Bersamaan \($0)" }
    try ("nama\n" + names.joined(separator: "\n") + "\n").write(
      to: roster, atomically: false, encoding: .utf8)
    let imports = try (0..<3).map { _ in
      try LatihProcess(["participants", "import", roster.path], data: data)
    }
    for process in imports {
      process.closeInput()
      #expect(try process.waitForExit() == 0, "\(process.errors)")
    }
    let listed = try LatihProcess.run(["participants", "list"], data: data)
    let lines = listed.output.split(separator: "\n").filter { $0.contains("Peserta Bersamaan") }
    #expect(lines.count == 30, "\(listed.output)")
    let said = imports.map(\.output).joined()
    #expect(said.contains("Diimpor: 30 peserta"))
  }
}
