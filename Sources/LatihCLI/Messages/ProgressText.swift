import LatihBase
import LatihData

/// Words of `latih progress`.
package enum ProgressText: LocalizedText, Hashable {
  case enrolledOn(String)
  case lastActive(String)
  case never
  case lessonsHeading
  case indicatorsHeading
  case noIndicators
  case achieved
  case notYet(reason: String)
  case source(RecordSource)
  case runs(Int)
  case onPage(page: Int, count: Int)
  case test(pre: String, post: String)
  case notTaken
  case summaryLine(passed: Int, total: Int)
  case removedLesson(String)
}
