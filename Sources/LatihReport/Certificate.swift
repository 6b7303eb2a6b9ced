import LatihBase
import LatihCourse
import LatihData

/// A participant's certificate: who passed what, when and where.
package struct Certificate: Sendable {
  package var name: String
  package var courseTitle: String
  /// Lesson titles passed, with their best scores, in course order.
  package var lessons: [(title: String, score: Int?)]
  /// The mean best score of lessons with questions.
  package var score: Int?
  /// `YYYY-MM-DD` of the last lesson passed.
  package var date: String
  package var place: String?
  package var language: Language

  /// The certificate for `progress`, or the titles of lessons still to pass.
  package static func make(
    participant: Participant, progress: ParticipantProgress, course: Course, place: String?,
    language: Language
  ) -> Result<Certificate, MissingLessons> {
    let lessons = course.orderedLessons(in: language).filter { $0.kind == .lesson }
    let missing = lessons.filter { !progress.lesson($0.id).passed }
    guard missing.isEmpty, !lessons.isEmpty else {
      return .failure(MissingLessons(titles: missing.map(\.title)))
    }
    let passedAt =
      lessons.compactMap { lesson in
        progress.lesson(lesson.id).completedRuns.filter { $0.result?.passed == true }.map(
          \.lastActivity
        ).min()
      }.max() ?? 0
    let scored = lessons.filter { !$0.questions.isEmpty }.compactMap {
      progress.lesson($0.id).bestScore
    }
    let mean =
      scored.isEmpty ? nil : Int((Double(scored.reduce(0, +)) / Double(scored.count)).rounded())
    return .success(
      Certificate(
        name: participant.name, courseTitle: course.manifest.title(in: language),
        lessons: lessons.map {
          ($0.title, $0.questions.isEmpty ? nil : progress.lesson($0.id).bestScore)
        },
        score: mean, date: LocalTime.date(passedAt), place: place, language: language))
  }

  /// Lessons not yet passed.
  package struct MissingLessons: Error, Sendable {
    package var titles: [String]
  }

  /// A printable one-page HTML certificate (inline CSS, no scripts, every value escaped).
  package var html: String {
    func text(_ message: FacilitatorText) -> String { HTML.escape(message.text(in: language)) }
    var rows = ""
    for lesson in lessons {
      let score = lesson.score.map { " — \($0)%" } ?? ""
      rows += "<li>\(HTML.escape(lesson.title))\(HTML.escape(score))</li>\n"
    }
    let placeLine = place.map { "<p class=\"meta\">\(text(.certificatePlace($0)))</p>\n" } ?? ""
    let scoreLine = score.map { "<p class=\"meta\">\(text(.certificateScore($0)))</p>\n" } ?? ""
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <title>\(text(.certificateTitle)) — \(HTML.escape(name))</title>
      <style>
      @page { size: A4 landscape; margin: 15mm; }
      body { font-family: Georgia, "Times New Roman", serif; color: #222; margin: 0; }
      .frame { border: 6px double #8a6d3b; padding: 18mm 20mm; text-align: center; min-height: 150mm; }
      h1 { font-size: 34pt; letter-spacing: 4px; margin: 0 0 8mm; color: #8a6d3b; }
      .name { font-size: 26pt; font-weight: bold; margin: 6mm 0; }
      .body { font-size: 14pt; }
      ul { list-style: none; padding: 0; font-size: 11pt; margin: 6mm 0; }
      .meta { font-size: 11pt; margin: 1mm 0; }
      .footer { font-size: 9pt; color: #777; margin-top: 8mm; }
      </style>
      </head>
      <body>
      <div class="frame">
      <h1>\(text(.certificateTitle))</h1>
      <p class="body">\(text(.certificateBody(name: name, course: courseTitle)))</p>
      <p class="name">\(HTML.escape(name))</p>
      <p class="body">\(HTML.escape(courseTitle))</p>
      <p class="meta">\(text(.certificateLessons))</p>
      <ul>
      \(rows)</ul>
      \(scoreLine)\(placeLine)<p class="meta">\(text(.certificateDate(date)))</p>
      <p class="footer">Latih</p>
      </div>
      </body>
      </html>

      """
  }
}
