import LatihCourse

/// Section 2: one indicator, as in the PKK evaluation table.
package struct ReportIndicator: Hashable, Sendable {
  package var id: String
  /// The label in the report language.
  package var label: String
  /// N: people in scope with an outcome for this indicator.
  package var assessed: Int
  package var achieved: ReportRatio
  package var notYet: ReportRatio
  /// Reasons for not yet that occur, in course order, "no reason given" last.
  package var reasons: [ReportReason]
}

/// A reason for "not yet" and how many gave it.
package struct ReportReason: Hashable, Sendable {
  /// The reason id; nil for outcomes recorded without a reason.
  package var id: String?
  /// The label in the report language.
  package var label: String
  /// Count out of the indicator's N.
  package var count: ReportRatio
}

/// Section 3: one lesson.
package struct ReportLesson: Hashable, Sendable {
  package var id: String
  package var title: String
  package var kind: LessonKind
  /// Number of questions in the lesson.
  package var questionCount: Int
  /// People with at least one run opened.
  package var started: Int
  /// People with at least one finished run, out of enrolled.
  package var completed: ReportRatio
  /// Mean best score of those who completed; nil for lessons without questions.
  package var meanScore: ReportMean?
  /// People who passed, out of those who completed.
  package var passed: ReportRatio
}

/// Section 4: one question.
package struct ReportQuestion: Hashable, Sendable {
  package var lessonID: String
  package var lessonTitle: String
  package var id: String
  /// 1-based position in its lesson.
  package var number: Int
  /// The question text in the report language.
  package var text: String
  package var kind: QuestionKind
  /// People right on their first try, out of people who answered it.
  package var correct: ReportRatio
  /// Whether the share correct is below one half.
  package var hardest: Bool

  /// People who answered it at least once.
  package var answered: Int { correct.total }
}

/// Section 5: the course test taken before and after the training.
package struct ReportTest: Hashable, Sendable {
  package var lessonID: String
  package var title: String
  /// People in scope with a pre-test / a post-test.
  package var tookPre: Int
  package var tookPost: Int
  /// Means over people with both.
  package var meanPre: ReportMean
  package var meanPost: ReportMean
  /// Nil without pairs or when the mean pre-test is 100.
  package var gain: ReportGain?
  /// People whose post-test is above their pre-test, out of people with both.
  package var improved: ReportRatio

  /// People with both a pre-test and a post-test.
  package var paired: Int { improved.total }
}

/// Section 6: one person who needs help and why.
package struct ReportHelpEntry: Hashable, Sendable {
  /// The participant id; nil when anonymised.
  package var participantID: String?
  /// The name, or a pseudonym.
  package var name: String
  /// The group, or a group pseudonym.
  package var group: String?
  /// Lessons completed but not passed, in course order.
  package var lessons: [ReportHelpLesson]
  /// Indicators not yet achieved, in course order.
  package var indicators: [ReportHelpIndicator]
}

/// A lesson completed but not passed, or a post-test below the pass mark.
package struct ReportHelpLesson: Hashable, Sendable {
  package var id: String
  package var title: String
  /// `lesson`: the best score of a lesson never passed; `test`: the latest post-test.
  package var kind: LessonKind
  package var score: Int
}

/// An indicator not yet achieved.
package struct ReportHelpIndicator: Hashable, Sendable {
  package var id: String
  package var label: String
  /// The reason id given, if any.
  package var reason: String?
  /// The reason's label, or the localized "no reason given".
  package var reasonLabel: String
  /// The facilitator's note; nil when anonymised.
  package var note: String?
}
