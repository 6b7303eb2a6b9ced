import Testing

@testable import LatihCourse
@testable import LatihTutor

/// Deterministic shuffles (seeds are stored in journals, so an order must never change
/// between versions) and the display letters of right answers.
@Suite struct ShuffleTests {
  @Test func fnv1aKnownValues() {
    #expect(Shuffle.fnv1a("") == 0xCBF2_9CE4_8422_2325)
    #expect(Shuffle.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
    #expect(Shuffle.fnv1a("foobar") == 0x8594_4171_F739_67E8)
  }

  /// Values from an independent Fisher–Yates over SplitMix64 (seed XOR FNV-1a of the key).
  @Test(arguments: [
    (4, UInt64(42), "tunggal", [0, 3, 1, 2]),
    (3, 42, "tunggal", [1, 0, 2]),
    (5, 0, "empat-pihak", [4, 3, 1, 2, 0]),
    (3, 3, "tunggal", [1, 2, 0]),
    (4, 0, "urutan-tingkat", [1, 3, 0, 2]),
    (2, 42, "dua", [0, 1]),
    (1, 42, "satu", [0]),
    (0, 42, "kosong", []),
  ])
  func permutationIsPinned(count: Int, seed: UInt64, key: String, expected: [Int]) {
    #expect(Shuffle.permutation(count: count, seed: seed, key: key) == expected)
  }

  @Test func sameSeedAndKeySameOrderDifferentKeysDiffer() {
    let keys = (1...20).map { "q\($0)" }
    let first = keys.map { Shuffle.permutation(count: 6, seed: 99, key: $0) }
    let again = keys.map { Shuffle.permutation(count: 6, seed: 99, key: $0) }
    #expect(first == again)
    #expect(Set(first).count > 1)
    for order in first { #expect(order.sorted() == Array(0..<6)) }
  }

  @Test func derangedOrderSwapsAnAlreadySortedPermutation() {
    #expect(Shuffle.permutation(count: 3, seed: 42, key: "urutan") == [0, 1, 2])
    #expect(Shuffle.derangedOrder(count: 3, seed: 42, key: "urutan") == [1, 0, 2])
    #expect(Shuffle.derangedOrder(count: 3, seed: 0, key: "urutan") == [2, 0, 1])
  }

  @Test(arguments: 2...10)
  func orderQuestionsAreNeverShownAlreadySorted(count: Int) {
    for seed in UInt64(0)..<300 {
      for key in ["urutan", "langkah", "q7"] {
        let order = Shuffle.derangedOrder(count: count, seed: seed, key: key)
        #expect(order != Array(0..<count), "seed \(seed) key \(key)")
        #expect(order.sorted() == Array(0..<count))
      }
    }
  }

  @Test func singleItemOrderStaysAsItIs() {
    #expect(Shuffle.derangedOrder(count: 1, seed: 5, key: "x") == [0])
  }
}

/// ``QuestionView``: display order and the letters of the right answer.
@Suite struct QuestionViewTests {
  let lesson: Lesson
  init() throws { lesson = try #require(try TutorCourse.load().lesson("contoh", in: .id)) }

  func view(_ id: String, seed: UInt64, shuffled: Bool) -> QuestionView {
    QuestionView(lesson.question(id: id)!, seed: seed, shuffled: shuffled)
  }

  @Test(arguments: [
    ("tunggal", UInt64(0), false, [0, 1, 2], "b"),
    ("semua", 0, false, [0, 1, 2], "a b"),
    ("tunggal", 42, true, [1, 0, 2], "a"),
    ("tunggal", 3, true, [1, 2, 0], "a"),
    ("urutan", 42, false, [1, 0, 2], "b a c"),
    ("urutan", 42, true, [1, 0, 2], "b a c"),
    ("urutan", 0, false, [2, 0, 1], "b c a"),
    ("dua", 42, true, [0, 1], "a"),
    ("benar-salah", 42, true, [], ""),
    ("singkat", 42, true, [], ""),
  ])
  func orderAndCorrectLetters(
    id: String, seed: UInt64, shuffled: Bool, order: [Int], letters: String
  ) {
    let shown = view(id, seed: seed, shuffled: shuffled)
    #expect(shown.order == order)
    #expect(shown.correctLetters == letters)
  }

  @Test func choicesFollowTheDisplayOrder() {
    let shown = view("urutan", seed: 0, shuffled: false)
    let texts = shown.choices.map(\.plainText)
    #expect(texts == ["Pilih Creator Center", "Login", "Buka profil"])
    let single = view("tunggal", seed: 42, shuffled: true)
    #expect(single.choices.map(\.plainText) == ["Merchant", "Konsumen", "Kantor pajak"])
    #expect(view("benar-salah", seed: 1, shuffled: true).choices.isEmpty)
  }

  @Test func letters() {
    #expect(QuestionView.letter(0) == "a")
    #expect(QuestionView.letter(2) == "c")
    #expect(QuestionView.letter(9) == "j")
  }
}
