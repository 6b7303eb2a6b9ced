import LatihBase

/// Words of the xlsx report that the other formats do not use: sheet names, column titles
/// and the values of kind columns. (Labels shared with the other formats come from
/// ``ReportText``.)
package enum WorkbookText: LocalizedText, Hashable {
  case summarySheet
  case indicatorsSheet
  case reasonsSheet
  case lessonsSheet
  case questionsSheet
  case needsHelpSheet
  case comparisonSheet
  case peopleSheet

  case itemColumn
  case valueColumn
  case idColumn
  case percentColumn
  case countColumn
  case kindColumn
  case questionsCountColumn
  case practicedColumn
  case lessonIDColumn
  case numberColumn
  case phaseColumn
  case hardestColumn
  case participantIDColumn
  case itemIDColumn
  case scoreColumn
  case reasonIDColumn
  case reasonColumn
  case lessonsTotalColumn
  case noteColumn
  case selfYesColumn
  case selfNoColumn

  case courseID
  case sessionID
  case anonymizedField
  case testTitle
  case tookPre
  case tookPost
  case paired
  case tookNeither
  case improvedPercent

  case lessonKind
  case testKind
  case indicatorKind

  /// `latih report --format xlsx` without `--out`.
  case needsOut
}
