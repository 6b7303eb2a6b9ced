import Testing

@testable import LatihCourse
@testable import LatihData
@testable import LatihTutor

/// Arrow keys typed at a line prompt and numbers written as on a list.
@Suite struct TypedLineTests {
  @Test(arguments: [
    ("\u{1B}[A", "", [TypedLine.Arrow.up]), ("ab\u{1B}[Dc", "abc", [.left]),
    ("\u{1B}[1;5C", "", [.right]), ("\u{1B}OB", "", [.down]), ("x\u{1B}", "x", []),
    ("\u{1B}[3~b", "b", []), ("Ani", "Ani", []),
  ])
  func keySequencesAreTakenOut(line: String, text: String, arrows: [TypedLine.Arrow]) {
    let typed = TypedLine(line)
    #expect(typed.text == text)
    #expect(typed.arrows == arrows)
  }

  @Test(arguments: [
    ("3", 3), ("3.", 3), (" 12. ", 12), ("2)", 2), ("a", nil), ("", nil), ("1..", nil),
  ])
  func numbersAsOnAList(text: String, number: Int?) {
    #expect(TypedLine.number(text) == number)
  }

  @Test func arrowsTurnPagesAndNeverReachAnAnswer() throws {
    let course = try TutorCourse.load()
    var harness = try MachineHarness(course)
    harness.start()
    harness.send("\u{1B}[C")
    #expect(harness.machine.position == .reading(page: 1))
    harness.send("\u{1B}[D")
    #expect(harness.machine.position == .reading(page: 0))
    harness.send(["", "", "y", "y", ""])
    #expect(harness.questionID == "tunggal")
    let right = MachineHarness.right(harness.view!)
    let step = harness.send("\u{1B}[A" + right)
    #expect(harness.answers.last?.correct == true)
    #expect(step.events.count >= 1)
  }

  @Test func aListedNumberWithAFullStopOpensTheLesson() throws {
    let menu = CourseMenu(course: try TutorCourse.load(), language: .id, progress: nil)
    #expect(menu.row(for: "1.")?.number == 1)
    #expect(menu.row(for: "1")?.number == 1)
  }
}
