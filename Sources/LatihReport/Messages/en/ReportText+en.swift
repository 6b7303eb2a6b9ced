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

    case .testMarker: return "(test)"
    case .hardestFlag: return "hardest"
    case .noReasonGiven: return "no reason given"
    case .noIndicators: return "This course has no indicators."
    case .noQuestions: return "No questions answered yet."
    case .noHardest: return "No question was answered correctly by fewer than half."
    case .noTest: return "This course has no pre-test and post-test."
    case .nobodyNeedsHelp: return "Nobody."

    case .paired(let count): return "Participants with both a pre-test and a post-test: \(count)"
    case .tookTests(let pre, let post): return "took the pre-test \(pre), the post-test \(post)"
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
      return "N = participants assessed for that indicator; those not assessed are not counted."
    case .lessonsNote:
      return "Completed = finished the lesson at least once (of enrolled); score = mean best "
        + "score; passed = of those who completed."
    case .questionsNote:
      return "Correct = right on the first try, of those who answered; hardest: fewer than "
        + "50% correct."

    case .participantPseudonym(let number): return "Participant \(number)"
    case .groupPseudonym(let letters): return "Group \(letters)"
    case .decimalSeparator: return "."

    case .written(let path, let format): return "Report (\(format)) saved to \(path)"
    case .unknownSession(let id):
      return "no session '\(TerminalSanitizer.cleanLine(id))'; see 'latih session list'"
    case .emptyGroup: return "--group cannot be empty"
    }
  }
}
