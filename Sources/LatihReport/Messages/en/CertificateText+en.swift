import LatihBase
import LatihCourse
import LatihData

extension CertificateText {
  package var english: String {
    switch self {
    case .heading(.participation): return "Certificate of Participation"
    case .heading(.completion): return "Certificate of Completion"
    case .presentedTo: return "is presented to"
    case .because(.participation): return "for taking part in the training"
    case .because(.completion): return "for successfully completing the training"
    case .course(let title): return "Course: \(title)"
    case .score(let score): return "Score: \(score)"
    case .organizer(let name): return "Organised by \(name)"
    case .code(let code):
      return "Verification code \(code) · check: latih certificate verify \(code)"
    case .documentTitle(let title): return "Certificates — \(title)"
    case .written(let path, let count): return "Certificates written to \(path) (\(count) pages)"
    case .noSession:
      return
        "a certificate is for one training session; give --session ID (see: latih session list)"
    case .kindNotOffered(let kind, let offered):
      return
        "certificate kind '\(TerminalSanitizer.cleanLine(kind))' is not offered by this course; choose: \(offered.joined(separator: ", "))"
    case .tooManySigners(let limit): return "at most \(limit) --signer"
    case .notInSession(let name, let title): return "\(name) is not in session \(title)"
    case .notRecorded(let name, let title):
      return
        "the facilitator has not recorded \(name) in session \(title) yet (latih record or latih evaluate); no certificate of participation yet"
    case .lessonsMissing(let name, let lessons):
      return "\(name) has not yet passed: \(lessons)"
    case .postTestBelow(let name, let score, let passMark):
      if let score { return "\(name): post-test score \(score), pass mark \(passMark)" }
      return "\(name) has not taken the post-test yet"
    case .noneEligible(let title, let kind, let people):
      return
        "nobody qualifies for a \(CertificateText.heading(kind).english.lowercased()) in session \(title) yet (\(people) participants)"
    case .skipped(let count):
      return "\(count) participants do not qualify yet and get no certificate"
    case .verified(let name, let kind, let title, let details):
      return
        "Valid: \(CertificateText.heading(kind).english) for \(name) — \(title)\(details.isEmpty ? "" : " (\(details))")"
    case .noLongerEligible:
      return "note: by the data as it is now, this participant no longer qualifies"
    case .notFound(let code):
      return "code \(code) is not in this data (no certificate was made from it)"
    case .invalidCode(let code):
      return
        "'\(TerminalSanitizer.cleanLine(code))' is not a certificate code (10 letters/digits, e.g. ABCDE-23456)"
    }
  }
}
