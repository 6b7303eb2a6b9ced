import Testing

@testable import LatihCourse
@testable import LatihData
@testable import LatihReport

@Suite struct CertificateTests {
  func course() throws -> Course {
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
      indicators: [], reasons: [], path: "course.md")
    return Course(manifest: manifest, directory: "/x", lessons: [.id: ["satu": lesson]])
  }

  let hostile = Participant(
    id: "00000000000000aa", name: "\"><img src=x onerror=alert(1)><script>x</script>",
    enrolledAt: 0, sessions: [])

  func passed(_ passed: Bool) -> ParticipantProgress {
    let opening = LessonOpening(run: "r1", lesson: "satu", language: .id, seed: 1, shuffled: false)
    let result = LessonResult(
      run: "r1", lesson: "satu", correct: 0, total: 0, score: 100, passed: passed)
    return ParticipantProgress(events: [
      Event(id: "e1", time: 1, device: "d", participant: hostile.id, body: .lessonOpened(opening)),
      Event(
        id: "e2", time: 2, device: "d", participant: hostile.id, body: .lessonCompleted(result)),
    ])
  }

  @Test func onlyAPassedCourseGetsACertificate() throws {
    let result = Certificate.make(
      participant: hostile, progress: passed(false), course: try course(), place: nil, language: .id
    )
    guard case .failure(let missing) = result else {
      Issue.record("expected missing lessons")
      return
    }
    #expect(missing.titles == ["Satu <b>"])
  }

  @Test func htmlEscapesEveryValueAndHasNoScriptsOrResources() throws {
    let result = Certificate.make(
      participant: hostile, progress: passed(true), course: try course(), place: "Balai <desa>",
      language: .id)
    guard case .success(let certificate) = result else {
      Issue.record("expected a certificate")
      return
    }
    let html = certificate.html
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;"))
    #expect(html.contains("Kursus &amp; Co"))
    #expect(html.contains("Balai &lt;desa&gt;"))
    #expect(!html.contains("http"))
  }
}
