import Foundation
import LatihBase
import LatihCLI
import LatihCourse
import LatihTutor
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The "Done when", on the built binary: enrol, finish lesson 1 with one wrong
/// answer, Ctrl-C in lesson 2, continue from the same question, and `latih progress`
/// showing all of it; in Indonesian, in English and at 40 columns.
@Suite struct DoneWhenTests {
  /// One way to run the scenario.
  struct Flavor: Sendable, CustomTestStringConvertible {
    var language: Language
    var columns: Int?
    var testDescription: String {
      "\(language.rawValue)" + (columns.map { " at \($0) columns" } ?? "")
    }
    var environment: [String: String] { columns.map { ["COLUMNS": String($0)] } ?? [:] }
  }

  static let flavors = [
    Flavor(language: .id, columns: nil), Flavor(language: .en, columns: nil),
    Flavor(language: .id, columns: 40),
  ]

  @Test(arguments: flavors)
  func enrolFinishInterruptResumeAndProgress(_ flavor: Flavor) throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let script = try CourseScript(flavor.language)
    let first = try script.lesson("apa-itu-afiliasi")
    let second = try script.lesson("syarat-pendaftaran")
    let wrongOnce = first.questions[0].id

    // Enrol through the name prompt and finish lesson 1 with one wrong answer.
    let latih = try LatihProcess(
      ["learn", "apa-itu-afiliasi", "--no-shuffle"] + script.languageArguments, data: data,
      environment: flavor.environment)
    try latih.waitForPrompt(1)
    try latih.steps(["Siti", ""])
    try latih.steps(script.lines(through: first, wrongFirst: [wrongOnce]))
    #expect(latih.output.components(separatedBy: script.text(TutorText.wrong)).count == 2)
    #expect(latih.output.contains(script.text(TutorText.score(correct: 8, total: 8, percent: 100))))
    try latih.step("")  // the summary, then the lesson list
    #expect(
      Screen.words(latih.output).contains(
        script.text(TutorText.suggestion(number: 2, title: second.title))))

    // Lesson 2 up to its second question, then Ctrl-C while it waits for the answer.
    try latih.step("2")
    let quiz = second.pages.last!
    let beforeQuiz = Array(script.lines(through: second).dropLast(quiz.questions.count))
    try latih.steps(beforeQuiz + [script.right(quiz.questions[0])])
    let waiting = script.text(TutorText.questionOf(number: 2, count: quiz.questions.count))
    #expect(latih.output.hasSuffix("> "))
    #expect(latih.output.contains(waiting))
    try latih.waitUntilSleeping()
    latih.signal(SIGINT)
    #expect(try latih.waitForExit() == 130)
    #expect(latih.output.hasSuffix("\n" + script.text(TutorText.progressSaved) + "\n"))
    #expect(latih.errors.isEmpty)
    var printed = [latih.output]

    // Progress, as text and as JSON.
    let text = try LatihProcess.run(
      ["progress", "Siti"] + script.languageArguments, data: data, environment: flavor.environment)
    #expect(text.status == 0)
    printed.append(text.output)
    let words = Screen.words(text.output)
    let passed = [
      script.text(TutorText.status(.passed)), script.text(TutorText.bestScore(100)),
      script.text(ProgressText.runs(1)),
    ].joined(separator: " · ")
    #expect(words.contains(first.title + " " + passed))
    let open =
      script.text(TutorText.status(.inProgress)) + " · "
      + script.text(ProgressText.onPage(page: second.pages.count, count: second.pages.count))
    #expect(words.contains(second.title + " " + open))
    #expect(
      words.contains(
        script.course.manifest.indicators[0].label(in: flavor.language) + ": "
          + script.text(ProgressText.achieved)))

    let json = try Recorded.progress("Siti", data: data)
    #expect(json["format"] as? String == "latih-progress")
    #expect(json["version"] as? Int == 1)
    #expect(json["course"] as? String == "afiliasi-tiktok")
    let person = try #require((json["participants"] as? [[String: Any]])?.first)
    #expect(person["name"] as? String == "Siti")
    let lessons = try Recorded.lessons(json)
    let done = try #require(lessons["apa-itu-afiliasi"])
    #expect(done["status"] as? String == "passed")
    #expect(done["bestScore"] as? Int == 100)
    #expect(done["runs"] as? Int == 1)
    #expect(done["completedRuns"] as? Int == 1)
    #expect(done["page"] is NSNull)
    let answered = try Recorded.questions(done)
    #expect(answered.count == 8)
    #expect(answered[wrongOnce]?.tries == 2)
    #expect(answered.values.filter { $0.tries == 1 }.count == 7)
    #expect(answered.values.allSatisfy { $0.correct })
    let started = try #require(lessons["syarat-pendaftaran"])
    #expect(started["status"] as? String == "in-progress")
    #expect(started["page"] as? Int == second.pages.count)
    #expect(started["bestScore"] is NSNull)
    #expect(try Recorded.questions(started).keys.sorted() == [quiz.questions[0].id])
    let indicators = try #require(person["indicators"] as? [[String: Any]])
    #expect(indicators.map { $0["id"] as? String } == ["installed-app"])
    #expect(indicators.first?["achieved"] as? Bool == true)
    #expect(indicators.first?["source"] as? String == "self")

    // Run again: the same question of lesson 2, not the first one.
    let again = try LatihProcess(
      ["learn", "--as", "Siti", "--no-shuffle"] + script.languageArguments, data: data,
      environment: flavor.environment)
    try again.waitForPrompt(1)
    let resumed = script.text(
      TutorText.resumed(page: second.pages.count, pageCount: second.pages.count))
    #expect(Screen.words(again.output).contains(resumed))
    #expect(again.output.contains(waiting))
    #expect(
      !again.output.contains(
        script.text(TutorText.questionOf(number: 1, count: quiz.questions.count))))
    try again.step(script.right(quiz.questions[1]))
    again.closeInput()
    #expect(try again.waitForExit() == 0)
    #expect(again.output.hasSuffix(script.text(TutorText.progressSaved) + "\n"))
    printed.append(again.output)
    let after = try Recorded.lessons(try Recorded.progress("Siti", data: data))
    let continued = try Recorded.questions(after["syarat-pendaftaran"])
    #expect(continued.keys.sorted() == [quiz.questions[0].id, quiz.questions[1].id].sorted())
    #expect(continued[quiz.questions[1].id]?.tries == 1)
    #expect(after["syarat-pendaftaran"]?["runs"] as? Int == 1, "the same run continued")

    let list = try LatihProcess.run(
      ["lessons", "--as", "Siti"] + script.languageArguments, data: data,
      environment: flavor.environment)
    #expect(list.status == 0)
    let listed = Screen.words(list.output)
    #expect(listed.contains("2. " + second.title + " ["))
    let row =
      "] " + script.text(TutorText.status(.inProgress)) + " · "
      + script.text(CourseText.minutes(second.minutes))
    #expect(listed.contains(row))
    printed.append(list.output)

    if let columns = flavor.columns {
      for output in printed {
        #expect(Screen.linesWider(than: columns, in: output) == [])
      }
    }
  }
}
