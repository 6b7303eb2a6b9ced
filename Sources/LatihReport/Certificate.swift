import LatihBase
import LatihCourse
import LatihData

/// One certificate: one person, one training day, one kind; a page of
/// ``CertificateDocument``.
package struct Certificate: Hashable, Sendable {
  package var kind: CertificateKind
  package var name: String
  package var courseTitle: String
  package var sessionTitle: String
  package var place: String?
  /// `YYYY-MM-DD`: the training's date.
  package var date: String
  /// Who held the training (`--organizer`).
  package var organizer: String?
  /// One or two signature lines (`--signer`), each the signer's name or office.
  package var signers: [String]
  /// For a certificate of completion: the score that earned it.
  package var score: Int?
  /// The verification code (``CertificateCode``).
  package var code: String

  package init(
    kind: CertificateKind, name: String, courseTitle: String, sessionTitle: String,
    place: String?, date: String, organizer: String?, signers: [String], score: Int?,
    code: String
  ) {
    self.kind = kind
    self.name = name
    self.courseTitle = courseTitle
    self.sessionTitle = sessionTitle
    self.place = place
    self.date = date
    self.organizer = organizer
    self.signers = signers
    self.score = score
    self.code = code
  }

  /// The most signature lines on a page.
  package static let maximumSigners = 2
}

/// Whether a person earned a certificate of a kind for a training day.
///
/// - Participation: she is in the session and the facilitator recorded at least one
///   indicator outcome for her in it (`latih record` or `latih evaluate`; a
///   participant's own checklist ticks do not count): she was there and seen.
/// - Completion: she is in the session and meets the course's ``CompletionRule``:
///   `post-test`, the course test's post-test score at or above the pass mark;
///   `all-lessons`, every lesson of the course (the course test aside) passed. Results
///   count from any laptop and any day, as the progress model reads them.
package enum CertificateRule {
  /// The outcome of a check.
  package enum Outcome: Hashable, Sendable {
    /// Earned; for completion, the score it rests on (post-test, or mean best score).
    case earned(score: Int?)
    case notInSession
    /// Participation: no facilitator record for her in the session.
    case notRecorded
    /// All lessons: the titles still to pass.
    case lessonsMissing([String])
    /// Post-test: her post-test score (nil when none), below `passMark`.
    case postTestBelow(Int?, passMark: Int)
  }

  /// Checks `kind` for the person whose `progress` is given, in `session` (a canonical
  /// id, as ``ProgressLoader`` reads sessions).
  package static func check(
    _ kind: CertificateKind, course: Course, language: Language, session: String,
    inSession: Bool, progress: ParticipantProgress
  ) -> Outcome {
    guard inSession else { return .notInSession }
    switch kind {
    case .participation:
      let seen = progress.indicatorRecords.contains {
        $0.source == .facilitator && $0.session == session
      }
      return seen ? .earned(score: nil) : .notRecorded
    case .completion:
      let manifest = course.manifest
      switch manifest.completion {
      case .postTest:
        let post = manifest.courseTest.flatMap { progress.testScores(test: $0).post }
        guard let post, post >= manifest.passMark else {
          return .postTestBelow(post, passMark: manifest.passMark)
        }
        return .earned(score: post)
      case .allLessons:
        let lessons = course.orderedLessons(in: language).filter {
          $0.kind == .lesson && $0.id != manifest.courseTest
        }
        let missing = lessons.filter { !progress.lesson($0.id).passed }
        guard missing.isEmpty, !lessons.isEmpty else {
          return .lessonsMissing(missing.map(\.title))
        }
        let scores = lessons.filter { !$0.questions.isEmpty }.compactMap {
          progress.lesson($0.id).bestScore
        }
        let mean =
          scores.isEmpty
          ? nil : Int((Double(scores.reduce(0, +)) / Double(scores.count)).rounded())
        return .earned(score: mean)
      }
    }
  }
}
