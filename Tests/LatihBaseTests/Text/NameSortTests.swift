import Testing

@testable import LatihBase

/// Names sorted quickly in `String` order.
@Suite struct NameSortTests {
  /// A small deterministic generator (the same names on every run).
  struct Generator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test func asciiNamesSortAsStringsDo() {
    // Names that share their first eight bytes (and more), shorter names that are a
    // prefix of longer ones, every length from 0 to 20, and all printable ASCII.
    var generator = Generator(state: 7)
    let alphabet = Array("0123456789abcdef .-_~AZaz!\u{7F}\u{1}")
    var names: [String] = ["", "a", "ab", "abcdefgh", "abcdefgh0", "abcdefg", "abcdefgi"]
    for _ in 0..<3000 {
      let shared = ["", "0123abcd", "0123abcd9", "zz"][generator.next(4)]
      let length = generator.next(21)
      names.append(
        shared + String((0..<length).map { _ in alphabet[generator.next(alphabet.count)] }))
    }
    names += names.prefix(50)  // repeats
    let sorted = NameSort.sorted(names)
    #expect(sorted == names.sorted())
    #expect(NameSort.asciiPrefix("abcdefgh0") == NameSort.asciiPrefix("abcdefgh"))
    #expect(NameSort.asciiPrefix("ab")! < NameSort.asciiPrefix("ab0")!)
  }

  @Test func namesBeyondASCIISortAsStringsDo() {
    let names = ["é.jsonl", "e\u{301}x", "z", "a", "Ä", "ab", "日本", "0a"]
    #expect(NameSort.asciiPrefix("é") == nil)
    #expect(NameSort.sorted(names) == names.sorted())
  }

  @Test func fewNames() {
    #expect(NameSort.sorted([]) == [])
    #expect(NameSort.sorted(["b"]) == ["b"])
    #expect(NameSort.sorted(["b", "a"]) == ["a", "b"])
  }
}
