/// Section 2: one indicator, as in the PKK evaluation table.
public struct ReportIndicator: Hashable, Sendable {
  public var id: String
  /// The label in the report language.
  public var label: String
  /// N: people in scope with an outcome for this indicator.
  public var assessed: Int
  public var achieved: ReportRatio
  public var notYet: ReportRatio
  /// Reasons for not yet that occur, in course order, "no reason given" last.
  public var reasons: [ReportReason]
  /// Self-reported (the participants' own checklist answers, not verified): yes, out of
  /// people in scope who answered.
  public var selfYes: ReportRatio
  /// Self-reported not yet, out of the same people.
  public var selfNo: ReportRatio

  /// People in scope with a self-reported answer.
  public var selfAnswered: Int { selfYes.total }
}

/// A reason for "not yet" and how many gave it.
public struct ReportReason: Hashable, Sendable {
  /// The reason id; nil for outcomes recorded without a reason.
  public var id: String?
  /// The label in the report language.
  public var label: String
  /// Count out of the indicator's N.
  public var count: ReportRatio
}

/// Section 3: one lesson.
public struct ReportLesson: Hashable, Sendable {
  public var id: String
  public var title: String
  public var kind: LessonKind
  /// Number of questions in the lesson.
  public var questionCount: Int
  /// People with at least one run opened.
  public var started: Int
  /// People with at least one finished run, out of enrolled.
  public var completed: ReportRatio
  /// Mean best score of those who completed; nil for lessons without questions.
  public var meanScore: ReportMean?
  /// People who passed, out of those who completed.
  public var passed: ReportRatio
  /// People who finished a retry of missed questions (practice; it changes none of the
  /// figures above).
  public var practiced: Int
}

/// Which runs a question's figures come from.
public enum QuestionPhase: String, Hashable, Sendable {
  /// A lesson's question, from full runs (retries are practice).
  case lesson
  /// The course test's question in the pre-test.
  case pre
  /// The course test's question in the post-test.
  case post
}

/// Section 4: one question.
public struct ReportQuestion: Hashable, Sendable {
  public var lessonID: String
  public var lessonTitle: String
  public var id: String
  /// 1-based position in its lesson.
  public var number: Int
  /// The question text in the report language.
  public var text: String
  public var kind: QuestionKind
  /// People right on their first try, out of people who answered it.
  public var correct: ReportRatio
  /// Whether the share correct is below one half (never for the pre-test).
  public var hardest: Bool
  public var phase: QuestionPhase

  /// People who answered it at least once.
  public var answered: Int { correct.total }
}

/// Section 5: the course test taken before and after the training.
public struct ReportTest: Hashable, Sendable {
  public var lessonID: String
  public var title: String
  /// People in scope with a pre-test / a post-test.
  public var tookPre: Int
  public var tookPost: Int
  /// People in scope who took the test only part-way through the course (neither pre
  /// nor post: not counted).
  public var tookNeither: Int
  /// Means over people with both.
  public var meanPre: ReportMean
  public var meanPost: ReportMean
  /// Nil without pairs or when the mean pre-test is 100.
  public var gain: ReportGain?
  /// People whose post-test is above their pre-test, out of people with both.
  public var improved: ReportRatio

  /// People with both a pre-test and a post-test.
  public var paired: Int { improved.total }
}

/// Section 6: one person who needs help and why.
public struct ReportHelpEntry: Hashable, Sendable {
  /// The participant id; nil when anonymised.
  public var participantID: String?
  /// The name, or a pseudonym.
  public var name: String
  /// The group, or a group pseudonym.
  public var group: String?
  /// Lessons completed but not passed, in course order.
  public var lessons: [ReportHelpLesson]
  /// Indicators not yet achieved, in course order.
  public var indicators: [ReportHelpIndicator]
}

/// A lesson completed but not passed, or a post-test below the pass mark.
public struct ReportHelpLesson: Hashable, Sendable {
  public var id: String
  public var title: String
  /// `lesson`: the best score of a lesson never passed; `test`: the latest post-test.
  public var kind: LessonKind
  public var score: Int
}

/// An indicator not yet achieved.
public struct ReportHelpIndicator: Hashable, Sendable {
  public var id: String
  public var label: String
  /// The reason id given, if any.
  public var reason: String?
  /// The reason's label, or the localized "no reason given".
  public var reasonLabel: String
  /// The facilitator's note; nil when anonymised.
  public var note: String?
}
