import Foundation
import LatihBase
import LatihTutor
import Testing

/// Two `latih` on the same participant (two terminals): the second is refused with a
/// clear message and the first goes on unharmed.
@Suite struct SecondProcessTests {
  @Test(arguments: [Language.id, .en])
  func aSecondWindowIsRefusedAndTheFirstGoesOn(_ language: Language) throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let script = try CourseScript(language)
    let pages = try script.lesson("apa-itu-afiliasi").pages.count
    let first = try LatihProcess(
      ["learn", "apa-itu-afiliasi", "--no-shuffle"] + script.languageArguments, data: data)
    try first.waitForPrompt(1)
    try first.steps(["Rina", ""])

    let second = try LatihProcess.run(
      ["learn", "--as", "Rina", "--no-shuffle"] + script.languageArguments, data: data)
    #expect(second.status == 74)
    let busy = TutorText.participantBusy("Rina").text(in: language)
    #expect(Screen.words(second.output).contains(busy))
    #expect(!second.output.contains(TutorText.pageOf(page: 1, count: pages).text(in: language)))

    try first.step("")
    #expect(first.output.contains(TutorText.pageOf(page: 2, count: pages).text(in: language)))
    first.closeInput()
    #expect(try first.waitForExit() == 0)
    #expect(!first.output.contains(busy))

    let journal = try Recorded.journal(data: data)
    #expect(journal.compactMap { $0["seq"] as? Int } == Array(1...journal.count))
    #expect(journal.compactMap { $0["page"] as? Int } == [0, 1])
    let lesson = try Recorded.lessons(try Recorded.progress("Rina", data: data))["apa-itu-afiliasi"]
    #expect(lesson?["page"] as? Int == 2)

    let later = try LatihProcess.run(
      ["learn", "--as", "Rina", "--no-shuffle"] + script.languageArguments, data: data)
    #expect(later.status == 0, "once the first has ended, the participant can continue")
    #expect(later.output.contains(TutorText.pageOf(page: 2, count: pages).text(in: language)))
  }
}
