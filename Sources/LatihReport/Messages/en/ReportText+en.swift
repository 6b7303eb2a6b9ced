import LatihBase
import LatihCourse
import LatihData

extension ReportText {
  package var english: String {
    switch self {
    case .title: return "Training Evaluation Report"
    case .course: return "Course"
    case .session: return "Session"
    case .place: return "Place"
    case .date: return "Date"
    case .group: return "Group"
    case .generated: return "Generated"
    case .enrolled: return "Enrolled"
    case .assessed: return "Assessed"
    case .selfReportedPeople: return "Self-reported"
    case .passMark: return "Pass mark"
    case .allData: return "all data"
    case .people(let count): return count == 1 ? "1 participant" : "\(count) participants"
    case .anonymized: return "Participant and group names are pseudonyms."

    case .indicatorsHeading: return "Success indicators"
    case .lessonsHeading: return "Lessons"
    case .questionsHeading: return "Questions"
    case .hardestHeading: return "Hardest questions"
    case .testHeading: return "Pre-test and post-test"
    case .needsHelpHeading: return "Who needs help"
    case .selfReportedHeading: return "Participants' own answers (self-reported, not verified)"

    case .indicatorColumn: return "Indicator"
    case .achievedColumn: return "Achieved"
    case .notYetColumn: return "Not yet"
    case .reasonsColumn: return "Reasons for not yet"
    case .lessonColumn: return "Lesson"
    case .startedColumn: return "Started"
    case .completedColumn: return "Completed"
    case .meanScoreColumn: return "Score"
    case .passedColumn: return "Passed"
    case .questionColumn: return "Question"
    case .answeredColumn: return "Answered"
    case .correctColumn: return "Correct"
    case .nameColumn: return "Name"
    case .groupColumn: return "Group"
    case .helpColumn: return "Needs help with"
    case .selfAnsweredColumn: return "Answered"
    case .preTestPhase: return "pre-test"
    case .postTestPhase: return "post-test"

    case .testMarker: return "(test)"
    case .hardestFlag: return "hardest"
    case .noReasonGiven: return "no reason given"
    case .noIndicators: return "This course has no indicators."
    case .noQuestions: return "No questions answered yet."
    case .noHardest: return "No question was answered correctly by fewer than half."
    case .noTest: return "This course has no pre-test and post-test."
    case .nobodyNeedsHelp: return "Nobody."
    case .noSelfReported: return "No participant has answered her own checklist yet."

    case .paired(let count): return "Participants with both a pre-test and a post-test: \(count)"
    case .tookTests(let pre, let post, let neither):
      return "took the pre-test \(pre), the post-test \(post); test taken mid-course, not "
        + "counted: \(neither)"
    case .meanPre: return "Mean pre-test"
    case .meanPost: return "Mean post-test"
    case .gain: return "Normalised gain"
    case .improved: return "Improved"
    case .gainUndefined: return "not computed (mean pre-test is 100)"

    case .belowPassMark(let lesson, let score, let passMark):
      return "\(lesson): best score \(score)% (pass mark \(passMark)%)"
    case .postTestBelowPassMark(let test, let score, let passMark):
      return "\(test): post-test \(score)% (pass mark \(passMark)%)"
    case .notAchieved(let indicator, let reason): return "\(indicator): not yet — \(reason)"
    case .note(let note): return "note: \(note)"

    case .indicatorsChart: return "Indicators achieved (%)"
    case .lessonsChart: return "Lessons completed (% of enrolled)"
    case .roundingNote:
      return "Percentages are rounded to the nearest whole number (halves up) and always "
        + "shown with their counts; means are rounded to one decimal."
    case .indicatorsNote:
      return "The official figure, verified by the facilitator. N = participants the "
        + "facilitator assessed for that indicator; those not assessed are not counted."
    case .lessonsNote:
      return "Completed = finished the lesson at least once (of enrolled); score = mean best "
        + "score; passed = of those who completed. Retrying missed questions is practice "
        + "and changes no score. The test's row: completed, score and passed from the "
        + "post-test."
    case .questionsNote:
      return "Correct = right on the first try (first full run; test questions from the "
        + "post-test), of those who answered; hardest: fewer than 50% correct. The pre-test "
        + "is shown apart and never decides the hardest."
    case .selfReportedNote:
      return "The participants' own checklist answers, not verified by the facilitator; "
        + "they change no official figure. Of those who answered."

    case .participantPseudonym(let number): return "Participant \(number)"
    case .groupPseudonym(let letters): return "Group \(letters)"
    case .decimalSeparator: return "."

    case .comparisonHeading(.session): return "Sessions compared"
    case .comparisonHeading(.group): return "Groups compared"
    case .comparisonChart(.session): return "Indicators achieved per session (%)"
    case .comparisonChart(.group): return "Indicators achieved per group (%)"
    case .comparisonNote(let kind):
      return "Each indicator: achieved n/N (%), N = people of that "
        + (kind == .session ? "session" : "group")
        + " assessed by the facilitator. Passed post-test: a post-test score at or above the "
        + "pass mark, of those who took the post-test."
    case .noComparisonRows(.session): return "No sessions to compare."
    case .noComparisonRows(.group): return "No groups to compare."
    case .passRateColumn: return "Passed post-test"
    case .noGroup: return "(no group)"
    case .reasonsChart: return "Reasons for not yet (of those assessed)"
    case .peopleHeading: return "Results per participant"
    case .peopleNote:
      return "yes / not yet = the facilitator's assessment; yes* / not yet* = the "
        + "participant's own answer, not verified; (n) = reason number; – = not assessed. "
        + "Lessons: completed out of all lessons (test left out), passed. Pre-test and "
        + "post-test: first score."
    case .lessonsDoneColumn: return "Lessons"
    case .preTestColumn: return "Pre-test"
    case .postTestColumn: return "Post-test"
    case .preTestShort: return "Pre"
    case .postTestShort: return "Post"
    case .statusAchieved: return "yes"
    case .statusNotYet: return "not yet"
    case .statusSelfAchieved: return "yes*"
    case .statusSelfNotYet: return "not yet*"
    case .reasonsLegend: return "Reasons"
    case .noPeople: return "No participants yet."

    case .written(let path, let format): return "Report (\(format)) saved to \(path)"
    case .unknownSession(let id, let known):
      let name = TerminalSanitizer.cleanLine(id)
      guard !known.isEmpty else {
        return "no session '\(name)'; there are no sessions yet (create one: 'latih session new')"
      }
      return "no session '\(name)'; the sessions are:\n"
        + known.map { "  " + TerminalSanitizer.cleanLine($0) }.joined(separator: "\n")
    case .unknownGroup(let group, let known):
      let name = TerminalSanitizer.cleanLine(group)
      guard !known.isEmpty else { return "no group '\(name)'; nobody has a group yet" }
      return "no group '\(name)'; the groups are: "
        + known.map(TerminalSanitizer.cleanLine).joined(separator: ", ")
    case .unknownExtension(let path, let formats, let extensions):
      return "no format for '\(TerminalSanitizer.cleanLine(path))': end the name with "
        + extensions.joined(separator: ", ") + " or give --format "
        + formats.joined(separator: "|")
    case .pdfByPrinting(let html):
      return "Latih does not write PDF: write the report as HTML (--out "
        + TerminalSanitizer.cleanLine(html)
        + "), open it in a browser and print it to PDF (Ctrl+P, Save as PDF)"
    case .emptyGroup: return "--group cannot be empty"
    }
  }
}
