import LatihBase

extension WorkbookText {
  package var english: String {
    switch self {
    case .summarySheet: return "Summary"
    case .indicatorsSheet: return "Indicators"
    case .reasonsSheet: return "Reasons not yet"
    case .lessonsSheet: return "Lessons"
    case .questionsSheet: return "Questions"
    case .needsHelpSheet: return "Needs help"
    case .comparisonSheet: return "Comparison"
    case .peopleSheet: return "Participants"

    case .itemColumn: return "Item"
    case .valueColumn: return "Value"
    case .idColumn: return "ID"
    case .percentColumn: return "%"
    case .countColumn: return "Count"
    case .kindColumn: return "Kind"
    case .questionsCountColumn: return "Questions"
    case .practicedColumn: return "Practised"
    case .lessonIDColumn: return "Lesson ID"
    case .numberColumn: return "No"
    case .phaseColumn: return "From"
    case .hardestColumn: return "Hardest"
    case .participantIDColumn: return "Participant ID"
    case .itemIDColumn: return "Item ID"
    case .scoreColumn: return "Score"
    case .reasonIDColumn: return "Reason ID"
    case .reasonColumn: return "Reason"
    case .lessonsTotalColumn: return "Lessons in course"
    case .noteColumn: return "Facilitator's note"
    case .selfYesColumn: return "Self-reported: achieved"
    case .selfNoColumn: return "Self-reported: not yet"

    case .courseID: return "Course ID"
    case .sessionID: return "Session ID"
    case .anonymizedField: return "Names pseudonymised"
    case .testTitle: return "Test"
    case .tookPre: return "Took the pre-test"
    case .tookPost: return "Took the post-test"
    case .paired: return "With pre-test and post-test"
    case .tookNeither: return "Test mid-course (not counted)"
    case .improvedPercent: return "Improved (%)"

    case .lessonKind: return "lesson"
    case .testKind: return "test"
    case .indicatorKind: return "indicator"

    case .needsOut:
      return "xlsx is a binary file, not shown on a screen: write it with --out FILE.xlsx"
    }
  }
}
