import LatihTestSupport

@testable import LatihCourse

/// A course whose every text carries a payload: the fixture course with its titles and
/// labels changed and lesson `dasar` replaced by a lesson using every block and question
/// kind. Built directly (the parser would refuse control characters), so the renderers
/// themselves are what is tested.
enum HostileCourse {
  static let here = SourceLocation(path: "racun.md", line: 1)

  /// The fixture course with `payload` everywhere.
  static func make(_ payload: String) -> Course {
    var course = ReportCourseFixture.course
    let text = { (plain: String) in HostileText.embed(payload, in: plain) }
    for language in course.manifest.languages {
      course.manifest.titles[language] = text("Kursus Uji")
      course.lessons[language]?["dasar"] = lesson(payload)
      for id in ["bacaan", "konten", "tes"] {
        course.lessons[language]?[id]?.title = text("Judul \(id)")
      }
    }
    for index in course.manifest.indicators.indices {
      for language in course.manifest.languages {
        course.manifest.indicators[index].labels[language] = text("Indikator \(index)")
      }
    }
    for index in course.manifest.reasons.indices {
      for language in course.manifest.languages {
        course.manifest.reasons[index].labels[language] = text("Alasan \(index)")
      }
    }
    return course
  }

  /// Rich text with the payload in plain, bold, emphasised, code and linked spans.
  static func rich(_ payload: String, _ plain: String = "Teks") -> RichText {
    let text = HostileText.embed(payload, in: plain)
    return RichText(spans: [
      .init(text), .init(" " + text, .strong), .init(" " + text, .emphasis),
      .init(" " + text, .code),
      .init(" " + text, .link(url: "https://x.example/" + HostileText.embed(payload, in: "ab"))),
    ])
  }

  /// Lesson `dasar`: a reading page with every block, a checklist, a quiz with every kind.
  static func lesson(_ payload: String) -> Lesson {
    let r = { (plain: String) in rich(payload, plain) }
    let option = { (plain: String, right: Bool) in
      AnswerOption(
        text: r(plain), isCorrect: right, explanation: r("Penjelasan \(plain)"), location: here)
    }
    let wide = TableBlock(
      header: [r("Kolom satu yang panjang"), r("Kolom dua"), r("Kolom tiga")],
      rows: [[r("isi satu"), r("isi dua"), r("isi tiga")]])
    let reading = Page(
      title: r("Bacaan"), kind: .reading,
      blocks: [
        .paragraph(r("Paragraf")), .subheading(r("Subjudul")), .note(r("Catatan")),
        .list(ListBlock(ordered: false, items: [.init(text: r("Butir"), children: [r("Anak")])])),
        .list(ListBlock(ordered: true, items: [.init(text: r("Nomor"))])),
        .table(TableBlock(header: [r("A")], rows: [[r("b")]])), .table(wide),
        .preformatted([HostileText.embed(payload, in: "kode baris")]), .rule,
      ], location: here)
    let checklist = Page(
      title: r("Daftar"), kind: .checklist, blocks: [.paragraph(r("Petunjuk"))],
      items: [
        ChecklistItem(
          id: "satu", text: r("Langkah satu"), indicator: "installed-app", location: here),
        ChecklistItem(id: "dua", text: r("Langkah dua"), indicator: nil, location: here),
      ], location: here)
    let question = { (id: String, key: AnswerKey) in
      Question(
        id: id, prompt: r("Soal \(id)"), details: [r("Situasi")], key: key,
        explanation: r("Penjelasan soal"), hint: r("Petunjuk soal"), location: here)
    }
    let quiz = Page(
      title: r("Kuis"), kind: .quiz, blocks: [.paragraph(r("Jawablah"))],
      questions: [
        question(
          "komisi", .single([option("Salah", false), option("Benar", true), option("Lain", false)])),
        question(
          "banyak",
          .multiple([option("Salah", false), option("Benar", true), option("Juga", true)])),
        question("bukan-mlm", .trueFalse(false)),
        question("urutan", .order([r("Pertama"), r("Kedua"), r("Ketiga")])),
        question("umur", .short([HostileText.embed(payload, in: "delapan belas")])),
      ], location: here)
    return Lesson(
      id: "dasar", title: HostileText.embed(payload, in: "Dasar Afiliasi"), minutes: 10,
      kind: .lesson, attempts: 2, pages: [reading, checklist, quiz], path: "racun.md")
  }

  /// Input that visits every screen: pages, back, help, a "not yet" with its reasons,
  /// wrong answers (hints, right answers, explanations), the summary, a retry, the menu.
  static let walk = [
    "", "b", "?", "", "n", "1", "y", "a", "a", "a", "a", "b", "c a b", "b a c", "x", "y",
    "r", "a", "a", "a", "a", "b", "c a b", "b a c", "x", "y", "", "?", "q",
  ]
}
