import LatihBase
import LatihCourse
import LatihData

/// The words of certificates and of `latih certificate`.
package enum CertificateText: LocalizedText, Hashable {
  // On the page
  case heading(CertificateKind)
  case presentedTo
  case because(CertificateKind)
  case course(String)
  case score(Int)
  case organizer(String)
  case code(String)
  case documentTitle(String)
  // The command
  case written(path: String, count: Int)
  case noSession
  case kindNotOffered(String, offered: [String])
  case tooManySigners(Int)
  case notInSession(name: String, title: String)
  case notRecorded(name: String, title: String)
  case lessonsMissing(name: String, lessons: String)
  case postTestBelow(name: String, score: Int?, passMark: Int)
  case noneEligible(title: String, kind: CertificateKind, people: Int)
  case skipped(count: Int)
  case verified(name: String, kind: CertificateKind, title: String, details: String)
  case noLongerEligible
  case notFound(String)
  case invalidCode(String)

  /// `YYYY-MM-DD` as a long date: "5 Agustus 2023" / "5 August 2023"; anything else as
  /// it is.
  package static func longDate(_ date: String, in language: Language) -> String {
    let parts = date.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]) else { return date }
    let months: [String]
    switch language {
    case .id:
      months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember",
      ]
    case .en:
      months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
    }
    return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
  }
}
