import Testing

@testable import LatihBase

/// Command output on a narrow terminal: long lines wrapped at spaces by display width,
/// keeping their indent; short lines (tables) untouched; no width, no change.
@Suite struct TextOutputTests {
  @Test func aLongLineIsWrappedAtSpacesWithItsIndent() {
    let text =
      "latih: tidak ada peserta 'Dewi'; mungkin maksudnya:\n  Dewi Lestari (kelompok Mawar, id 992468)"
    let fitted = BufferOutput.fitted(text, width: 40)
    let lines = fitted.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    #expect(lines[0] == "latih: tidak ada peserta 'Dewi'; mungkin")
    #expect(lines[1] == "maksudnya:")
    #expect(lines[2].hasPrefix("  Dewi Lestari"))
    #expect(lines.dropFirst(2).allSatisfy { $0.hasPrefix("  ") })
    #expect(
      fitted.replacing("\n", with: " ").split(separator: " ")
        == text.split(whereSeparator: { $0 == " " || $0 == "\n" }))
  }

  @Test func shortLinesAndTablesStayExactly() {
    let table = "No  Nama          Kelompok\n 1  Siti Aminah   Mawar\n\n 2  Dédé Rosali   Melati"
    #expect(BufferOutput.fitted(table, width: 40) == table)
  }

  @Test func anOutputWithoutAWidthWritesAsIs() {
    let output = BufferOutput(isTerminal: true)
    let long = String(repeating: "kata ", count: 30)
    output.line(long)
    #expect(output.text == long + "\n")
  }
}
