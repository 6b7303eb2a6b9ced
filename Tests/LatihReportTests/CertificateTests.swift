import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihReport

@Suite struct CertificateTests {
  func course(completion: CompletionRule = .allLessons) throws -> Course {
    let lesson = Lesson(
      id: "satu", title: "Satu <b>", minutes: 5,
      pages: [
        Page(
          title: RichText(plain: "P"), kind: .reading, location: SourceLocation(path: "x", line: 1))
      ],
      path: "x")
    let manifest = CourseManifest(
      id: "c", languages: [.id], titles: [.id: "Kursus & Co"], passMark: 70, attempts: 2,
      courseTest: nil, lessons: [.init(id: "satu", location: SourceLocation(path: "c", line: 1))],
      completion: completion, indicators: [], reasons: [], path: "course.md")
    return Course(manifest: manifest, directory: "/x", lessons: [.id: ["satu": lesson]])
  }

  let person = "00000000000000aa"

  func progress(passed: Bool, record: RecordSource? = nil, session: String = "5e550001")
    -> ParticipantProgress
  {
    let opening = LessonOpening(run: "r1", lesson: "satu", language: .id, seed: 1, shuffled: false)
    let result = LessonResult(
      run: "r1", lesson: "satu", correct: 0, total: 0, score: 100, passed: passed)
    var events = [
      Event(id: "e1", time: 1, device: "d", participant: person, body: .lessonOpened(opening)),
      Event(id: "e2", time: 2, device: "d", participant: person, body: .lessonCompleted(result)),
    ]
    if let record {
      let outcome = IndicatorRecord(
        indicator: "installed-app", achieved: false, source: record, session: session)
      events.append(
        Event(
          id: "e3", time: 3, device: "d", participant: person, body: .indicatorRecorded(outcome)))
    }
    return ParticipantProgress(events: events)
  }

  func check(_ kind: CertificateKind, _ progress: ParticipantProgress, inSession: Bool = true)
    throws -> CertificateRule.Outcome
  {
    try CertificateRule.check(
      kind, course: course(), language: .id, session: "5e550001", inSession: inSession,
      progress: progress)
  }

  @Test func completionNeedsEveryLessonPassed() throws {
    #expect(try check(.completion, progress(passed: false)) == .lessonsMissing(["Satu <b>"]))
    #expect(try check(.completion, progress(passed: true)) == .earned(score: nil))
    #expect(try check(.completion, progress(passed: true), inSession: false) == .notInSession)
  }

  @Test func participationNeedsAFacilitatorRecordInThatSession() throws {
    #expect(try check(.participation, progress(passed: false)) == .notRecorded)
    #expect(
      try check(.participation, progress(passed: false, record: .selfReported)) == .notRecorded)
    #expect(
      try check(.participation, progress(passed: false, record: .facilitator, session: "other"))
        == .notRecorded)
    #expect(
      try check(.participation, progress(passed: false, record: .facilitator))
        == .earned(score: nil))
  }

  static func certificate(_ text: String, signers: Int = 2) -> Certificate {
    Certificate(
      kind: .completion, name: text, courseTitle: text, sessionTitle: text, place: text,
      date: "2023-08-05", organizer: text, signers: Array(repeating: text, count: signers),
      score: 90, code: "ABCDE-23456")
  }

  @Test func htmlEscapesEveryValueAndHasNoScriptsOrResources() {
    let hostile = "\"><img src=x onerror=alert(1)><script>x</script>&"
    let html = CertificateDocument.html([Self.certificate(hostile)], language: .id)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;"))
    #expect(!html.contains("http"))
    #expect(!html.contains("url("))
  }

  @Test func aPageIsOneA4LandscapeSheetWithTheTrainingDate() {
    let html = CertificateDocument.html(
      [Self.certificate("Siti"), Self.certificate("Dewi", signers: 1)], language: .id)
    #expect(html.contains("@page { size: A4 landscape; margin: 10mm; }"))
    #expect(html.components(separatedBy: "<section class=\"page\">").count == 3)
    #expect(html.contains("Siti, 5 Agustus 2023"))
    #expect(html.components(separatedBy: "class=\"signer\"").count == 4)
    let english = CertificateDocument.html([Self.certificate("Siti")], language: .en)
    #expect(english.contains("Siti, 5 August 2023"))
    #expect(english.contains("Certificate of Completion"))
  }

  @Test func longDatesInBothLanguages() {
    #expect(CertificateText.longDate("2023-08-05", in: .id) == "5 Agustus 2023")
    #expect(CertificateText.longDate("2026-02-17", in: .en) == "17 February 2026")
    #expect(CertificateText.longDate("kemarin", in: .id) == "kemarin")
  }

  @Test func sha256AndHMACMatchPublishedVectors() {
    func hex(_ bytes: [UInt8]) -> String {
      bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
    #expect(
      hex(SHA256.hash(Array("abc".utf8)))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      hex(SHA256.hash(Array(String(repeating: "a", count: 1000).utf8)))
        == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    #expect(
      hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test func codesAreShortReadableAndDependOnEveryPart() {
    let codes = CertificateCode(key: Array("0123456789abcdef0123456789abcdef".utf8))
    let code = codes.code(participant: person, session: "5e550001", kind: .completion)
    #expect(code.count == 11)
    #expect(!code.contains { "01IO".contains($0) })
    #expect(
      CertificateCode.normalized(code.lowercased().replacingOccurrences(of: "-", with: " ")) == code
    )
    #expect(CertificateCode.normalized("ABCDE-2345") == nil)
    #expect(code != codes.code(participant: person, session: "5e550001", kind: .participation))
    #expect(code != codes.code(participant: person, session: "5e550002", kind: .completion))
    #expect(
      code != codes.code(participant: "00000000000000ab", session: "5e550001", kind: .completion))
    let other = CertificateCode(key: Array("fedcba9876543210fedcba9876543210".utf8))
    #expect(code != other.code(participant: person, session: "5e550001", kind: .completion))
  }
}
