import Testing

@testable import LatihBase

/// Text for terminals without UTF-8.
struct ASCIIFallbackTests {
  @Test func barsBoxesAndMarksBecomeLookAlikes() {
    #expect(ASCIIFallback.convert("[████░░] ✓ Tepat! • a │ b ─") == "[####..] v Tepat! * a | b -")
  }

  @Test func accentsAreDroppedAndTheRestIsAQuestionMark() {
    #expect(ASCIIFallback.convert("Séla Ñoño 日本") == "Sela Nono ??")
    #expect(ASCIIFallback.convert("plain ASCII\n") == "plain ASCII\n")
  }
}
