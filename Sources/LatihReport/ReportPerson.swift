/// One row of the per-person table: a person in scope with each indicator's outcome,
/// her lessons and her test scores.
package struct ReportPerson: Hashable, Sendable {
  /// 1-based position in roster order (the roster's `No`, else enrolment order).
  package var number: Int
  /// The participant id; nil when anonymised.
  package var participantID: String?
  /// The name, or a pseudonym.
  package var name: String
  /// The group, or a group pseudonym.
  package var group: String?
  /// One cell per course indicator, in course order.
  package var indicators: [ReportPersonIndicator]
  /// Lessons of the course (the course test left out) finished in a full run, out of
  /// the lessons of the course.
  package var completed: ReportRatio
  /// Of those, lessons passed in a full run.
  package var passed: Int
  /// Her pre-test and post-test scores (0–100), when she took them.
  package var preScore: Int?
  package var postScore: Int?
}

/// What the report knows of one person and one indicator: the facilitator's verified
/// outcome when there is one, else her own checklist answer (self-reported).
package struct ReportPersonIndicator: Hashable, Sendable {
  package enum Status: String, Hashable, Sendable {
    /// Verified by the facilitator: achieved.
    case achieved
    /// Verified by the facilitator: not yet (with a reason, if one was given).
    case notYet = "not-yet"
    /// Her own answer, not verified: yes.
    case selfAchieved = "self-achieved"
    /// Her own answer, not verified: not yet.
    case selfNotYet = "self-not-yet"
    /// Nothing recorded.
    case none
  }

  package var id: String
  package var status: Status
  /// The reason id for a not-yet outcome, if any.
  package var reason: String?
  /// The reason's 1-based number in the course's reasons (nil for an unknown id or none).
  package var reasonNumber: Int?
  /// The reason's label (the id itself when the course does not know it); nil without
  /// a reason.
  package var reasonLabel: String?
}

extension ReportPerson {
  /// The row of a person from her contribution (``number`` is set once rows are in
  /// order).
  init(
    _ contribution: ReportContribution, plan: ReportPlan, participantID: String?, name: String,
    group: String?
  ) {
    var cells = plan.manifest.indicators.map {
      ReportPersonIndicator(id: $0.id, status: .none)
    }
    for outcome in contribution.selfReported {
      cells[outcome.index].status = outcome.achieved ? .selfAchieved : .selfNotYet
      cells[outcome.index].set(reason: outcome, plan: plan)
    }
    for outcome in contribution.indicators {
      cells[outcome.index].status = outcome.achieved ? .achieved : .notYet
      cells[outcome.index].set(reason: outcome, plan: plan)
    }
    var completed = 0
    var passed = 0
    for lesson in contribution.lessons where lesson.index != plan.testLesson {
      guard lesson.bestScore != nil else { continue }
      completed += 1
      if lesson.passed { passed += 1 }
    }
    let lessonCount = plan.lessons.count - (plan.testLesson == nil ? 0 : 1)
    self.init(
      number: 0, participantID: participantID, name: name, group: group, indicators: cells,
      completed: ReportRatio(completed, of: lessonCount), passed: passed,
      preScore: contribution.test?.pre.map(ReportTally.clamp),
      postScore: contribution.test?.post.map(ReportTally.clamp))
  }
}

extension ReportPersonIndicator {
  /// Takes the reason of a not-yet `outcome` (none for an achieved one).
  fileprivate mutating func set(reason outcome: ReportContribution.Indicator, plan: ReportPlan) {
    let id = outcome.achieved ? nil : outcome.reason.flatMap { $0.isEmpty ? nil : $0 }
    reason = id
    reasonNumber = id.flatMap { plan.reasonIndex[$0] }.map { $0 + 1 }
    reasonLabel = id.map(plan.reasonLabel)
  }
}
