import LatihBase

/// Words of `latih report`: headings, column names, notes, pseudonyms and messages.
package enum ReportText: LocalizedText, Hashable {
  case title
  case course
  case session
  case place
  case date
  case group
  case generated
  case enrolled
  case assessed
  case passMark
  case allData
  case people(Int)
  case anonymized

  case indicatorsHeading
  case lessonsHeading
  case questionsHeading
  case hardestHeading
  case testHeading
  case needsHelpHeading

  case indicatorColumn
  case achievedColumn
  case notYetColumn
  case reasonsColumn
  case lessonColumn
  case startedColumn
  case completedColumn
  case meanScoreColumn
  case passedColumn
  case questionColumn
  case answeredColumn
  case correctColumn
  case nameColumn
  case groupColumn
  case helpColumn

  case testMarker
  case hardestFlag
  case noReasonGiven
  case noIndicators
  case noQuestions
  case noHardest
  case noTest
  case nobodyNeedsHelp

  case paired(Int)
  case tookTests(pre: Int, post: Int)
  case meanPre
  case meanPost
  case gain
  case improved
  case gainUndefined

  case belowPassMark(lesson: String, score: Int, passMark: Int)
  case postTestBelowPassMark(test: String, score: Int, passMark: Int)
  case notAchieved(indicator: String, reason: String)
  case note(String)

  case indicatorsChart
  case lessonsChart
  case roundingNote
  case indicatorsNote
  case lessonsNote
  case questionsNote

  case participantPseudonym(Int)
  case groupPseudonym(String)
  case decimalSeparator

  case written(path: String, format: String)
  case unknownSession(String)
  case emptyGroup
}
