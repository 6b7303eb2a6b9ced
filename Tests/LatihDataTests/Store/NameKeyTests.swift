import Testing

@testable import LatihData

/// Swift's `==` on strings ignores normalisation, so these tests compare scalars.
@Suite struct NameKeyTests {
  static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  @Test(arguments: [
    ("Siti Nurhaliza", "Siti Nurhaliza"),
    ("Nurhaliza\u{301}", "Nurhaliz\u{E1}"),
    ("Nurhaliz\u{E1}", "Nurhaliz\u{E1}"),
    ("  Siti \t\n Nurhaliza\u{A0}\u{3000}binti\r\n", "Siti Nurhaliza binti"),
    ("Siti\u{0}\u{1B}[31m Nur\u{7F}haliza\u{9B}\u{85}", "Siti[31m Nurhaliza"),
    ("\u{202E}Siti\u{2066}\u{2069}\u{200E}\u{200F}\u{061C}", "Siti"),
    ("a \u{1B} b", "a b"),
    ("\u{1B}\u{7}\t ", ""),
    ("Ibu Dewi 👩‍👩‍👧", "Ibu Dewi 👩‍👩‍👧"),
  ])
  func cleanNormalisesAndRemovesUnsafeCharacters(input: String, expected: String) {
    #expect(Self.scalars(NameKey.clean(input)) == Self.scalars(expected))
    #expect(Self.scalars(NameKey.clean(NameKey.clean(input))) == Self.scalars(expected))
  }

  /// ASCII text that is already clean is returned as it is (a fast path); every other
  /// mix of letters, spaces, tabs and controls is cleaned as the rules say.
  @Test func asciiTextIsCleanedAsTheRulesSay() {
    let pieces = ["a", "B", " ", "  ", "\t", "\n", "\u{1}", "\u{1F}", "\u{7F}", "~"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      let words = text.unicodeScalars
        .filter { !($0.value < 0x20 && !(0x09...0x0D).contains($0.value)) && $0.value != 0x7F }
        .split { (0x09...0x0D).contains($0.value) || $0 == " " }
        .map { String(String.UnicodeScalarView($0)) }
      #expect(NameKey.clean(text) == words.joined(separator: " "), "\(Array(text.utf8))")
    }
    let long = String(repeating: "ab ", count: 60) + "c"
    #expect(NameKey.clean(long, limit: 10) == "ab ab ab a")
    #expect(NameKey.clean(String(long.prefix(9)), limit: 10) == "ab ab ab")
  }

  @Test func composedAndDecomposedNamesShareAKey() {
    let composed = "Siti Nurhaliz\u{E1}"
    let decomposed = "Siti Nurhaliza\u{301}"
    #expect(Self.scalars(composed) != Self.scalars(decomposed))
    #expect(Self.scalars(NameKey.key(composed)) == Self.scalars(NameKey.key(decomposed)))
    #expect(Self.scalars(NameKey.key(decomposed)) == Self.scalars("siti nurhaliz\u{E1}"))
  }

  @Test(arguments: ["SITI NURHALIZA", "siti nurhaliza", "Siti  Nurhaliza ", "sItI\tnUrHaLiZa"])
  func keyIgnoresCaseAndSpacing(variant: String) {
    #expect(NameKey.key(variant) == "siti nurhaliza")
  }

  @Test func keyKeepsAccentsApart() {
    #expect(Self.scalars(NameKey.key("Nurhalizá")) != Self.scalars(NameKey.key("Nurhaliza")))
  }

  @Test func cleanCapsTheLength() {
    let long = String(repeating: "a", count: 300)
    #expect(NameKey.clean(long).count == NameKey.maximumLength)
    let emoji = String(repeating: "👩‍👩‍👧", count: 200)
    #expect(NameKey.clean(emoji).count == NameKey.maximumLength)
  }

  /// Found by the roster-csv libFuzzer target: a cut just after a space left it there.
  @Test func cappedTextIsStillTrimmedAndCleaningTwiceChangesNothing() {
    let name = String(repeating: "a", count: NameKey.maximumLength - 1) + " bcd"
    let clean = NameKey.clean(name)
    #expect(clean == String(repeating: "a", count: NameKey.maximumLength - 1))
    #expect(NameKey.clean(clean) == clean)
    #expect(NameKey.clean("ab  cd", limit: 3) == "ab")
  }

  @Test(arguments: [
    ("Nurhalizá", "nurhaliza"), ("Nurhaliza\u{301}", "nurhaliza"), ("ÉCOLE", "ecole"),
    ("  Ça  va ", "ca va"), ("Jl. Merdeka", "jl. merdeka"),
  ])
  func foldedRemovesAccentsAndCase(input: String, expected: String) {
    #expect(Self.scalars(NameKey.folded(input)) == Self.scalars(expected))
  }
}
