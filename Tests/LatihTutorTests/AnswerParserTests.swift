import Testing

@testable import LatihCourse
@testable import LatihTutor

/// Typed answers understood (or refused) and graded, and lenient short-answer matching.
@Suite struct AnswerParserTests {
  let lesson: Lesson
  init() throws { lesson = try #require(try TutorCourse.load().lesson("contoh", in: .id)) }

  /// The question `id` with options in file order (order questions stay shuffled).
  func view(_ id: String, seed: UInt64 = 42, shuffled: Bool = false) -> QuestionView {
    QuestionView(lesson.question(id: id)!, seed: seed, shuffled: shuffled)
  }

  @Test(arguments: [
    ("tunggal", "b", ParsedAnswer.choices([1])),
    ("tunggal", " C ", .choices([2])),
    ("semua", "a c", .choices([0, 2])),
    ("semua", "a,c", .choices([0, 2])),
    ("semua", "c, a", .choices([0, 2])),
    ("semua", "ca", .choices([0, 2])),
    ("semua", "A;B", .choices([0, 1])),
    ("semua", "b", .choices([1])),
    ("tunggal", "b)", .choices([1])),
    ("tunggal", "(b)", .choices([1])),
    ("tunggal", "b.", .choices([1])),
    ("semua", "a) c)", .choices([0, 2])),
    ("benar-salah", "B", .truth(true)),
    ("benar-salah", "benar", .truth(true)),
    ("benar-salah", "Salah", .truth(false)),
    ("benar-salah", "s", .truth(false)),
    ("benar-salah", "T", .truth(true)),
    ("benar-salah", "false", .truth(false)),
    ("benar-salah", "ya", .truth(true)),
    ("benar-salah", "tidak", .truth(false)),
    ("singkat", "  Tanggal   25 ", .text("Tanggal 25")),
  ])
  func understood(id: String, input: String, expected: ParsedAnswer) {
    #expect(AnswerParser.parse(input, for: view(id)) == .success(expected))
  }

  @Test func orderIsKeptAsTyped() {
    let order = view("urutan")
    #expect(AnswerParser.parse("c a b", for: order) == .success(.order([2, 0, 1])))
    #expect(AnswerParser.parse("cab", for: order) == .success(.order([2, 0, 1])))
    #expect(AnswerParser.parse("b,c,a", for: order) == .success(.order([1, 2, 0])))
  }

  @Test(arguments: [
    ("tunggal", "", AnswerProblem.empty),
    ("tunggal", "z", .unknownLetter("z", letters: 3)),
    ("tunggal", "d", .unknownLetter("d", letters: 3)),
    ("tunggal", "a a", .chooseOne(letters: 3)),
    ("tunggal", "ab", .chooseOne(letters: 3)),
    ("tunggal", "1", .unknownLetter("1", letters: 3)),
    ("tunggal", "é", .unknownLetter("é", letters: 3)),
    ("semua", "a a", .repeatedLetter("a")),
    ("semua", "aa", .repeatedLetter("a")),
    ("semua", "a d", .unknownLetter("d", letters: 3)),
    ("urutan", "a b", .orderIncomplete(letters: 3)),
    ("urutan", "a b c a", .repeatedLetter("a")),
    ("benar-salah", "mungkin", .trueOrFalse),
    ("benar-salah", "\t", .empty),
    ("singkat", " ", .empty),
  ])
  func refused(id: String, input: String, problem: AnswerProblem) {
    #expect(AnswerParser.parse(input, for: view(id)) == .failure(problem))
  }

  @Test func aLongShortAnswerIsCut() {
    let typed = String(repeating: "x", count: 500)
    let kept = String(repeating: "x", count: 120)
    #expect(AnswerParser.maximumTextLength == 120)
    #expect(AnswerParser.parse(typed, for: view("singkat")) == .success(.text(kept)))
  }

  @Test(arguments: [
    ("tunggal", "b", true, "2"), ("tunggal", "a", false, "1"),
    ("semua", "a b", true, "1,2"), ("semua", "a", false, "1"), ("semua", "a b c", false, "1,2,3"),
    ("benar-salah", "s", true, "false"), ("benar-salah", "b", false, "true"),
    ("singkat", "Tanggal  25.", true, "Tanggal 25."), ("singkat", "26", false, "26"),
  ])
  func gradedInFileTerms(id: String, input: String, correct: Bool, response: String) throws {
    let question = view(id)
    let parsed = try AnswerParser.parse(input, for: question).get()
    let graded = Grader.grade(parsed, for: question)
    #expect(graded.correct == correct)
    #expect(graded.response == response)
  }

  @Test func shuffledChoicesAreStoredAsFileOptions() throws {
    let shuffled = view("tunggal", seed: 3, shuffled: true)
    #expect(shuffled.order != [0, 1, 2], "seed 3 must shuffle this question for the test")
    let merchant = try #require(shuffled.order.firstIndex(of: 1))
    let graded = Grader.grade(.choices([merchant]), for: shuffled)
    #expect(graded.correct)
    #expect(graded.response == "2")
  }

  @Test func orderIsRightOnlyInTheFileOrder() throws {
    let order = view("urutan")
    let right = try AnswerParser.parse(order.correctLetters, for: order).get()
    let graded = Grader.grade(right, for: order)
    #expect(graded.correct)
    #expect(graded.response == "1,2,3")
    let asShown = Grader.grade(.order([0, 1, 2]), for: order)
    #expect(!asShown.correct)
    #expect(asShown.response == order.order.map { String($0 + 1) }.joined(separator: ","))
  }

  @Test func explanationsOfPickedOptions() {
    let question = view("tunggal")
    #expect(
      Grader.pickedExplanations(.choices([0]), for: question) == [
        RichText(plain: "Konsumen hanya membeli.")
      ])
    #expect(Grader.pickedExplanations(.choices([1]), for: question).isEmpty)
    #expect(Grader.pickedExplanations(.truth(true), for: question).isEmpty)
  }

  @Test(arguments: [
    ("Sabtu", true), ("sabtu", true), ("SABTU.", true), ("  sabtu  ", true), ("Sábtu", true),
    ("sabtu!", true), ("Sa\u{0301}btu", true), ("sabtu minggu", false), ("", false), (".", false),
    ("sabtu.5", false),
  ])
  func shortAnswerMatching(typed: String, matches: Bool) {
    #expect(AnswerMatcher.matches(typed, accepted: ["sabtu"]) == matches)
  }

  @Test func acceptedAnswersAreNormalisedToo() {
    #expect(AnswerMatcher.matches("tanggal 25", accepted: ["25", "Tanggal  25."]))
    #expect(AnswerMatcher.normalize(" Hari  Sábtu. ") == "hari sabtu")
    #expect(AnswerMatcher.normalize("Kreator?!") == "kreator")
  }
}
