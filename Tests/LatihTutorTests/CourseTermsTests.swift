import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihTutor

/// The near-miss rule meets the course's own words, "I don't know" in a test, and no
/// typo check in a test.
@Suite struct CourseTermsTests {
  @Test func aWordOfTheCourseIsAnAnswerNotATypo() throws {
    let course = try TutorCourse.bundled()
    let terms = CourseTerms(course: course, language: .id)
    // "makro" is a real word of the course (the influencer tiers): a wrong answer.
    #expect(terms.contains("makro"))
    #expect(!AnswerMatcher.isNearMiss("makro", accepted: ["mikro"], in: .id, terms: terms))
    #expect(
      !AnswerMatcher.isNearMiss("Makro", accepted: ["influencer mikro"], in: .id, terms: terms)
    )
    // A misspelling that is no word of the course is still "almost".
    #expect(!terms.contains("mkro"))
    #expect(AnswerMatcher.isNearMiss("mkro", accepted: ["mikro"], in: .id, terms: terms))
    #expect(AnswerMatcher.isNearMiss("mikor", accepted: ["mikro"], in: .id, terms: terms))
    let english = CourseTerms(course: course, language: .en)
    #expect(!AnswerMatcher.isNearMiss("macro", accepted: ["micro"], in: .en, terms: english))
    #expect(AnswerMatcher.isNearMiss("mircro", accepted: ["micro"], in: .en, terms: english))
  }

  @Test func theMachineUsesTheCourseWords() throws {
    var lesson = TutorCourse.lesson
    lesson = lesson.replacingOccurrences(
      of: "### Tanggal berapa orang biasanya gajian? [short] {#singkat}\n- 25\n- tanggal 25",
      with: "### Jenis influencer dengan 50.000 pengikut? [short] {#singkat}\n- mikro")
    lesson += "\n\nInfluencer makro punya 100.000 pengikut atau lebih.\n"
    let course = try TutorCourse.load(["contoh": lesson, "tes": TutorCourse.test])
    var harness = try MachineHarness(course)
    harness.start()
    harness.send(["", "", "y", "y", ""])
    while harness.questionID != "singkat" { harness.answerRight() }
    // A typo costs no try; a real word of the course is an answer (wrong).
    #expect(harness.send("mkro").output.first == .message(.answerProblem(.nearMiss)))
    #expect(harness.answers.last?.question != "singkat")
    harness.send("makro")
    #expect(harness.answers.last?.question == "singkat")
    #expect(harness.answers.last?.correct == false)
    #expect(harness.answers.last?.response == "makro")
  }

  static let shortTest = """
    ---
    id: tes
    title: Tes Awal dan Akhir
    minutes: 5
    kind: test
    ---

    ## Tes [quiz]
    ### Jenis influencer dengan 50.000 pengikut? [short] {#t1}
    - mikro

    ### Siapa yang membuat konten? {#t2}
    - (x) Afiliator
    - ( ) Konsumen

    ### Berapa kali 0 ditambah 0? [short] {#t3}
    - 0
    """

  @Test func aTestTakesNoTypoCheckAndOffersDontKnow() throws {
    let course = try TutorCourse.load(["contoh": TutorCourse.lesson, "tes": Self.shortTest])
    var harness = try MachineHarness(course, lesson: "tes", tag: .post)
    harness.start()
    // One try, no hints: a near miss is graded as typed (wrong), never "almost".
    let step = harness.send("mkro")
    #expect(!step.output.contains(.message(.answerProblem(.nearMiss))))
    #expect(harness.answers.last?.correct == false)
    #expect(harness.answers.last?.response == "mkro")
    // The keys offer "don't know"; 0 records a wrong, final answer with an empty response.
    #expect(
      step.output.contains { if case .keys(.question(_, _, 1, true)) = $0 { true } else { false } })
    harness.send("0")
    let dontKnow = try #require(harness.answers.last)
    #expect(dontKnow.question == "t2")
    #expect(dontKnow.correct == false && dontKnow.final == true && dontKnow.response == "")
    // Where 0 is itself the accepted answer, it is that answer.
    harness.send("0")
    #expect(harness.answers.last?.question == "t3")
    #expect(harness.answers.last?.correct == true)
  }

  @Test(arguments: [
    (Language.id, "0"), (.id, "tidak tahu"), (.id, "Tidak tahu."), (.id, "tdk tau"),
    (.id, "gak tahu"), (.en, "0"), (.en, "don't know"), (.en, "Dont know"), (.en, "idk"),
  ])
  func dontKnowWords(language: Language, typed: String) throws {
    let course = try TutorCourse.load()
    let question = try #require(course.lesson("tes", in: .id)?.questions.first)
    let view = QuestionView(question, seed: 0, shuffled: false)
    #expect(AnswerParser.parse(typed, for: view, in: language, test: true) == .success(.dontKnow))
    // Outside a test there is no "don't know": it is not a letter.
    #expect(AnswerParser.parse(typed, for: view, in: language) != .success(.dontKnow))
    #expect(Grader.grade(.dontKnow, for: view, in: language) == (false, ""))
  }

  @Test(arguments: Language.allCases)
  func theTestHelpAndKeysSayHowToSayDontKnow(_ language: Language) {
    let keys = TutorText.keys(.question(.single, letters: 3, tries: 1, test: true))
    #expect(keys.text(in: language).hasPrefix("[0] "))
    let lessonKeys = TutorText.keys(.question(.single, letters: 3, tries: 2))
    #expect(!lessonKeys.text(in: language).contains("[0]"))
    let help = TutorText.help(.question(.single, letters: 3, tries: 1, test: true))
    #expect(help.text(in: language).contains(" 0 "))
  }
}
