import LatihBase
import LatihCourse
import LatihData

/// Where a person's contribution to a report comes from: her journal as read compactly
/// along with the roster (``CompactProgressReader``: one record, read exactly), or her
/// whole progress read again (linked records, or a journal only the full reader counts
/// exactly). Both give the same contribution.
package enum ReportSource: Sendable {
  case compact(CompactProgress)
  case full(ParticipantProgress)
}

extension ReportBuilder {
  /// The numbers journals are read compactly with for a report of `course` in
  /// `language` (``CompactProgressReader``); sessions are read through `aliases`
  /// (``SessionList/aliases``). Nil when the course cannot be counted that way (it repeats
  /// a lesson id): then every person's progress is read in full.
  package static func vocabulary(
    course: Course, language: Language, aliases: [String: String]
  ) -> CompactVocabulary? {
    ReportPlan(course: course, language: language).vocabulary(aliases: aliases)
  }

  /// ``build(_:concurrentProgress:)`` with each person's ``ReportSource``: a compact
  /// record where there is one, her full progress otherwise.
  package func build(
    _ filter: ReportFilter, concurrentSource: @escaping @Sendable (Participant) -> ReportSource
  ) throws(ReportError) -> ReportModel {
    try build(filter) { plan, session, people, consume in
      ConcurrentMap.forEach(
        people,
        { person in
          switch concurrentSource(person) {
          case .compact(let progress):
            ReportContribution(
              progress, session: session, plan: plan, schedule: schedule(for: person))
          case .full(let progress):
            ReportContribution(
              progress, session: session, plan: plan, schedule: schedule(for: person))
          }
        }, inOrder: consume)
    }
  }
}
