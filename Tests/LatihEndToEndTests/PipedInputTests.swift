import Foundation
import LatihCLI
import LatihTutor
import Testing

/// Piped standard input drives the same flow line by line, as in the issue:
/// `printf 'Siti\n…' | latih learn apa-itu-afiliasi --no-shuffle`.
@Suite struct PipedInputTests {
  /// Journal events without what differs between two runs (ids, times, run ids, seq,
  /// checksums), as comparable text.
  static func comparable(_ events: [[String: Any]]) throws -> [String] {
    try events.map { event in
      var fields = event
      for key in ["seq", "id", "t", "dev", "p", "run", "crc", "seed"] { fields[key] = nil }
      let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }
  }

  @Test func allAtOnceRecordsWhatTypingLineByLineRecords() throws {
    let script = try CourseScript(.id)
    let lesson = try script.lesson("apa-itu-afiliasi")
    let wrong = lesson.questions[3].id
    let lines = ["Siti", ""] + script.lines(through: lesson, wrongFirst: [wrong]) + [""]

    let piped = try Paths.freshData()
    defer { Paths.remove(piped) }
    let run = try LatihProcess.run(
      ["learn", "apa-itu-afiliasi", "--no-shuffle"], data: piped,
      input: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "end of input after the lesson is a normal end")
    #expect(run.errors.isEmpty)
    #expect(!run.output.contains("\u{1B}"), "no colour and no screen clearing on a pipe")
    let words = Screen.words(run.output)
    #expect(words.contains(script.text(TutorText.score(correct: 7, total: 8, percent: 88))))
    #expect(words.contains(script.text(TutorText.passed(passMark: 70))))
    #expect(run.output.hasSuffix("\n" + script.text(TutorText.progressSaved) + "\n"))

    let typed = try Paths.freshData()
    defer { Paths.remove(typed) }
    let latih = try LatihProcess(["learn", "apa-itu-afiliasi", "--no-shuffle"], data: typed)
    try latih.waitForPrompt(1)
    try latih.steps(lines)
    latih.closeInput()
    #expect(try latih.waitForExit() == 0)

    let expected = try Self.comparable(Recorded.journal(data: typed))
    #expect(try Self.comparable(Recorded.journal(data: piped)) == expected)
    let types = try Recorded.journal(data: piped).map { $0["type"] as? String ?? "" }
    #expect(types.first == "enrolled")
    #expect(types.filter { $0 == "answer" }.count == 8)
    #expect(types.filter { $0 == "page-reached" }.count == lesson.pages.count)
    #expect(types.last == "lesson-completed")
    let answers = try Recorded.journal(data: piped).filter { $0["type"] as? String == "answer" }
    #expect(answers[3]["question"] as? String == wrong)
    #expect(answers[3]["correct"] as? Bool == false)
    #expect(answers[3]["final"] as? Bool == true, "a true/false question gets one try")
  }

  /// On the shared laptop's home screen, input ending in the middle of someone's lesson
  /// says her progress is saved (not only goodbye).
  @Test func theHomeScreenSaysProgressIsSavedWhenInputEndsMidLesson() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let run = try LatihProcess.run([], data: data, input: "Siti\ny\n1\n\n")
    #expect(run.status == 0)
    #expect(run.output.hasSuffix(TutorText.progressSaved.text(in: .id) + "\n"))
  }

  @Test func theIssuesExampleStopsSafelyWhenInputEndsEarly() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let run = try LatihProcess.run(
      ["learn", "apa-itu-afiliasi", "--no-shuffle"], data: data, input: "Siti\n\n\n\n\na\nb c\n")
    #expect(run.status == 0)
    #expect(run.output.hasSuffix(TutorText.progressSaved.text(in: .id) + "\n"))
    let json = try Recorded.progress("Siti", data: data)
    let lesson = try #require(try Recorded.lessons(json)["apa-itu-afiliasi"])
    #expect(lesson["status"] as? String == "in-progress")
    #expect(lesson["page"] as? Int == 4, "Enter on three pages after enrolling: page 4")
  }

  @Test(arguments: ["q", "Q"])
  func quitAtAQuestionSavesAndEnds(_ quit: String) throws {
    let script = try CourseScript(.id)
    let lesson = try script.lesson("apa-itu-afiliasi")
    let readingPages = lesson.pages.filter { $0.kind == .reading }.count
    let lines =
      ["Rina", ""] + Array(repeating: "", count: readingPages)
      + [script.right(lesson.questions[0]), quit]
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let run = try LatihProcess.run(
      ["learn", "apa-itu-afiliasi", "--no-shuffle"], data: data,
      input: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0)
    // Piped input is echoed after the prompt, so the transcript reads as typed.
    #expect(run.output.hasSuffix("> \(quit)\n" + TutorText.progressSaved.text(in: .id) + "\n"))
    let answered = try Recorded.questions(
      try Recorded.lessons(Recorded.progress("Rina", data: data))["apa-itu-afiliasi"])
    #expect(answered.keys.sorted() == [lesson.questions[0].id])
  }
}

/// `latih` with no command: participants take turns on the hall laptop.
@Suite struct HomeScreenTests {
  @Test func participantsTakeTurnsUntilQuitAtTheWelcome() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let run = try LatihProcess.run([], data: data, input: "Siti\n\nq\nBudi\n\nq\nq\n")
    #expect(run.status == 0)
    let words = Screen.words(run.output)
    for name in ["Siti", "Budi"] {
      #expect(words.contains(TutorText.enrolled(name).text(in: .id)))
    }
    let next = TutorText.nextParticipant.text(in: .id)
    #expect(run.output.components(separatedBy: next).count == 3)
    #expect(run.output.components(separatedBy: "Selamat datang di Latih!").count == 4)
    #expect(run.output.hasSuffix(TutorText.goodbye.text(in: .id) + "\n"))
    let progress = try Recorded.progress(nil, data: data)
    let people = try #require(progress["participants"] as? [[String: Any]])
    #expect(people.compactMap { $0["name"] as? String }.sorted() == ["Budi", "Siti"])
  }
}
