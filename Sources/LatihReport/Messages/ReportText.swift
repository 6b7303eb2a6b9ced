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
  case selfReportedPeople
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
  case selfReportedHeading

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
  case selfAnsweredColumn
  case preTestPhase
  case postTestPhase

  case testMarker
  case hardestFlag
  case noReasonGiven
  case noIndicators
  case noQuestions
  case noHardest
  case noTest
  case nobodyNeedsHelp
  case noSelfReported

  case paired(Int)
  case tookTests(pre: Int, post: Int, neither: Int)
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
  case selfReportedNote

  case participantPseudonym(Int)
  case groupPseudonym(String)
  case decimalSeparator

  case comparisonHeading(ReportComparisonKind)
  case comparisonChart(ReportComparisonKind)
  case comparisonNote(ReportComparisonKind)
  case noComparisonRows(ReportComparisonKind)
  case passRateColumn
  case noGroup
  case reasonsChart
  case peopleHeading
  case peopleNote
  case lessonsDoneColumn
  case preTestColumn
  case postTestColumn
  /// Short column titles for the terminal's per-person table.
  case preTestShort
  case postTestShort
  case statusAchieved
  case statusNotYet
  case statusSelfAchieved
  case statusSelfNotYet
  case reasonsLegend
  case noPeople

  case written(path: String, format: String)
  /// No session `id`; `known` lists the sessions there are, one a line.
  case unknownSession(String, known: [String])
  /// No group `name`; `known` lists the groups there are.
  case unknownGroup(String, known: [String])
  /// `--out` has no extension that names a format, and `--format` was not given.
  case unknownExtension(path: String, formats: [String], extensions: [String])
  /// `--out` names a PDF, which Latih does not write: `html` is the same name ending in
  /// `.html`, to print to PDF from a browser.
  case pdfByPrinting(html: String)
  case emptyGroup
}
