import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// A hint that sends the participant to a table can be followed: it names the page and
/// the key, the key is in the question's hints, and going back from the question reaches
/// the table and returns to the same question and try.
@Suite struct RereadTableTests {
  @Test(arguments: [Language.id, .en])
  func theTableHintLeadsToTheTableAndBack(_ language: Language) throws {
    let course = try TutorCourse.bundled()
    let lesson = try #require(course.lesson("apa-itu-afiliasi", in: language))
    let question = try #require(lesson.questions.first { $0.id == "tingkat-13000" })
    let hint = try #require(question.hint)
    let hintText = hint.spans.map(\.text).joined()
    // The page the hint names holds a table, and its title is in the hint.
    let tablePage = try #require(
      lesson.pages.indices.first { index in
        let page = lesson.pages[index]
        return page.blocks.contains { if case .table = $0 { return true } else { return false } }
          && hintText.contains(page.title.spans.map(\.text).joined())
      })
    #expect(hintText.contains("\(tablePage + 1)"), "the hint names the table's page")
    #expect(hintText.contains("<"), "the hint names the key")
    let keys = TutorText.keys(.question(.short, letters: 0, tries: 2)).text(in: language)
    #expect(keys.contains("[<]"), "the key is in the question's hints")

    let opening = LessonOpening(
      run: "r", lesson: lesson.id, language: .id, seed: 0, shuffled: false)
    var harness = MachineHarness(LessonMachine(lesson: lesson, course: course, opening: opening))
    _ = harness.start()
    var guardCount = 0
    while harness.questionID != question.id && guardCount < 200 {
      guardCount += 1
      if harness.view != nil { _ = harness.answerRight() } else { _ = harness.send("") }
    }
    let wrong = harness.answerWrong()
    #expect(
      wrong.output.contains { output in
        if case .feedback(let feedback) = output { return feedback.hint == hint }
        return false
      })
    // `<` from the question, then `<` until the table's page is on screen.
    _ = harness.send("<")
    var pagesBack = 0
    while harness.machine.position != .rereading(page: tablePage, returnPage: 9, question: 6)
      && pagesBack < lesson.pages.count
    {
      pagesBack += 1
      _ = harness.send("<")
    }
    guard case .rereading(let page, _, _) = harness.machine.position else {
      Issue.record("not re-reading: \(harness.machine.position)")
      return
    }
    #expect(page == tablePage)
    // Enter: the same question, second try.
    let back = harness.send("")
    #expect(harness.questionID == question.id)
    #expect(
      back.output.contains { output in
        if case .question(_, _, _, let attempt, _) = output { return attempt == 2 }
        return false
      })
  }
}
