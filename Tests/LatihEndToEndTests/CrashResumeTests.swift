import Foundation
import LatihTutor
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kill -9` while answering: every answer acknowledged on screen is in the journal, and
/// the lesson resumes at the first question without a settled answer.
@Suite struct CrashResumeTests {
  /// After how many acknowledged answers the process is killed, and whether one more
  /// answer is typed (unacknowledged) just before the kill.
  @Test(arguments: [(1, false), (3, true), (5, false), (7, true)])
  func killAfterAcknowledgedAnswersLosesNoneOfThem(acknowledged: Int, oneMore: Bool) throws {
    let script = try CourseScript(.id)
    let lesson = try script.lesson("apa-itu-afiliasi")
    let questions = lesson.questions
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let marks = [TutorText.right, .wrong].map { $0.text(in: .id) }
    func feedbacks(_ output: String) -> Int {
      marks.reduce(0) { $0 + output.components(separatedBy: $1).count - 1 }
    }

    let latih = try LatihProcess(["learn", "apa-itu-afiliasi", "--no-shuffle"], data: data)
    try latih.waitForPrompt(1)
    try latih.steps(["Maya", ""] + lesson.pages.dropLast().map { _ in "" })
    for (index, question) in questions.prefix(acknowledged).enumerated() {
      latih.send(script.right(question))
      try latih.waitForOutput("feedback \(index + 1)") { feedbacks($0) == index + 1 }
    }
    if oneMore { latih.send(script.right(questions[acknowledged])) }
    latih.signal(SIGKILL)
    #expect(try latih.waitForExit() == SIGKILL)

    let journal = try Recorded.journal(data: data)
    let answers = journal.filter { $0["type"] as? String == "answer" }
    let recorded = answers.compactMap { $0["question"] as? String }
    #expect(Array(recorded.prefix(acknowledged)) == questions.prefix(acknowledged).map(\.id))
    #expect(recorded.count == acknowledged || (oneMore && recorded.count == acknowledged + 1))
    #expect(answers.allSatisfy { $0["correct"] as? Bool == true && $0["final"] as? Bool == true })
    let sequence = journal.compactMap { $0["seq"] as? Int }
    #expect(sequence == Array(1...journal.count), "no torn or lost line")

    // Restart: it continues at the first question without an answer (the last answer
    // is written together with the lesson's completion, so then nothing is left).
    let next = recorded.count
    let completed = journal.last?["type"] as? String == "lesson-completed"
    #expect(completed == (next == questions.count))
    if !completed {
      let again = try LatihProcess(
        ["learn", "apa-itu-afiliasi", "--as", "Maya", "--no-shuffle"], data: data)
      try again.waitForPrompt(1)
      let shown = TutorText.questionOf(number: next + 1, count: questions.count).text(in: .id)
      #expect(again.output.contains(shown))
      #expect(again.output.components(separatedBy: "Soal ").count == 2, "only that question")
      try again.steps(questions[next...].map(script.right) + [""])
      again.closeInput()
      #expect(try again.waitForExit() == 0)
    }

    let lessons = try Recorded.lessons(try Recorded.progress("Maya", data: data))
    let done = try #require(lessons["apa-itu-afiliasi"])
    #expect(done["status"] as? String == "passed")
    #expect(done["bestScore"] as? Int == 100)
    #expect(done["runs"] as? Int == 1, "the killed run was resumed, not restarted")
    let tries = try Recorded.questions(done)
    #expect(tries.count == questions.count)
    #expect(tries.values.allSatisfy { $0.tries == 1 && $0.correct }, "nothing answered twice")
  }
}
