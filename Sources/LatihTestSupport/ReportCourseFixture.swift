import Foundation
import LatihBase
import LatihCourse

/// A small course written to a temporary folder and loaded with ``CourseLoader``: two
/// lessons with questions, one reading lesson, the course test, three indicators.
package enum ReportCourseFixture {
  /// The loaded course (written to a temporary folder once per test process, loaded, and
  /// the folder removed).
  package static let course: Course = {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("latih-report-course-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    write(to: directory)
    let result = CourseLoader(fileSystem: SystemFileSystem()).loadCourse(at: directory)
    guard let course = result.course, result.errorCount == 0 else {
      fatalError("fixture course has errors: \(result.diagnostics)")
    }
    return course
  }()

  /// Writes the course's files into `directory` (for command tests).
  package static func write(to directory: String) {
    for (path, text) in files {
      let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
      try! FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try! text.write(to: url, atomically: false, encoding: .utf8)
    }
  }

  package static let files: [String: String] = [
    "course.md": manifest,
    "id/dasar.md": lesson(
      id: "dasar", title: "Dasar Afiliasi", quiz: "Kuis",
      questions: [
        "### Siapa yang membayar komisi? {#komisi}\n- ( ) Konsumen\n- (x) Merchant\n- ( ) Pajak",
        "### Afiliasi sama dengan MLM. [false] {#bukan-mlm}",
        "### Berapa umur minimal? {#umur}\n- ( ) 15 tahun\n- (x) 18 tahun\n- ( ) 21 tahun",
      ]),
    "en/dasar.md": lesson(
      id: "dasar", title: "Affiliate Basics", quiz: "Quiz",
      questions: [
        "### Who pays the commission? {#komisi}\n- ( ) Consumer\n- (x) Merchant\n- ( ) Tax office",
        "### Affiliate marketing is MLM. [false] {#bukan-mlm}",
        "### What is the minimum age? {#umur}\n- ( ) 15\n- (x) 18\n- ( ) 21",
      ]),
    "id/bacaan.md": "---\nid: bacaan\ntitle: Bacaan\nminutes: 5\n---\n\n## Halaman\nTeks saja.\n",
    "en/bacaan.md": "---\nid: bacaan\ntitle: Reading\nminutes: 5\n---\n\n## Page\nText only.\n",
    "id/konten.md": lesson(
      id: "konten", title: "Tips Konten", quiz: "Kuis",
      questions: ["### Kapan tanggal kembar? {#kembar}\n- (x) 12.12\n- ( ) 12.13\n- ( ) 1.2"]),
    "en/konten.md": lesson(
      id: "konten", title: "Content Tips", quiz: "Quiz",
      questions: ["### When is a twin date? {#kembar}\n- (x) 12.12\n- ( ) 12.13\n- ( ) 1.2"]),
    "id/tes.md": lesson(
      id: "tes", title: "Tes Awal dan Akhir", quiz: "Soal", kind: "test",
      questions: ["### Tes satu. [true] {#t1}", "### Tes dua. [false] {#t2}"]),
    "en/tes.md": lesson(
      id: "tes", title: "Pre- and Post-test", quiz: "Questions", kind: "test",
      questions: ["### Test one. [true] {#t1}", "### Test two. [false] {#t2}"]),
  ]

  package static let manifest = """
    ---
    id: kursus-uji
    languages: id, en
    title.id: Kursus Uji Afiliasi
    title.en: Affiliate Test Course
    pass-mark: 70
    attempts: 2
    course-test: tes
    ---

    ## Pelajaran [lessons]
    1. dasar
    2. bacaan
    3. konten
    4. tes

    ## Indikator [indicators]
    - installed-app
      - id: Peserta sudah menginstal aplikasi TikTok
      - en: The participant has installed the TikTok app
    - affiliate-account
      - id: Peserta berhasil membuat akun TikTok Affiliate
      - en: The participant has created a TikTok Affiliate account
    - video-content
      - id: Peserta bisa membuat konten video TikTok
      - en: The participant can make TikTok video content

    ## Alasan [reasons]
    - documents
      - id: Kendala input dokumen persyaratan
      - en: Problems submitting the required documents
    - followers
      - id: Jumlah pengikut belum cukup
      - en: Not enough followers yet
    - no-smartphone
      - id: Tidak punya smartphone
      - en: No smartphone
    - other
      - id: Alasan lain
      - en: Other reason

    """

  package static func lesson(
    id: String, title: String, quiz: String, kind: String = "lesson", questions: [String]
  ) -> String {
    "---\nid: \(id)\ntitle: \(title)\nminutes: 10\nkind: \(kind)\n---\n\n## \(quiz) [quiz]\n"
      + questions.joined(separator: "\n\n") + "\n"
  }
}
