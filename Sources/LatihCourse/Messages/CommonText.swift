import LatihBase

/// Words shared by several parts of Latih: names of kinds and statuses.
package enum CommonText: LocalizedText, Hashable {
  case questionKind(QuestionKind)
  case pageKind(Page.Kind)
  case lessonKind(LessonKind)
  case yes
  case no
  case trueWord
  case falseWord
}
