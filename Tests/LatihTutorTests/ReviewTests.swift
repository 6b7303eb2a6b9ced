import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Endings that summarise: a lesson lists its missed questions with the answer given and
/// the right one in full text; the post-test reviews every question; the pre-test none.
@Suite struct ReviewTests {
  let course: Course
  init() throws { course = try TutorCourse.load() }

  func screen(_ outputs: [TutorOutput], _ language: Language = .id) -> String {
    TutorRenderer(language: language, width: 40, style: .plain, clearsScreen: false)
      .render(outputs).replacingOccurrences(of: "\n", with: " ")
      .split(separator: " ").joined(separator: " ")
  }

  @Test func aLessonSummaryListsMissedQuestionsInFullText() throws {
    var harness = try MachineHarness(course)
    harness.start()
    harness.send(["", "", "y", "y", ""])
    while let id = harness.questionID {
      switch id {
      case "tunggal":
        // Wrong twice: Konsumen, whatever letter it has in this run.
        let view = try #require(harness.view)
        let konsumen = try #require(view.order.firstIndex(of: 0))
        harness.send([QuestionView.letter(konsumen), QuestionView.letter(konsumen)])
      case "singkat": harness.send(["30", "31"])
      default: harness.answerRight()
      }
    }
    harness.send("")
    #expect(harness.machine.position == .summary)
    guard case .summary(let summary)? = harness.last.output.first(where: isSummary) else {
      Issue.record("no summary")
      return
    }
    #expect(summary.review.map(\.view.question.id) == ["tunggal", "singkat"])
    #expect(summary.review.map(\.response) == ["1", "31"])
    let text = screen(harness.last.output)
    #expect(text.contains("Soal yang belum tepat:"))
    #expect(text.contains("Jawaban Anda: Konsumen"))
    #expect(text.contains("Jawaban yang benar: Merchant"))
    #expect(text.contains("Jawaban Anda: 31"))
    #expect(text.contains("Jawaban yang benar: 25"))
    // Full text, never the run's letters.
    #expect(!text.contains("Jawaban yang benar: b)") && !text.contains("Jawaban Anda: a)"))
  }

  @Test func everyKindOfAnswerReadsAsText() throws {
    let lesson = try #require(course.lesson("contoh", in: .id))
    let renderer = TutorRenderer(language: .en, width: 60, style: .plain, clearsScreen: false)
    func item(_ id: String, _ response: String) throws -> ReviewItem {
      let question = try #require(lesson.questions.first { $0.id == id })
      return ReviewItem(
        view: QuestionView(question, seed: 0, shuffled: false), response: response, correct: false)
    }
    #expect(renderer.answer("2,3", try item("semua", "2,3")) == ["Afiliator; Downline"])
    #expect(
      renderer.answer("3,1,2", try item("urutan", "3,1,2"))
        == ["Pilih Creator Center", "Login", "Buka profil"])
    #expect(renderer.answer("true", try item("benar-salah", "true")) == ["True"])
    #expect(renderer.answer("", try item("tunggal", "")) == ["don't know"])
    #expect(renderer.answer("9", try item("tunggal", "9")) == ["9"])
    #expect(
      renderer.rightAnswerTexts(try item("urutan", "").view.question)
        == ["Login", "Buka profil", "Pilih Creator Center"])
  }

  @Test(arguments: [TestTag.pre, .post])
  func thePreTestThanksThePostTestReviewsEverything(_ tag: TestTag) throws {
    var harness = try MachineHarness(course, lesson: "tes", tag: tag)
    harness.start()
    harness.send("0")
    harness.answerRight()
    let text = screen(harness.last.output)
    if tag == .pre {
      #expect(text.contains("Terima kasih, tes awal selesai!"))
      for word in ["LULUS", "Skor", "Pembahasan", "Jawaban yang benar", "Merchant"] {
        #expect(!text.contains(word), "\(word)")
      }
    } else {
      #expect(text.contains("Skor: 1 dari 2 soal benar (50%)."))
      #expect(text.contains("batas lulus 70%"))
      #expect(text.contains("Pembahasan semua soal:"))
      #expect(text.contains("✗ Siapa yang membayar komisi?"))
      #expect(text.contains("Jawaban Anda: tidak tahu"))
      #expect(text.contains("Jawaban yang benar: Merchant"))
      #expect(text.contains("Merchant membayar komisi."))
      #expect(text.contains("✓ Siapa yang membuat konten?"))
      #expect(text.contains("Jawaban yang benar: Afiliator"))
      #expect(text.contains("Kursus selesai!"))
    }
  }

  @Test func aTestTakenPartWayThroughShowsNoKey() throws {
    var harness = try MachineHarness(course, lesson: "tes")
    harness.start()
    harness.answerWrong()
    harness.answerRight()
    guard case .summary(let summary)? = harness.last.output.first(where: isSummary) else {
      Issue.record("no summary")
      return
    }
    #expect(summary.role == .neither)
    #expect(summary.review.isEmpty)
    #expect(!screen(harness.last.output).contains("Jawaban yang benar"))
  }

  private func isSummary(_ output: TutorOutput) -> Bool {
    if case .summary = output { return true }
    return false
  }
}
