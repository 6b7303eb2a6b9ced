import Testing

@testable import LatihCourse

/// Every question kind of FORMAT.md "Quizzes", with details, explanations, hints and ids.
@Suite struct LessonParserQuestionTests {
  /// An option as the parser builds it, at `line` of the test file.
  private func option(_ text: String, _ correct: Bool, line: Int, explanation: String? = nil)
    -> AnswerOption
  {
    AnswerOption(
      text: .plain(text), isCorrect: correct, explanation: explanation.map { .plain($0) },
      location: LatihCourse.SourceLocation(path: Fixture.path, line: line))
  }

  @Test func singleChoice() throws {
    let question = try Fixture.question(
      """
      ### Siapa yang membayar komisi afiliasi?
      - ( ) Konsumen
      - (x) Merchant (penjual)
      - ( ) Kantor pajak

      """)
    #expect(question.kind == .single)
    #expect(question.id == "q1")
    #expect(question.prompt == .plain("Siapa yang membayar komisi afiliasi?"))
    #expect(question.location == LatihCourse.SourceLocation(path: Fixture.path, line: 7))
    #expect(
      question.key
        == .single([
          option("Konsumen", false, line: 8), option("Merchant (penjual)", true, line: 9),
          option("Kantor pajak", false, line: 10),
        ]))
    #expect(question.details == [])
    #expect(question.explanation == nil)
    #expect(question.hint == nil)
  }

  @Test func singleChoiceAcceptsCapitalX() throws {
    let question = try Fixture.question("### Q\n- (X) a\n- ( ) b\n")
    #expect(question.key.options.map(\.isCorrect) == [true, false])
  }

  @Test func selectAllThatApply() throws {
    let question = try Fixture.question(
      """
      ### Mana saja syarat? (pilih semua yang benar)
      - [x] Berusia 18 tahun
      - [X] Pengikut minimal
      - [ ] Toko fisik

      """)
    #expect(
      question.key
        == .multiple([
          option("Berusia 18 tahun", true, line: 8), option("Pengikut minimal", true, line: 9),
          option("Toko fisik", false, line: 10),
        ]))
    #expect(question.prompt.plainText == "Mana saja syarat? (pilih semua yang benar)")
  }

  @Test(arguments: [("[true]", true), ("[false]", false)])
  func trueFalse(marker: String, answer: Bool) throws {
    let question = try Fixture.question("### Afiliasi sama dengan MLM. \(marker)\n")
    #expect(question.key == .trueFalse(answer))
    #expect(question.kind == .trueFalse)
    #expect(question.prompt == .plain("Afiliasi sama dengan MLM."))
  }

  @Test func order() throws {
    let question = try Fixture.question(
      "### Urutkan langkah berikut [order]\n1. Login\n2. Buka **profil**\n3) Pilih\n")
    #expect(
      question.key
        == .order([
          .plain("Login"), RichText(spans: [.init("Buka "), .init("profil", .strong)]),
          .plain("Pilih"),
        ]))
    #expect(question.prompt == .plain("Urutkan langkah berikut"))
  }

  @Test func shortAnswer() throws {
    let question = try Fixture.question(
      "### Tanggal berapa orang menerima gaji? [short]\n- 25\n-   tanggal 25  \n* Tgl. 25\n")
    #expect(question.key == .short(["25", "tanggal 25", "Tgl. 25"]))
    #expect(question.kind == .short)
  }

  @Test func explanationHintsAndOptionExplanations() throws {
    let question = try Fixture.question(
      """
      ### Berapa umur minimal? {#umur-minimal}
      - ( ) 15 tahun
        > 15 tahun masih terlalu muda
        > untuk program ini.
      - (x) 18 tahun
        sesuai KTP
      > [hint] Ingat syarat KTP.
      > Menurut halaman bantuan resmi,

      > kreator minimal 18 tahun.

      """)
    #expect(question.id == "umur-minimal")
    #expect(question.prompt == .plain("Berapa umur minimal?"))
    #expect(
      question.key.merged
        == .single([
          option(
            "15 tahun", false, line: 8,
            explanation: "15 tahun masih terlalu muda untuk program ini."),
          option("18 tahun sesuai KTP", true, line: 11),
        ]))
    #expect(question.hint == .plain("Ingat syarat KTP."))
    #expect(
      question.explanation?.merged
        == .plain("Menurut halaman bantuan resmi, kreator minimal 18 tahun."))
  }

  @Test func explanationOnTrueFalseQuestion() throws {
    let question = try Fixture.question("### Bisa tanpa KTP? [false]\n> Tidak bisa.\n")
    #expect(question.key == .trueFalse(false))
    #expect(question.explanation == .plain("Tidak bisa."))
  }

  @Test func detailsTextBeforeAnswers() throws {
    let question = try Fixture.question(
      """
      ### Apa yang sebaiknya Bu Sari lakukan?
      Bu Sari menjual keripik.
      Ia ingin *lebih laris*.

      Pengikutnya 500 orang.
      - (x) Jujur
      - ( ) Bohong

      """)
    #expect(
      question.details.map(\.merged) == [
        RichText(spans: [
          .init("Bu Sari menjual keripik. Ia ingin "),
          .init("lebih laris", .emphasis), .init("."),
        ]),
        .plain("Pengikutnya 500 orang."),
      ])
    #expect(question.key.options.count == 2)
  }

  @Test func idsDerivedAndExplicitOnOnePage() throws {
    let lesson = try Fixture.lesson(
      """
      ## Kuis [quiz]
      ### Satu [true]
      ### Dua [short] {#dua}
      - 2
      ### Tiga
      - (x) a
      - ( ) b

      """)
    #expect(lesson.questions.map(\.id) == ["q1", "dua", "q3"])
    #expect(lesson.questions.map(\.kind) == [.trueFalse, .short, .single])
    #expect(lesson.questions.map(\.location.line) == [7, 8, 10])
  }

  @Test func tenOptionsAndTenItemsAreAllowed() throws {
    let options = (1...10).map { "- [\($0 == 1 ? "x" : " ")] o\($0)" }.joined(separator: "\n")
    let items = (1...10).map { "\($0). i\($0)" }.joined(separator: "\n")
    let lesson = try Fixture.lesson("## K [quiz]\n### A\n\(options)\n### B [order]\n\(items)\n")
    #expect(lesson.questions.map(\.key.options.count) == [10, 0])
    if case .order(let list) = lesson.questions[1].key {
      #expect(list.count == 10)
    } else {
      Issue.record("expected an order question")
    }
  }

  @Test(arguments: [
    (QuestionKind.trueFalse, 2, false, 1), (.single, 2, false, 1), (.single, 3, false, 2),
    (.single, 4, false, 2), (.multiple, 3, false, 2), (.order, 3, false, 2),
    (.short, 1, false, 2), (.single, 3, true, 1),
  ])
  func tries(kind: QuestionKind, options: Int, isTest: Bool, expected: Int) {
    let location = LatihCourse.SourceLocation(path: Fixture.path, line: 1)
    let list = (0..<options).map { option("o\($0)", $0 == 0, line: 1 + $0) }
    let key: AnswerKey
    switch kind {
    case .single: key = .single(list)
    case .multiple: key = .multiple(list)
    case .trueFalse: key = .trueFalse(true)
    case .order: key = .order(list.map(\.text))
    case .short: key = .short(["a"])
    }
    let question = Question(id: "q", prompt: .plain("p"), key: key, location: location)
    #expect(question.tries(allowed: 2, isTest: isTest) == expected)
  }
}
