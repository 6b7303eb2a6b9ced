import Foundation
import LatihBase
import LatihCLI
import LatihTutor
import Testing

/// Through the real binary with piped input: a name close to someone's is asked about
/// before anyone is enrolled, and the pre-test thanks without a verdict or an answer key.
@Suite struct TurnAndTestToneTests {
  @Test func aShortNameAsksDidYouMeanAndEnterEnrolsNobody() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let add = try LatihProcess.run(
      ["participants", "add", "Siti Aminah", "--group", "Mawar"], data: data)
    #expect(add.status == 0, "\(add.errors)")
    // "Siti", Enter (no default: asked again), y, then q at the list and at the welcome.
    let run = try LatihProcess.run([], data: data, input: "Siti\n\ny\nq\nq\n")
    #expect(run.status == 0, "\(run.errors)")
    let words = Screen.words(run.output)
    #expect(words.contains("Maksud Anda Siti Aminah (kelompok Mawar)?"))
    #expect(words.contains(TutorText.didYouMeanTypo(many: false, count: 1).text(in: .id)))
    #expect(words.contains("Halo, Siti Aminah!"))
    #expect(!words.contains("belum terdaftar"))
    let journals = try Recorded.journal(data: data).filter { $0["type"] as? String == "enrolled" }
    #expect(journals.count == 1, "one person, one record")
  }

  @Test func theHomeScreenTakesIdleMinutes() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let off = try LatihProcess.run(["--idle-minutes", "0"], data: data, input: "q\n")
    #expect(off.status == 0, "\(off.errors)")
    #expect(off.output.contains(TutorText.goodbye.text(in: .id)))
    let five = try LatihProcess.run(["--idle-minutes", "5", "lessons"], data: data)
    #expect(five.status == 64, "an option of the home screen only")
    for bad in ["x", "-1", "1.5"] {
      let run = try LatihProcess.run(["--idle-minutes", bad], data: data, input: "q\n")
      #expect(run.status == 64, "\(bad)")
      #expect(run.errors.contains("--idle-minutes"))
    }
  }

  @Test(arguments: [Language.id, .en])
  func thePreTestThanksAndSaysWhatComesNext(_ language: Language) throws {
    let script = try CourseScript(language)
    let test = try script.lesson("tes-awal-akhir")
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    // She does not know the first answer (0), answers the rest right.
    var lines = ["Ani", ""]
    for page in test.pages {
      switch page.kind {
      case .quiz:
        lines += page.questions.enumerated().map { $0.offset == 0 ? "0" : script.right($0.element) }
      default: lines.append("")
      }
    }
    lines.append("")
    let run = try LatihProcess.run(
      ["learn", "tes-awal-akhir", "--pre", "--no-shuffle"] + script.languageArguments, data: data,
      input: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.errors)")
    // Key hints keep each hint whole with no-break spaces.
    let words = Screen.words(run.output.replacingOccurrences(of: "\u{00A0}", with: " "))
    #expect(words.contains(Screen.words(script.text(TutorText.preTestThanks))))
    #expect(words.contains(language == .id ? "[0] tidak tahu" : "[0] don't know"))
    let verdicts: [TutorText] = [
      .notPassed(passMark: 70), .passed(passMark: 70), .reviewHeading, .testReviewHeading,
      .status(.needsReview), .rightAnswerIs(""),
    ]
    for verdict in verdicts {
      let text = script.text(verdict).trimmingCharacters()
      #expect(!run.output.contains(text), "\(text)")
    }
    #expect(!run.output.contains(language == .id ? "Skor:" : "Score:"))
    // The answers are on disk: "don't know" is a wrong, final answer with no response.
    let answers = try Recorded.journal(data: data).filter { $0["type"] as? String == "answer" }
    #expect(answers.count == test.questions.count)
    #expect(answers.first?["response"] as? String == "")
    #expect(answers.first?["correct"] as? Bool == false)
    #expect(answers.dropFirst().allSatisfy { $0["correct"] as? Bool == true })
  }
}
