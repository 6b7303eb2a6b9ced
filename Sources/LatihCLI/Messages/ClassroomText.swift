import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// Messages of classroom mode: the kiosk a phone connects to, `latih classroom` and
/// `latih live`.
package enum ClassroomText: LocalizedText, Hashable {
  // Kiosk configuration
  case configLineWithoutEquals
  case configUnknownKey(String)
  case configRepeatedKey(String)
  case configNotAbsolute(String)
  case configBadLanguage(String)
  case configBadIdle(String)
  case configMissingKey(String)
  case configInvalid(path: String)
  case kioskOptionNotAllowed(String)
  // Kiosk session
  case idleClosed(minutes: Double)
  // Live view
  case liveHeader(active: Int, total: Int, order: LiveSnapshot.Order)
  case livePerLesson(String)
  case liveMostMissed(question: String, lesson: String, count: Int)
  case liveNoMisses
  case liveColumns
  case liveKeys
  case liveMore(Int)
  case liveOn(Int)
  case liveAway(Int)
  case liveDone
  case liveQuestion(Int, attempt: Int)
  case livePage(Int, of: Int?)
  case liveStuckIdle(Int)
  case liveStuckWrong
  case liveNoData(String)
  // Classroom setup
  case setupIntro(password: String, port: Int)
  case removeIntro(data: String)
  case badPassword
  case needsRoot
  case notDebian
  case needsOpenSSH
  case stepSkipped
  case stepFailed(number: Int, String)
  case applied
  case dryRun
  case connectHow(
    addresses: [String], user: String, port: String, password: String?, first: String, ready: Bool)
  case noQR

  /// Minutes as typed: `10`, or `0.5`.
  static func minutesText(_ minutes: Double) -> String {
    minutes == minutes.rounded() && minutes < 1e9 ? String(Int(minutes)) : String(minutes)
  }
}
